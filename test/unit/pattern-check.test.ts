import * as assert from 'node:assert/strict';
import { checkPattern } from '../../src/core/pattern-check';
import { nlp } from '../../src/core/nlp';

/** Each rejected shape really never matches in compromise, and its suggested form does. */
describe('pattern check', () => {
  const cases: [string, string, string][] = [
    ["(don't|never) worry", '(do not|never) worry', "Don't worry about it."],
    ['(cannot|could not) afford', '(can not|could not) afford', "We can't afford it."],
    ['(check-ins|standups) are', '(check ins|standups) are', 'Weekly check-ins are short.'],
    ['reasons * (will not|can not) be shared', 'reasons * will not be shared', 'The reasons for this will not be shared.'],
    ['give it (time|#Value (months|years))', 'give it #Value (months|years)', 'Give it 3 months.'],
    ['give it (one|one more) day', 'give it (one more|one) day', 'Give it one more day.'],
    ['you .{0,2} (always|#Adverb) follow', 'you .{0,2} always follow', 'You must always follow the script.'],
    ['reasons .{0,3} (will not|can not) be shared', 'reasons .{0,3} will not be shared', 'The reasons for this will not be shared.'],
    ['[<why>reasons .{0,3}] (will not|can not) be shared', '[<why>reasons .{0,3}] will not be shared', 'The reasons for this will not be shared.'],
    ['you .{0,2} (.|always) follow', 'you .{0,2} always follow', 'You must always follow the script.'],
  ];
  for (const [bad, good, sentence] of cases) {
    it(`rejects ${bad} and accepts ${good}`, () => {
      assert.ok(checkPattern(bad), 'rejected');
      assert.equal(nlp(sentence).match(bad).found, false, 'the rejected form really never matches');
      assert.equal(checkPattern(good), undefined);
      assert.equal(nlp(sentence).match(good).found, true, 'the suggested form matches');
    });
  }

  it('keeps hyphenated words compromise keeps whole', () => {
    assert.equal(checkPattern('(co-design|co-own) (it|this)'), undefined);
    assert.equal(nlp('We co-design this.').match('(co-design|co-own) (it|this)').found, true);
  });

  it('accepts a choice of several words after a repeated #Tag (only a repeated wildcard stops compromise looking ahead)', () => {
    assert.equal(checkPattern('a #Adverb+ (big dog|cat)'), undefined);
    assert.equal(nlp('a very big dog').match('a #Adverb+ (big dog|cat)').found, true);
  });

  it('rejects unbalanced groups, empty groups and /regex/ terms', () => {
    for (const bad of ['(a|b', '[<x>foo', 'a () b', '/(a+)+$/', '']) assert.ok(checkPattern(bad), bad);
  });
});
