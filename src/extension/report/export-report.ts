import * as vscode from 'vscode';
import type { SentenceCache, ToneReport } from '../../core/report';
import { reportMarkdown } from '../../core/report/report-markdown';
import type { Analyses } from '../analyses';
import { isLinted } from '../config';
import { type ToneReportPanel, documentName, reportInSlices } from './tone-report-panel';

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
  const report = await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'leadlint: building the tone report' }, () => consistentReport(analyses, document, panel.sentencesFor(document)));
  if (!report) {
    void vscode.window.showInformationMessage('leadlint: the draft kept changing while its tone report was built. Run the export again.');
    return undefined;
  }
  const markdown = reportMarkdown(report, { title: documentName(document) });
  const out = await vscode.workspace.openTextDocument({ language: 'markdown', content: markdown });
  await vscode.window.showTextDocument(out, { viewColumn: vscode.ViewColumn.Beside });
  return out;
}

/** Tries a few times to build the report of one version of the draft (in slices: a big draft does not block the editor). */
async function consistentReport(analyses: Analyses, document: vscode.TextDocument, sentences: SentenceCache): Promise<ToneReport | undefined> {
  for (let attempt = 0; attempt < 3 && !document.isClosed; attempt++) {
    const version = document.version;
    const report = await reportInSlices(analyses, document, sentences, () => document.isClosed || document.version !== version);
    if (report) return report;
  }
  return undefined;
}
