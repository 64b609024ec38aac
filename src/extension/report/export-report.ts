import * as vscode from 'vscode';
import { reportMarkdown } from '../../core/report';
import type { Analyses } from '../analyses';
import { isLinted } from '../config';
import { type ToneReportPanel, documentName, reportFor } from './tone-report-panel';

export const EXPORT_TONE_REPORT_COMMAND = 'leadlint.exportToneReport';

/**
 * "Leadlint: Export tone report": the report as Markdown in a new untitled document beside the
 * draft, ready to copy into a pull request or save. An untitled document works in the web
 * extension too, where there is no file system to write to without asking.
 */
export async function exportToneReport(analyses: Analyses, panel: ToneReportPanel): Promise<vscode.TextDocument | undefined> {
  // From the report panel's title bar no text editor is active: export the draft it shows.
  const document = vscode.window.activeTextEditor?.document ?? panel.currentDocument;
  if (!document) {
    void vscode.window.showInformationMessage('leadlint: open a Markdown or plain-text draft to export its tone report.');
    return undefined;
  }
  if (!isLinted(document)) {
    void vscode.window.showInformationMessage(`leadlint does not analyse ${document.languageId} files (see the “leadlint.languages” setting).`);
    return undefined;
  }
  const markdown = reportMarkdown(reportFor(analyses, document), { title: documentName(document) });
  const out = await vscode.workspace.openTextDocument({ language: 'markdown', content: markdown });
  await vscode.window.showTextDocument(out, { viewColumn: vscode.ViewColumn.Beside });
  return out;
}
