import * as assert from 'node:assert/strict';
import { type LexiconRule, analyze } from '../../src/core';
import { lexiconFor } from '../../src/core/analyze';
import { findMatches } from '../../src/core/lazy-parse';

/** Which sentences of a block findMatches tagged (untagged ones keep only their tokens). */
function taggedSentences(text: string, rule: LexiconRule): boolean[] {
  return findMatches(text, lexiconFor([rule])).sentences.map((terms) => terms.some((term) => term.tags.size > 0));
}

describe('lazy tagging: a sentence is tagged only when a tag could change a finding', () => {
  const rule: LexiconRule = {
    id: 't-no-exceptions',
    dimension: 'commitment',
    polarity: 'control',
    patterns: ['no exceptions'],
    // Reads a tag, and needs the word "for": only a sentence with "for" can make it match.
    exceptions: ['no exceptions for #Noun'],
    message: 'test',
    explanation: 'a rule for tests only',
    examples: { flag: [], pass: [] },
  };

  it('tags a word-only hit’s sentence when a tag-reading exception has its words there, not otherwise', () => {
    assert.deepEqual(taggedSentences('There will be no exceptions. We made no exceptions for newcomers.', rule), [false, true]);
  });

  it('still applies the exception where its words are', () => {
    const findings = analyze('There will be no exceptions. We made no exceptions for newcomers.', { rules: [rule] }).findings;
    assert.deepEqual(
      findings.map((f) => [f.ruleId, f.offset]),
      [['t-no-exceptions', 14]],
    );
  });
});
