import * as vscode from 'vscode';
import type { TextEdit } from '../core';

export const APPLY_FIX_COMMAND = 'leadlint.applyFix';

export interface FixArguments {
  uri: string;
  /** The document version the edits were computed for. */
  version: number;
  /** `oldText` is what the edit replaces, checked again before applying. */
  edits: (TextEdit & { oldText: string })[];
}

/**
 * Applies a quick fix only to the text it was computed for: if the document has changed since
 * (another version, or different text under the edit), it does nothing and says so. Never
 * corrupting a draft matters more than a fix that silently lands in the wrong place.
 */
export async function applyFix(args: FixArguments): Promise<boolean> {
  const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === args.uri);
  const stale =
    !document ||
    document.version !== args.version ||
    args.edits.some((edit) => document.getText(rangeOf(document, edit)) !== edit.oldText);
  if (stale) {
    void vscode.window.showInformationMessage('leadlint: the text changed since this fix was offered. Try the quick fix again.');
    return false;
  }
  const workspaceEdit = new vscode.WorkspaceEdit();
  for (const edit of args.edits) workspaceEdit.replace(document.uri, rangeOf(document, edit), edit.newText);
  return vscode.workspace.applyEdit(workspaceEdit);
}

function rangeOf(document: vscode.TextDocument, edit: TextEdit): vscode.Range {
  return new vscode.Range(document.positionAt(edit.offset), document.positionAt(edit.offset + edit.length));
}
