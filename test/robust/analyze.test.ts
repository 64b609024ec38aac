import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { type Finding, analyze } from '../../src/core';
import { hostileText, languageId, proseText, shortHostileText, splitsSurrogatePair } from './arbitraries';
import { SEED, type Tally, checkProperty, count } from './figures';

/** analyze's documented order: by offset, then length, then rule id. */
function inOrder(a: Finding, b: Finding): boolean {
  return a.offset < b.offset || (a.offset === b.offset && (a.length < b.length || (a.length === b.length && a.ruleId <= b.ruleId)));
}

function assertRangesValid(text: string, findings: readonly Finding[]): void {
  for (const f of findings) {
    assert.ok(Number.isInteger(f.offset) && Number.isInteger(f.length), `non-integer range ${f.offset}+${f.length}`);
    assert.ok(f.offset >= 0 && f.length > 0 && f.offset + f.length <= text.length, `range ${f.offset}+${f.length} outside a text of ${text.length}`);
    assert.ok(!splitsSurrogatePair(text, f.offset) && !splitsSurrogatePair(text, f.offset + f.length), `range ${f.offset}+${f.length} splits a surrogate pair`);
    assert.equal(f.text, text.slice(f.offset, f.offset + f.length), 'finding.text is not the text at its range');
  }
}

describe('robust: analyze on generated input', function () {
  before(() => console.log(`      seed ${SEED}; another: LEADLINT_SEED=<n> npm run test:robust (LEADLINT_RUNS_SCALE=<k> multiplies the cases)`));

  it('never throws; every range lies inside the text, on code-point boundaries, and slices to finding.text', () => {
    const tally: Tally = {};
    checkProperty(
      'analyze never throws, ranges valid (hostile Unicode + Markdown)',
      fc.property(hostileText, languageId, (text, lang) => {
        const { findings, score, words } = analyze(text, { languageId: lang });
        assertRangesValid(text, findings);
        assert.ok(score >= 0 && score <= 100 && Number.isFinite(words));
        count(tally, 'findings', findings.length);
        count(tally, 'chars', text.length);
      }),
      2000,
      tally,
    );
  });

  it('findings are sorted, and the same input gives the same output (also after other documents)', () => {
    const tally: Tally = {};
    checkProperty(
      'findings sorted and deterministic',
      fc.property(fc.oneof(shortHostileText, proseText), proseText, languageId, (text, other, lang) => {
        const first = analyze(text, { languageId: lang });
        for (let i = 1; i < first.findings.length; i++) assert.ok(inOrder(first.findings[i - 1], first.findings[i]), `findings ${i - 1} and ${i} out of order`);
        analyze(other, { languageId: lang === 'markdown' ? 'plaintext' : 'markdown' });
        // A fresh string with the same contents: no caching by identity may change the answer.
        const again = analyze(text.split('').join(''), { languageId: lang });
        assert.deepEqual(again, first);
        count(tally, 'findings', first.findings.length);
      }),
      800,
      tally,
    );
  });
});
