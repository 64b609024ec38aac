import * as vscode from 'vscode';
import { CONFIG_FILE_NAME } from '../core/config-file-name';
import type { ProjectConfigs } from './project-config';
import { withPhrase } from './text-edits';

export const IGNORE_PHRASE_COMMAND = 'leadlint.ignorePhrase';

/**
 * "Ignore “phrase” in this workspace" writes to one predictable place: `ignoredPhrases` in the
 * workspace folder's `.leadlint.json` (created if missing), the file the CLI reads too. The
 * file is edited, not rewritten, so its formatting and other content stay as they were. Outside
 * a workspace there is no such file: the phrase goes to the user settings instead.
 */
export async function ignorePhrase(projects: ProjectConfigs, uriText: string, phrase: string): Promise<void> {
  const folder = vscode.workspace.getWorkspaceFolder(vscode.Uri.parse(uriText));
  if (!folder) {
    const config = vscode.workspace.getConfiguration('leadlint');
    const phrases = config.get<string[]>('ignoredPhrases', []);
    if (!phrases.includes(phrase)) await config.update('ignoredPhrases', [...phrases, phrase], vscode.ConfigurationTarget.Global);
    return;
  }
  const uri = vscode.Uri.joinPath(folder.uri, CONFIG_FILE_NAME);
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  let source: string | undefined = open?.getText();
  if (source === undefined) {
    try {
      source = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    } catch {
      source = undefined;
    }
  }
  if (source === undefined || source.trim() === '') {
    const fresh = `${JSON.stringify({ ignoredPhrases: [phrase] }, null, 2)}\n`;
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(fresh));
  } else {
    const next = withPhrase(source, phrase);
    if (next === undefined) {
      void vscode.window.showWarningMessage(`leadlint: could not add “${phrase}” to ${vscode.workspace.asRelativePath(uri)}: fix the file's JSON first.`);
      return;
    }
    if (next === source) return;
    if (open) {
      // The file is open in an editor: edit the document so undo and unsaved changes are respected.
      const edit = new vscode.WorkspaceEdit();
      edit.replace(uri, new vscode.Range(open.positionAt(0), open.positionAt(source.length)), next);
      if (await vscode.workspace.applyEdit(edit)) await open.save();
    } else {
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(next));
    }
  }
  await projects.reload(folder);
}
