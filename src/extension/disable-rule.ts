import * as vscode from 'vscode';
import { frontMatterEnd } from './text-edits';

export const DISABLE_RULE_COMMAND = 'leadlint.disableRuleInFile';

/**
 * "Disable rule X in this file": an inline comment at the top, where a reader of the file sees
 * it (after Markdown front matter, which must stay first). The same `<!-- … -->` comment works
 * in plain text when it stands alone on its line.
 */
export async function disableRuleInFile(uriText: string, version: number, ruleId: string): Promise<boolean> {
  const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uriText);
  if (!document || document.version !== version) {
    void vscode.window.showInformationMessage('leadlint: the text changed since this action was offered. Try again.');
    return false;
  }
  const text = document.getText();
  const eol = document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
  const at = document.languageId === 'markdown' ? frontMatterEnd(text) : 0;
  const edit = new vscode.WorkspaceEdit();
  edit.insert(document.uri, document.positionAt(at), `<!-- leadlint-disable ${ruleId} -->${eol}`);
  return vscode.workspace.applyEdit(edit);
}
