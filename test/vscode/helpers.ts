import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { type AnalyzeOptions, type Finding, analyze } from '../../src/core';
import type { LeadlintApi } from '../../src/extension/extension';

export const EXTENSION_ID = 'leadlint.leadlint';

export async function leadlint(): Promise<LeadlintApi> {
  const extension = vscode.extensions.getExtension<LeadlintApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is not installed in this VS Code`);
  const api = await extension.activate();
  await api.ready();
  return api;
}

export function workspaceFolder(): vscode.WorkspaceFolder {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests need the fixtures folder open as the workspace');
  return folder;
}

export function fileUri(relative: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceFolder().uri, relative);
}

/** A new file in the workspace, so a test that edits text never touches the shared fixtures. */
export async function scratchFile(content: string, extension = 'md'): Promise<vscode.Uri> {
  // Each test file bundles its own copy of this module: a counter alone would repeat names.
  const uri = fileUri(`scratch/${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}.${extension}`);
  // Created through the workbench (not workspace.fs), so VS Code knows the file and does not
  // re-read it from disk just after it opens, which would cancel requests made meanwhile.
  const edit = new vscode.WorkspaceEdit();
  edit.createFile(uri, { contents: new TextEncoder().encode(content) });
  assert.ok(await vscode.workspace.applyEdit(edit), `could not create ${uri}`);
  return uri;
}

export async function open(uri: vscode.Uri): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(document);
  return document;
}

export function leadlintDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'leadlint');
}

/**
 * Resolves with the diagnostics of `uri` as soon as `accept` likes them: now, or on a later
 * `onDidChangeDiagnostics`. Never sleeps; mocha's timeout reports a wait that never ends.
 */
export function waitForDiagnostics(uri: vscode.Uri, accept: (diagnostics: vscode.Diagnostic[]) => boolean): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve) => {
    const check = () => {
      const diagnostics = vscode.languages.getDiagnostics(uri);
      if (!accept(diagnostics)) return false;
      listener.dispose();
      resolve(diagnostics);
      return true;
    };
    const listener = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((u) => u.toString() === uri.toString())) check();
    });
    check();
  });
}

/** The compact form of a diagnostic tests compare: `line:col-line:col rule-id`. */
export function compact(diagnostic: vscode.Diagnostic): string {
  const { start, end } = diagnostic.range;
  const code = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
  return `${start.line + 1}:${start.character + 1}-${end.line + 1}:${end.character + 1} ${code}`;
}

/** What the core finds in the document's text: the extension must show exactly these. */
export function expected(document: vscode.TextDocument, options: AnalyzeOptions = {}, showStrengths = true): string[] {
  return analyze(document.getText(), { languageId: document.languageId, ...options })
    .findings.filter((f) => showStrengths || f.polarity === 'control')
    .map((f) => describeFinding(document, f));
}

export function describeFinding(document: vscode.TextDocument, finding: Finding): string {
  const start = document.positionAt(finding.offset);
  const end = document.positionAt(finding.offset + finding.length);
  return `${start.line + 1}:${start.character + 1}-${end.line + 1}:${end.character + 1} ${finding.ruleId}`;
}

export function findings(document: vscode.TextDocument, options: AnalyzeOptions = {}): Finding[] {
  return analyze(document.getText(), { languageId: document.languageId, ...options }).findings;
}

/** Waits until the diagnostics of `document` are exactly `wanted` (compact form, in order). */
export function waitForExactly(document: vscode.TextDocument, wanted: string[]): Promise<vscode.Diagnostic[]> {
  const key = JSON.stringify([...wanted].sort());
  return waitForDiagnostics(document.uri, (d) => JSON.stringify(leadlintOnly(d).map(compact).sort()) === key);
}

function leadlintOnly(diagnostics: vscode.Diagnostic[]): vscode.Diagnostic[] {
  return diagnostics.filter((d) => d.source === 'leadlint');
}

/** Sets a `leadlint.*` user setting; `undefined` removes it again. */
export async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('leadlint').update(key, value, vscode.ConfigurationTarget.Global);
}

export async function writeText(uri: vscode.Uri, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
}

export async function deleteIfThere(uri: vscode.Uri): Promise<void> {
  try {
    await vscode.workspace.fs.delete(uri, { recursive: true });
  } catch {
    // Not there: nothing to clean up.
  }
}

export async function closeAll(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** Resolves when `document` next changes to satisfy `accept` (checked at once, too). */
export function waitForText(document: vscode.TextDocument, accept: (text: string) => boolean): Promise<string> {
  return new Promise((resolve) => {
    const check = () => {
      if (!accept(document.getText())) return;
      listener.dispose();
      resolve(document.getText());
    };
    const listener = vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.document === document) check();
    });
    check();
  });
}
