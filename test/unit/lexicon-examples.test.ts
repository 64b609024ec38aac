import * as assert from 'node:assert/strict';
import { BUILTIN_RULES, analyze } from '../../src/core';

/** Every rule carries sentences that must fire and near-misses that must not: test them all. */
describe('lexicon examples', () => {
  for (const rule of BUILTIN_RULES) {
    describe(rule.id, () => {
      for (const sentence of rule.examples.flag) {
        it(`flags: ${sentence}`, () => {
          const ids = analyze(sentence).findings.map((f) => f.ruleId);
          assert.ok(ids.includes(rule.id), `expected ${rule.id}, got [${ids.join(', ')}]`);
        });
      }
      for (const sentence of rule.examples.pass) {
        it(`passes: ${sentence}`, () => {
          const ids = analyze(sentence).findings.map((f) => f.ruleId);
          assert.ok(!ids.includes(rule.id), `${rule.id} fired on a near-miss`);
        });
      }
    });
  }

  it('has at least one example of each kind per rule', () => {
    const thin = BUILTIN_RULES.filter((r) => !r.examples.flag.length || !r.examples.pass.length).map((r) => r.id);
    assert.deepEqual(thin, []);
  });
});
