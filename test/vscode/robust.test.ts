import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { type Finding, analyze } from '../../src/core';
import { closeAll, compact, deleteIfThere, expected, fileUri, leadlint, leadlintDiagnostics, open, scratchFile, waitForExactly } from './helpers';
import { figure } from './figure';

/** `expected()` for a text the document no longer has (positions counted on "\n" lines). */
/** Opens `uri` in an editor through the workbench and resolves with its document once the extension host has it. */
async function openedByWorkbench(uri: vscode.Uri): Promise<vscode.TextDocument> {
  const key = uri.toString();
  const known = () => vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
  let listener: vscode.Disposable | undefined;
  const opened = new Promise<vscode.TextDocument>((resolve) => {
    listener = vscode.workspace.onDidOpenTextDocument((d) => {
      if (d.uri.toString() === key) resolve(d);
    });
  });
  try {
    await vscode.commands.executeCommand('vscode.open', uri);
    return known() ?? (await opened);
  } finally {
    listener?.dispose();
  }
}

function expectedFor(text: string): string {
  const position = (offset: number) => {
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    return `${line}:${offset - (before.lastIndexOf('\n') + 1) + 1}`;
  };
  const describe = (f: Finding) => `${position(f.offset)}-${position(f.offset + f.length)} ${f.ruleId}`;
  return JSON.stringify(analyze(text, { languageId: 'markdown' }).findings.map(describe).sort());
}

const PHRASES = [
  'All employees must badge in by 9am. ',
  'We invite you to shape the plan. ',
  'Failure to comply will result in disciplinary action. ',
  'Thank you, Sam, for the launch. ',
  'This is mandatory. ',
  '\n\n',
  '`you must not see this` ',
];

describe('robust: rapid edits, editor switches and closes', function () {
  before(() => leadlint());
  afterEach(() => closeAll());
  after(() => deleteIfThere(fileUri('scratch')));

  it('a storm of edits and editor switches: every published set is some version\'s, never older than the last, and the last is the final text\'s', async function () {
    this.timeout(120_000);
    const uri = await scratchFile('# Plan\n\nThank you all.\n\n');
    const other = await scratchFile('We invite you to shape the plan.\n');
    const document = await open(uri);
    await waitForExactly(document, expected(document));
    const versions = [document.getText()];
    const shown: string[] = [];
    const listeners = [
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document.uri.toString() === uri.toString()) versions.push(e.document.getText());
      }),
      vscode.languages.onDidChangeDiagnostics((e) => {
        if (e.uris.some((u) => u.toString() === uri.toString())) shown.push(JSON.stringify(leadlintDiagnostics(uri).map(compact).sort()));
      }),
    ];
    try {
      // A fixed sequence (no randomness in an editor test): inserts anywhere, deletions, and editor switches.
      for (let i = 0; i < 60; i++) {
        const text = document.getText();
        const edit = new vscode.WorkspaceEdit();
        const at = document.positionAt((i * 7919) % (text.length + 1));
        if (i % 4 === 3 && text.length > 40) edit.delete(uri, new vscode.Range(at, document.positionAt(Math.min(text.length, document.offsetAt(at) + 15))));
        else edit.insert(uri, at, PHRASES[i % PHRASES.length]);
        assert.ok(await vscode.workspace.applyEdit(edit));
        if (i % 15 === 7) {
          await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(other));
          await vscode.window.showTextDocument(document);
        }
      }
      await waitForExactly(document, expected(document));
    } finally {
      for (const listener of listeners) listener.dispose();
    }
    const byVersion = versions.map(expectedFor);
    let last = 0;
    for (const set of shown) {
      const matches = byVersion.map((v, i) => (v === set ? i : -1)).filter((i) => i >= last);
      assert.ok(matches.length, `published diagnostics that match no version at or after ${last}: ${set}`);
      last = Math.max(...matches);
    }
    assert.equal(shown[shown.length - 1], byVersion[byVersion.length - 1]);
    figure('edit storm', `${versions.length - 1} edits, ${shown.length} diagnostic sets published, each for a version no older than the last; the last for the final text`);
  });

  it('closing a document mid-analysis leaves no diagnostics for it', async function () {
    this.timeout(120_000);
    const big = 'You must book a desk by Friday. We invite you to shape the plan.\n\n'.repeat(3000);
    const uri = await scratchFile(big);
    const other = await scratchFile('All employees must badge in by 9am.\n');
    // Opened by the workbench (not this extension), so closing the editor disposes the document.
    // The extension host learns of it by its own message, which may come after the command's
    // answer: wait for the document by event, never assume it is there when the command returns.
    const document = await openedByWorkbench(uri);
    const closed = new Promise<void>((resolve) => {
      const listener = vscode.workspace.onDidCloseTextDocument((d) => {
        if (d === document) {
          listener.dispose();
          resolve();
        }
      });
    });
    // An edit starts a new analysis of the whole document; the editor closes while it runs.
    const edit = new vscode.WorkspaceEdit();
    edit.insert(uri, new vscode.Position(0, 0), 'Failure to comply will result in disciplinary action.\n\n');
    await vscode.workspace.applyEdit(edit);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await closed;
    // From the close on, no diagnostics may appear for it, whenever a late analysis would end.
    const late: number[] = [];
    const watch = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString()) && leadlintDiagnostics(uri).length) late.push(leadlintDiagnostics(uri).length);
    });
    try {
      assert.deepEqual(leadlintDiagnostics(uri), []);
      // Another document analysed after the close: the queue has moved on past the closed one.
      const next = await open(other);
      await waitForExactly(next, expected(next));
      assert.deepEqual(leadlintDiagnostics(uri), []);
      assert.deepEqual(late, [], 'diagnostics appeared for the closed document');
    } finally {
      watch.dispose();
    }
  });
});
