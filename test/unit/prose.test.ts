import * as assert from 'node:assert/strict';
import { type LexiconRule, analyze, proseBlocks } from '../../src/core';

/** One deterministic rule, so these tests do not move with the lexicon. */
const MUST: LexiconRule = {
  id: 'test-must',
  dimension: 'commitment',
  polarity: 'control',
  patterns: ['must #Verb'],
  message: 'test',
  explanation: 'a rule for tests only',
  examples: { flag: [], pass: [] },
};
const RULES = [MUST];

/** `offset+length text` for each finding, compact to compare. */
function found(text: string, languageId = 'markdown'): string[] {
  return analyze(text, { languageId, rules: RULES }).findings.map((f) => `${f.offset}+${f.length} ${text.slice(f.offset, f.offset + f.length)}`);
}

/** The same form for where we expect a phrase: its `nth` occurrence (from 0) in the text. */
function at(text: string, phrase: string, nth = 0): string {
  let offset = text.indexOf(phrase);
  for (let i = 0; i < nth; i++) offset = text.indexOf(phrase, offset + 1);
  return `${offset}+${phrase.length} ${phrase}`;
}

describe('markup mapping', () => {
  it('keeps offsets exact across CRLF line endings', () => {
    const text = '# Title\r\n\r\nIntro line.\r\nStaff must sign today.\r\n';
    assert.deepEqual(found(text), [at(text, 'must sign')]);
    assert.equal(at(text, 'must sign'), '30+9 must sign');
  });

  it('counts astral emoji as two UTF-16 code units, as VS Code does', () => {
    const text = '🚀🎉 Team: you must sign the form. 李伟 must approve.';
    assert.deepEqual(found(text), [at(text, 'must sign'), at(text, 'must approve')]);
    assert.equal(at(text, 'must approve'), '38+12 must approve');
  });

  it('never reads front matter, code blocks or inline code', () => {
    const text = ['---', 'note: you must sign', '---', '', '```', 'you must sign', '```', '', 'Run `you must sign` now.', '', '    you must sign (indented code)', ''].join('\n');
    assert.deepEqual(found(text), []);
  });

  it('never reads HTML, URLs or link destinations, but reads link text', () => {
    const text = '<div>you must sign</div>\n\nSee https://x.example/you-must-sign and [you must sign](https://x.example/must-sign).\n';
    assert.deepEqual(found(text), [at(text, 'must sign', 1)]);
  });

  it('reads headings, list items, table cells and emphasis', () => {
    const text = '## We must adapt\n\n- you must read\n\n| a | b |\n|---|---|\n| you must vote | x |\n\n*You must go.*\n';
    assert.deepEqual(found(text), [at(text, 'must adapt'), at(text, 'must read'), at(text, 'must vote'), at(text, 'must go')]);
  });

  it('never reads TOML front matter, autolinks, emails, images or inline HTML', () => {
    const text = [
      '+++',
      'note = "you must sign"',
      '+++',
      '',
      'See <https://x.example/you-must-sign>, www.you-must-sign.example, you-must-sign@x.example and ![you must sign](a.png).',
      '',
      'Then <span title="you must sign">x</span>.',
      '',
    ].join('\n');
    assert.deepEqual(found(text), []);
  });

  it('reads a dash line at the top as Markdown when no closing line makes it front matter', () => {
    const text = '---\nyou must sign the form.\n';
    assert.deepEqual(found(text), [at(text, 'must sign')]);
  });

  it('reads task items, quotes over several lines, and link text with or without a defined reference', () => {
    const text = '- [ ] you must sign\n\n> Staff must\n> agree today.\n\nRead [you must vote][ref] and [you must go].\n\n[ref]: https://x.example\n';
    assert.deepEqual(found(text), [at(text, 'must sign'), '29+12 must\n> agree', at(text, 'must vote'), at(text, 'must go')]);
  });

  it('masks an escape’s backslash and a whole entity, keeping every offset', () => {
    const text = 'Staff must\\*sign* and you must&amp;go.';
    const [block] = proseBlocks(text, 'markdown');
    assert.equal(block.text.length, text.length);
    assert.ok(!block.text.includes('amp'));
    assert.ok(!block.text.includes('\\'));
  });

  it('does not match across Markdown blocks', () => {
    assert.deepEqual(found('Everyone must\n\n- sign up\n'), []);
  });

  it('joins a paragraph wrapped over lines', () => {
    assert.deepEqual(found('Staff must\nsign the form.\n'), ['6+9 must\nsign']);
  });

  it('treats plain text as all prose, paragraph by paragraph', () => {
    const text = '```\nyou must sign\n```\n\nStaff must agree.';
    assert.deepEqual(found(text, 'plaintext'), [at(text, 'must sign'), at(text, 'must agree')]);
  });

  it('gives blocks whose text has the original length and masks non-prose with spaces', () => {
    const text = 'Read `code` and **bold** [link](http://x.y).';
    const [block] = proseBlocks(text, 'markdown');
    assert.equal(block.offset, 0);
    assert.equal(block.text.length, text.length);
    assert.ok(!block.text.includes('code'));
    assert.ok(!block.text.includes('http'));
    assert.ok(block.text.includes('bold') && block.text.includes('link'));
  });
});
