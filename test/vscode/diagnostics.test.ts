import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  closeAll, compact, deleteIfThere, expected, fileUri, leadlint, leadlintDiagnostics, open, scratchFile,
  setSetting, waitForDiagnostics, waitForExactly,
} from './helpers';

describe('diagnostics', () => {
  before(() => leadlint());
  afterEach(async () => {
    await closeAll();
    for (const key of ['showStrengths', 'enable', 'run', 'debounceMs', 'languages', 'rules', 'dimensions', 'severity.control']) await setSetting(key, undefined);
  });
  after(() => deleteIfThere(fileUri('scratch')));

  it('shows what the core finds when a Markdown file opens, and nothing inside code', async () => {
    const document = await open(fileUri('announcement.md'));
    const wanted = expected(document);
    assert.ok(wanted.some((d) => d.endsWith(' obligation-must')), 'the fixture should hold a "must" order');
    const diagnostics = await waitForExactly(document, wanted);
    const codeLine = document.getText().split('\n').findIndex((line) => line.includes('you must not see'));
    assert.ok(diagnostics.every((d) => d.range.start.line !== codeLine), 'a finding inside a code block');
  });

  it('gives each diagnostic a source, a message, a linked code and a quiet severity', async () => {
    const document = await open(fileUri('announcement.md'));
    const diagnostics = await waitForExactly(document, expected(document));
    const must = diagnostics.find((d) => compact(d).endsWith(' obligation-must'));
    assert.ok(must);
    assert.equal(must.source, 'leadlint');
    assert.match(must.message, /must/i);
    assert.equal(must.severity, vscode.DiagnosticSeverity.Information, 'a core warning shows as Information by default');
    const code = must.code as { value: string; target: vscode.Uri };
    assert.equal(code.value, 'obligation-must');
    assert.match(code.target.toString(), /docs\/rules\.md#obligation-must$/);
    const strength = diagnostics.find((d) => compact(d).endsWith(' gratitude'));
    assert.ok(strength, 'the fixture thanks people');
    assert.equal(strength.severity, vscode.DiagnosticSeverity.Hint);
  });

  it('follows the severity settings, and hides strengths when asked', async () => {
    const document = await open(fileUri('announcement.md'));
    await waitForExactly(document, expected(document));
    await setSetting('severity.control', { warning: 'Warning' });
    await setSetting('showStrengths', false);
    const diagnostics = await waitForExactly(document, expected(document, {}, false));
    assert.ok(diagnostics.every((d) => d.severity === vscode.DiagnosticSeverity.Warning));
  });

  it('turns rules and dimensions off from the settings', async () => {
    const document = await open(fileUri('announcement.md'));
    await setSetting('rules', { 'obligation-must': 'off' });
    await setSetting('dimensions', { people: 'off', commitment: 'hint' });
    const options = { ruleSeverity: { 'obligation-must': 'off' as const }, dimensionSeverity: { people: 'off' as const, commitment: 'hint' as const } };
    const diagnostics = await waitForExactly(document, expected(document, options));
    assert.ok(!diagnostics.some((d) => compact(d).endsWith(' obligation-must')));
  });

  it('analyses plain text, and more languages when leadlint.languages lists them', async () => {
    const text = await open(fileUri('notes.txt'));
    await waitForExactly(text, expected(text));
    assert.ok(leadlintDiagnostics(text.uri).length > 0);
    const uri = await scratchFile('Starting Monday all employees must badge in by 9am.\n', 'log');
    const log = await open(uri);
    await setSetting('languages', ['markdown', 'plaintext', log.languageId]);
    await waitForExactly(log, expected(log));
    assert.ok(leadlintDiagnostics(log.uri).length > 0);
  });

  it('re-analyses as the user types, once the typing pauses, with the latest text only', async () => {
    const uri = await scratchFile('# Draft\n\nThank you all.\n\n');
    const document = await open(uri);
    const initial = JSON.stringify(expected(document).sort());
    await waitForExactly(document, expected(document));
    const editor = await vscode.window.showTextDocument(document);
    const type = (words: string) => editor.edit((edit) => edit.insert(document.positionAt(document.getText().length), words));
    const published: string[] = [];
    const listener = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) published.push(JSON.stringify(leadlintDiagnostics(uri).map(compact).sort()));
    });
    await type('Thank you, Sam. ');
    const halfway = JSON.stringify(expected(document).sort());
    assert.notEqual(halfway, initial, 'the halfway text should have findings of its own');
    await type('All employees must ');
    await type('badge in by 9am.');
    const wanted = expected(document);
    assert.ok(wanted.some((d) => d.endsWith(' obligation-must')), JSON.stringify([document.getText(), wanted]));
    await waitForExactly(document, wanted);
    listener.dispose();
    // The keystrokes came faster than leadlint.debounceMs: the text as it was halfway is never shown.
    assert.ok(!published.includes(halfway), `published the halfway text: ${published.join(' | ')}`);
  });

  it('clears diagnostics when leadlint is disabled, and brings them back', async () => {
    const document = await open(fileUri('announcement.md'));
    await waitForExactly(document, expected(document));
    await setSetting('enable', false);
    await waitForExactly(document, []);
    await setSetting('enable', undefined);
    await waitForExactly(document, expected(document));
  });

  it('clears diagnostics when the document closes', async () => {
    const uri = await scratchFile('All employees must badge in by 9am.\n');
    // Opened by the workbench, not by this extension: VS Code then disposes the document as soon
    // as its editor closes (documents an extension opened stay alive for a while).
    await vscode.commands.executeCommand('vscode.open', uri);
    await waitForDiagnostics(uri, (d) => d.length > 0);
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())!;
    const closed = new Promise<void>((resolve) => {
      const listener = vscode.workspace.onDidCloseTextDocument((d) => {
        if (d === document) { listener.dispose(); resolve(); }
      });
    });
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    await closed;
    await waitForDiagnostics(uri, (d) => d.length === 0);
  });

  it('with leadlint.run set to onSave, analyses on open and on save', async () => {
    await setSetting('run', 'onSave');
    const document = await open(await scratchFile('# Draft\n\nThank you all.\n'));
    await waitForExactly(document, expected(document));
    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, document.positionAt(document.getText().length), 'All employees must badge in by 9am.\n');
    await vscode.workspace.applyEdit(edit);
    const wanted = expected(document);
    assert.ok(wanted.some((d) => d.endsWith(' obligation-must')));
    await document.save();
    await waitForExactly(document, wanted);
  });

  it('with leadlint.run set to manual, analyses only when asked', async () => {
    await setSetting('run', 'manual');
    const uri = await scratchFile('All employees must badge in by 9am.\n');
    const document = await open(uri);
    // A round trip through the extension host: anything queued at open time has run by then.
    const other = await open(fileUri('notes.txt'));
    await vscode.commands.executeCommand('leadlint.analyzeTone');
    await waitForExactly(other, expected(other));
    assert.deepEqual(leadlintDiagnostics(uri), [], 'manual mode analysed a document on open');
    await vscode.window.showTextDocument(document);
    const result = (await vscode.commands.executeCommand('leadlint.analyzeTone')) as { score: number } | undefined;
    assert.equal(typeof result?.score, 'number');
    await waitForExactly(document, expected(document));
  });
});
