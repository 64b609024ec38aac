import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import type { PatternEntry, Reg } from '../../src/core/lexicon-index';
import { nlp, type Term } from '../../src/core/nlp';
import { mayMatchInOrder } from '../../src/core/word-order';
import { matchPattern, parsedPattern, patternSentences } from './arbitraries';
import { type Tally, checkProperty, count } from './figures';

interface World {
  methods: { one: { match: (docs: Term[][], todo: { regs: Reg[] }) => { ptrs: unknown[] } } };
}
const world = nlp.world() as unknown as World;

describe('robust: the word-order check on generated patterns', function () {
  this.timeout(600_000);

  it('never rules out a sentence that the pattern matches (so skipping the tagger never loses a hit)', () => {
    const sentences = patternSentences();
    const tally: Tally = {};
    checkProperty(
      'word order never rules out a match',
      fc.property(matchPattern, (text) => {
        const regs = parsedPattern(text, tally);
        if (!regs) return;
        // The index reads `regs` only (as the match-net parses the pattern); the rest of an entry does not matter here.
        const entry = { regs } as unknown as PatternEntry;
        for (const sentence of sentences) {
          if (world.methods.one.match([sentence], { regs }).ptrs.length === 0) continue;
          count(tally, 'matching sentences');
          assert.ok(mayMatchInOrder(sentence, entry), `${text} on "${sentence.map((t) => t.text).join(' ')}"`);
        }
        count(tally, 'patterns');
      }),
      3000,
      tally,
    );
    assert.ok((tally['matching sentences'] ?? 0) > 1000, 'the generated patterns match often enough to check');
  });
});
