import * as assert from 'node:assert/strict';
import { type LexiconRule, analyze } from '../../src/core';

function rule(pattern: string, suggestions: string[]): LexiconRule {
  return { id: 't-rule', dimension: 'commitment', polarity: 'control', patterns: [pattern], suggestions, message: 'test', explanation: 'a rule for tests only', examples: { flag: [], pass: [] } };
}
const suggest = (text: string, r: LexiconRule) => analyze(text, { rules: [r], languageId: 'markdown' }).findings.map((f) => f.suggestions);

describe('suggestions', () => {
  it('conjugates groups with compromise', () => {
    const r = rule('[<who>#Noun] must [<verb>#Verb]', ['we ask {who|lower} to {verb|infinitive}', 'thanks to {who} for {verb|gerund}']);
    assert.deepEqual(suggest('Staff must submit the form.', r), [['We ask staff to submit', 'Thanks to Staff for submitting']]);
  });

  it('a group that ends inside a contraction holds only its word ("You\'re" is "you" + "are")', () => {
    const r = rule('[<who>you] are expected to [<verb>.]', ['we are asking {who|lower} to {verb}']);
    assert.deepEqual(suggest("You're expected to be contactable at weekends.", r), [['We are asking you to be']]);
    assert.deepEqual(suggest('You are expected to be contactable at weekends.', r), [['We are asking you to be']]);
  });

  it('capitalises at the start of a sentence or list item, not in the middle', () => {
    const r = rule('[<m>(mandatory|compulsory)]', ['important']);
    assert.deepEqual(suggest('Mandatory: the badge.', r), [['Important']]);
    assert.deepEqual(suggest('- Compulsory for all.', r), [['Important']]);
    assert.deepEqual(suggest('It is mandatory today.', r), [['important']]);
  });

  it('drops a rewrite that would lose a number, a date or a name', () => {
    const r = rule('[<all>submit by . .]', ['please {all}', 'please send it soon']);
    assert.deepEqual(suggest('You will submit by March 3.', r), [['please submit by March 3']]);
  });

  it('treats shouting as stance, not as names to keep', () => {
    const r = rule('you will [<verb>#Verb]', ['please {verb|lower}']);
    assert.deepEqual(suggest('YOU WILL UPDATE the sheet.', r), [['Please update']]);
  });

  it('leaves no double space and no space before punctuation', () => {
    const r = rule('[<x>mandatory]', ['  we  ask , kindly ']);
    assert.deepEqual(suggest('This is mandatory now.', r), [['we ask, kindly']]);
  });

  it('offers no rewrite over markup it would break', () => {
    const r = rule('[<verb>must #Verb]', ['please {verb}']);
    assert.deepEqual(suggest('You must **sign** today.', r), [[]]);
  });
});
