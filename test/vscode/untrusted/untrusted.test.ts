import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { compact, expected, fileUri, leadlint, open, waitForExactly } from '../helpers';

describe('untrusted workspace', () => {
  it('runs in Restricted Mode', () => {
    assert.equal(vscode.workspace.isTrusted, false, 'open this suite in an untrusted workspace');
  });

  it('does not load the custom lexicon, says why, and keeps the rest of .leadlint.json', async () => {
    const api = await leadlint();
    const document = await open(fileUri('draft.md'));
    // What the built-in lexicon finds, with the file's rule setting applied and no custom rule.
    const diagnostics = await waitForExactly(document, expected(document, { ruleSeverity: { 'obligation-must': 'off' } }));
    assert.ok(!diagnostics.some((d) => compact(d).endsWith(' team-synergy')), 'the custom rule ran');
    assert.ok(diagnostics.length > 0, 'the built-in lexicon still works');
    assert.match(api.lastNotice() ?? '', /not trusted.*custom lexicon.*not loaded/);
  });
});
