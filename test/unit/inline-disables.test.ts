import * as assert from 'node:assert/strict';
import { type LexiconRule, analyze, disabledCheck, findDirectives, proseBlocks } from '../../src/core';

/** Two made-up rules so the tests do not depend on the built-in lexicon. */
const RULES: LexiconRule[] = ['zorp', 'glark'].map((word) => ({
  id: `test-${word}`,
  dimension: 'commitment',
  polarity: 'control',
  patterns: [`${word}ing is compulsory`],
  message: `Test ${word}.`,
  explanation: 'A rule made up for the inline-disable tests.',
  examples: { flag: [], pass: [] },
}));

/** `line:rule` for every finding, 1-based lines: compact enough to read the whole answer. */
function found(text: string, languageId = 'markdown'): string[] {
  return analyze(text, { rules: RULES, languageId }).findings.map((f) => `${text.slice(0, f.offset).split('\n').length}:${f.ruleId}`);
}

function directives(text: string, languageId = 'markdown') {
  const spans: { start: number; end: number }[] = [];
  proseBlocks(text, languageId, spans);
  return findDirectives(text, languageId, spans).map((d) => `${d.kind}[${d.ruleIds.join(' ')}]@${d.start}`);
}

describe('inline disables', () => {
  it('reads the three comments, with or without rule ids (spaces or commas)', () => {
    const text = '<!-- leadlint-disable -->\n\n<!-- leadlint-enable test-zorp -->\n\nHi <!--leadlint-disable-next-line test-zorp, test-glark-->\n';
    assert.deepEqual(directives(text), ['disable[]@0', 'enable[test-zorp]@27', 'disable-next-line[test-zorp test-glark]@66']);
  });

  it('ignores other comments and look-alikes in Markdown code', () => {
    const text = '<!-- a note -->\n\n```\n<!-- leadlint-disable -->\n```\n\nUse `<!-- leadlint-disable -->` to stop it.\n\n    <!-- leadlint-disable -->\n';
    assert.deepEqual(directives(text), []);
  });

  it('in plain text, counts a comment only on a line of its own', () => {
    const text = 'Zorping is compulsory. <!-- leadlint-disable -->\n  <!-- leadlint-disable-next-line -->\t\nZorping is compulsory.\nZorping is compulsory.\n';
    assert.deepEqual(directives(text, 'plaintext'), ['disable-next-line[]@51']);
    assert.deepEqual(found(text, 'plaintext'), ['1:test-zorp', '4:test-zorp']);
  });

  it('disable … enable silences every rule in between', () => {
    const text = 'Zorping is compulsory.\n\n<!-- leadlint-disable -->\n\nZorping is compulsory. Glarking is compulsory.\n\n<!-- leadlint-enable -->\n\nGlarking is compulsory.\n';
    assert.deepEqual(found(text), ['1:test-zorp', '9:test-glark']);
  });

  it('disable with ids silences only those rules, to the end when never enabled', () => {
    const text = '<!-- leadlint-disable test-zorp -->\n\nZorping is compulsory. Glarking is compulsory.\n\nZorping is compulsory.\n';
    assert.deepEqual(found(text), ['3:test-glark']);
  });

  it('enable with an id brings back just that rule after a disable-all', () => {
    const text = '<!-- leadlint-disable -->\n<!-- leadlint-enable test-glark -->\n\nZorping is compulsory. Glarking is compulsory.\n';
    assert.deepEqual(found(text), ['4:test-glark']);
  });

  it('disable-next-line covers the next line only, for the rules named', () => {
    const text =
      '<!-- leadlint-disable-next-line -->\nZorping is compulsory. Glarking is compulsory.\nZorping is compulsory.\n\n' +
      'Glarking is compulsory. <!-- leadlint-disable-next-line test-zorp -->\nZorping is compulsory. Glarking is compulsory.\n';
    assert.deepEqual(found(text), ['3:test-zorp', '5:test-glark', '6:test-glark']);
  });

  it('works across CRLF line endings', () => {
    const text = '<!-- leadlint-disable-next-line -->\r\nZorping is compulsory.\r\nZorping is compulsory.\r\n';
    assert.deepEqual(found(text), ['3:test-zorp']);
  });

  it('silenced findings do not count for the score', () => {
    const loud = analyze('Zorping is compulsory.', { rules: RULES, languageId: 'markdown' });
    const quiet = analyze('<!-- leadlint-disable -->\nZorping is compulsory.', { rules: RULES, languageId: 'markdown' });
    assert.ok(loud.score < 50);
    assert.equal(quiet.score, 50);
    assert.equal(quiet.dimensions.commitment.control, 0);
  });

  it('disabledCheck: the last toggle before a finding decides', () => {
    const text = 'a <!-- x --> b';
    const check = disabledCheck(text, [
      { kind: 'disable', ruleIds: [], start: 0, end: 10 },
      { kind: 'enable', ruleIds: ['r1'], start: 20, end: 30 },
      { kind: 'disable', ruleIds: ['r1'], start: 40, end: 50 },
      { kind: 'enable', ruleIds: [], start: 60, end: 70 },
    ]);
    const at = (offset: number) => ['r1', 'r2'].filter((id) => check(offset, id)).join(',');
    assert.deepEqual([5, 15, 35, 55, 75].map(at), ['', 'r1,r2', 'r2', 'r1,r2', '']);
  });
});
