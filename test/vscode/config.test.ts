import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, compact, deleteIfThere, expected, fileUri, leadlint, open, waitForDiagnostics, waitForExactly, writeText } from './helpers';

const CUSTOM_RULE = {
  id: 'team-synergy',
  dimension: 'people',
  polarity: 'control',
  patterns: ['synergy'],
  message: 'Jargon: say what people will do together.',
  explanation: 'People runs from systems (control) to people (inspiring). "Synergy" hides who does what.',
  examples: { flag: ['We need synergy.'], pass: ['We need each other.'] },
};

describe('.leadlint.json', () => {
  const config = fileUri('.leadlint.json');
  before(() => leadlint());
  afterEach(async () => {
    await closeAll();
    await deleteIfThere(config);
  });

  it('is reloaded when it changes: rules off, then back on', async () => {
    const document = await open(fileUri('announcement.md'));
    await waitForExactly(document, expected(document));
    await writeText(config, JSON.stringify({ rules: { 'obligation-must': 'off' } }, null, 2));
    const diagnostics = await waitForExactly(document, expected(document, { ruleSeverity: { 'obligation-must': 'off' } }));
    assert.ok(!diagnostics.some((d) => compact(d).endsWith(' obligation-must')));
    await writeText(config, JSON.stringify({ dimensions: { commitment: 'off' } }, null, 2));
    await waitForExactly(document, expected(document, { dimensionSeverity: { commitment: 'off' } }));
    await deleteIfThere(config);
    await waitForExactly(document, expected(document));
  });

  it('loads a custom lexicon in a trusted workspace, linking its findings to the file', async () => {
    assert.ok(vscode.workspace.isTrusted, 'these tests run in a trusted workspace');
    await writeText(config, JSON.stringify({ lexicon: [CUSTOM_RULE] }, null, 2));
    const uri = fileUri('synergy.md');
    await writeText(uri, 'We need more synergy between the teams.\n');
    const document = await open(uri);
    const diagnostics = await waitForDiagnostics(uri, (d) => d.some((x) => compact(x).endsWith(' team-synergy')));
    const custom = diagnostics.find((d) => compact(d).endsWith(' team-synergy'))!;
    assert.equal((custom.code as { target: vscode.Uri }).target.toString(), config.toString());
    assert.equal(document.languageId, 'markdown');
    await deleteIfThere(uri);
  });

  it('reports an invalid file in the Problems panel at its line, and keeps the built-in lexicon', async () => {
    const api = await leadlint();
    const document = await open(fileUri('announcement.md'));
    await waitForExactly(document, expected(document));
    await writeText(config, '{\n  "rules": {\n    "obligation-must": "loud"\n  }\n}\n');
    const problems = await waitForDiagnostics(config, (d) => d.length > 0);
    assert.equal(problems[0].range.start.line, 2, 'the problem is on the line of the bad value');
    assert.match(problems[0].message, /error, warning, info, hint, off/);
    assert.equal(problems[0].severity, vscode.DiagnosticSeverity.Error);
    assert.match(api.lastNotice() ?? '', /\.leadlint\.json line 3: .*built-in lexicon is used/);
    // The built-in lexicon keeps working.
    await waitForExactly(document, expected(document));
    // Broken JSON is located too; fixing the file clears the problems.
    await writeText(config, '{\n  "rules": {,\n}\n');
    await waitForDiagnostics(config, (d) => d.length > 0 && d[0].message.startsWith('invalid JSON'));
    await writeText(config, '{}\n');
    await waitForDiagnostics(config, (d) => d.length === 0);
  });
});
