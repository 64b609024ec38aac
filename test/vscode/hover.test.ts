import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, expected, fileUri, findings, deleteIfThere, leadlint, open, scratchFile, setSetting, waitForExactly } from './helpers';

function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n');
}

async function hoverAt(document: vscode.TextDocument, offset: number): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(offset));
  return hoverText(hovers);
}

/** The hover's text with Markdown escapes removed, to compare with plain strings. */
function plain(markdown: string): string {
  return markdown.replace(/\\(.)/g, '$1');
}

describe('hover', () => {
  before(() => leadlint());
  after(async () => {
    await closeAll();
    await deleteIfThere(fileUri('scratch'));
  });

  it('explains a controlling phrase: its pole, why, the sentence rewritten, and the rule link', async () => {
    const document = await open(fileUri('announcement.md'));
    await waitForExactly(document, expected(document));
    const must = findings(document).find((f) => f.ruleId === 'obligation-must')!;
    const text = await hoverAt(document, must.offset + 1);
    assert.match(text, /commitment, controls/);
    assert.match(plain(text), /\(control\)/);
    assert.match(plain(text), /\(inspiring\)/);
    assert.ok(text.includes('Try:'), text);
    // The rewrite is shown inside its sentence, in bold (Markdown-escaped).
    const suggestion = must.suggestions[0].replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, '\\$&');
    assert.ok(text.includes(`**${suggestion}**`), text);
    assert.ok(text.includes('in by 9am'), 'the rest of the sentence');
    assert.match(text, /\[obligation-must\]\(.*docs\/rules\.md#obligation-must\)/);
  });

  it('says what an inspiring phrase does well', async () => {
    const document = await open(fileUri('announcement.md'));
    await waitForExactly(document, expected(document));
    const thanks = findings(document).find((f) => f.polarity === 'inspiring')!;
    const text = await hoverAt(document, thanks.offset + 1);
    assert.match(text, /inspires/);
    assert.ok(text.includes(thanks.ruleId));
  });

  it('says nothing about strengths when leadlint.showStrengths is off', async () => {
    const document = await open(fileUri('announcement.md'));
    await setSetting('showStrengths', false);
    try {
      await waitForExactly(document, expected(document, {}, false));
      const thanks = findings(document).find((f) => f.polarity === 'inspiring')!;
      assert.ok(!(await hoverAt(document, thanks.offset + 1)).includes(thanks.ruleId));
    } finally {
      await setSetting('showStrengths', undefined);
    }
  });

  it('in manual mode, explains only what the user asked to analyse', async () => {
    await setSetting('run', 'manual');
    try {
      const document = await open(await scratchFile('All employees must badge in by 9am.\n'));
      const must = findings(document).find((f) => f.ruleId === 'obligation-must')!;
      assert.ok(!(await hoverAt(document, must.offset + 1)).includes('obligation-must'), 'a hover before Analyze tone');
      await vscode.commands.executeCommand('leadlint.analyzeTone');
      assert.ok((await hoverAt(document, must.offset + 1)).includes('obligation-must'), 'no hover after Analyze tone');
    } finally {
      await setSetting('run', undefined);
    }
  });

  it('stays silent away from findings', async () => {
    const document = await open(fileUri('announcement.md'));
    await waitForExactly(document, expected(document));
    const text = await hoverAt(document, document.getText().indexOf('# Return') + 3);
    assert.ok(!text.includes('rules.md'), text);
  });
});
