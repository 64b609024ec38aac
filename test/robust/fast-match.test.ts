import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { compromiseMatch, fastMatch, installFastMatch } from '../../src/core/fast-match';
import { nlp, type Term } from '../../src/core/nlp';
import { matchPattern, parsedPattern, patternSentences } from './arbitraries';
import { type Tally, checkProperty, count } from './figures';

type Match = (docs: Term[][], todo: object) => { ptrs: unknown[] };

describe('robust: fast match on generated patterns', function () {
  this.timeout(600_000);
  before(() => installFastMatch(nlp.world() as never));

  it('gives compromise’s own results (pointers and named groups) for any pattern a custom rule may write', () => {
    const sentences = patternSentences();
    const tally: Tally = {};
    checkProperty(
      'fastMatch == compromise match',
      fc.property(matchPattern, fc.boolean(), (text, justOne) => {
        const regs = parsedPattern(text, tally);
        if (!regs) return;
        const todo = { regs, justOne };
        const expected = (compromiseMatch as Match)(sentences, todo);
        assert.deepEqual(fastMatch(sentences, todo), expected, text);
        count(tally, 'patterns');
        count(tally, 'matches', expected.ptrs.length);
      }),
      5000,
      tally,
    );
    assert.ok((tally.matches ?? 0) > 100, 'the generated patterns match often enough to compare');
  });
});
