import * as assert from 'node:assert/strict';
import { type LexiconRule, MAX_FIX_PASSES, type Finding, analyze, applyEdits, fixAllEdits, fixToFixedPoint, minimalEdit } from '../../src/core';

/** Two made-up rules (invented words, so the built-in lexicon never matters): A's rewrite is B's phrase. */
const rule = (id: string, pattern: string, suggestion: string): LexiconRule => ({
  id,
  dimension: 'commitment',
  polarity: 'control',
  patterns: [pattern],
  suggestions: [suggestion],
  message: `Test: ${id}.`,
  explanation: 'A made-up rule for the fix tests.',
  examples: { flag: [], pass: [] },
});
const CHAIN: LexiconRule[] = [rule('test-a', 'everyone will zorp', 'please zorp'), rule('test-b', 'please zorp', 'please glimmer')];
const chainFindings = (text: string) => analyze(text, { rules: CHAIN }).findings;

describe('fix to a fixed point (core, used by the CLI and the editor)', () => {
  it('applies a fix that another rule then rewrites, in as many passes as it takes', () => {
    const text = 'Everyone will zorp the report. Then lunch.\n';
    const onePass = applyEdits(text, fixAllEdits(text, chainFindings(text)));
    assert.equal(onePass, 'Please zorp the report. Then lunch.\n', 'one pass leaves a phrase for the other rule');
    const fixed = fixToFixedPoint(text, chainFindings);
    assert.equal(fixed.text, 'Please glimmer the report. Then lunch.\n');
    assert.equal(fixed.passes.length, 2);
    assert.deepEqual(fixed.passes.map((p) => p.findings.map((f) => f.ruleId)), [['test-a'], ['test-b']]);
    assert.equal(fixed.converged, true);
    assert.deepEqual(fixed.findings, chainFindings(fixed.text));
    // Idempotent: fixing the fixed text changes nothing.
    const again = fixToFixedPoint(fixed.text, chainFindings);
    assert.equal(again.text, fixed.text);
    assert.equal(again.passes.length, 0);
  });

  it('is idempotent with the built-in lexicon on the sentence that used to change twice', () => {
    const control = (t: string) => analyze(t, { languageId: 'markdown' }).findings.filter((f) => f.polarity === 'control');
    const once = fixToFixedPoint('Everyone will follow the established onboarding procedure.\n', control).text;
    assert.equal(fixToFixedPoint(once, control).text, once);
  });

  it('stops at the cap when suggestions undo each other, and says so', () => {
    let calls = 0;
    const flipFlop = (text: string): Finding[] => {
      calls++;
      const from = text.startsWith('x') ? 'x' : 'y';
      return [{ ruleId: 'flip', dimension: 'risk', polarity: 'control', severity: 'info', offset: 0, length: 1, text: from, message: '', suggestions: [from === 'x' ? 'y' : 'x'] } as unknown as Finding];
    };
    const fixed = fixToFixedPoint('x', flipFlop);
    assert.equal(fixed.passes.length, MAX_FIX_PASSES);
    assert.equal(fixed.converged, false);
    assert.equal(calls, MAX_FIX_PASSES + 1);
  });

  it('minimalEdit replaces only the changed middle and never splits a surrogate pair or a CRLF', () => {
    const cases: Array<[string, string]> = [
      ['Everyone will zorp the report.', 'Please glimmer the report.'],
      ['a b c', 'a c'],
      ['abc', 'abc!'],
      ['abc', 'xabc'],
      ['aaaa', 'aa'],
      ['x😀y', 'x😁y'],
      ['x😀y', 'x😀😀y'],
      ['a\r\nb', 'a\r\r\nb'],
      ['a\r\nb', 'a\rb'],
      ['', 'new'],
      ['old', ''],
    ];
    for (const [before, after] of cases) {
      const edit = minimalEdit(before, after)!;
      assert.equal(applyEdits(before, [edit]), after, JSON.stringify([before, after]));
      const touched = before.slice(edit.offset, edit.offset + edit.length);
      assert.ok(before.startsWith(before.slice(0, edit.offset)) && after.startsWith(before.slice(0, edit.offset)));
      for (const at of [edit.offset, edit.offset + edit.length]) {
        const prev = before.charCodeAt(at - 1);
        const next = before.charCodeAt(at);
        assert.ok(!(prev >= 0xd800 && prev <= 0xdbff && next >= 0xdc00 && next <= 0xdfff), `splits a pair: ${JSON.stringify([before, after, edit])}`);
        assert.ok(!(prev === 13 && next === 10), `splits a CRLF: ${JSON.stringify([before, after, edit])}`);
      }
      assert.ok(touched.length <= before.length);
    }
    assert.deepEqual(minimalEdit('Everyone will zorp the report.', 'Please glimmer the report.'), { offset: 0, length: 18, newText: 'Please glimmer' });
    assert.equal(minimalEdit('same', 'same'), undefined);
  });
});
