import type { Term } from './nlp';

/**
 * The fields compromise's hooks add to a term after tokenising (contractions, indexes, ids,
 * tagging, chunks, offsets), in one fixed order. Not `frozen`: compromise deletes it after
 * tagging, and a field given to every term would then be deleted from every term.
 */
const LATER_FIELDS = ['implicit', 'machine', 'alias', 'index', 'id', 'offset', 'dirty', 'chunk', 'confidence', 'switch'] as const;

/**
 * Gives every freshly tokenised term all of those fields up front, as `undefined`.
 *
 * Why: compromise adds them one by one as its hooks run, in an order that depends on the word
 * (a tagged word gets `dirty` before `chunk`, a frozen one after, a contraction `machine`…), so
 * one sentence's terms come in half a dozen hidden classes. Every function that reads a term
 * then goes megamorphic in V8 and loses its fast property access. With one shape from the
 * start the hooks only fill in values. compromise reads these fields by value (`term.chunk ===`,
 * `term.frozen === true`, `if (term.implicit)`), never by presence, so `undefined` reads as
 * absent: `npm test` compares the findings with compromise's untouched pipeline on the corpus.
 */
export function giveTermsOneShape(document: Term[][]): void {
  makeHoley(document);
  for (const sentence of document) {
    makeHoley(sentence);
    for (const term of sentence) {
      const fields = term as unknown as Record<string, unknown>;
      for (const field of LATER_FIELDS) if (!(field in fields)) fields[field] = undefined;
    }
  }
}

/**
 * Moves an array to V8's holey elements kind, in place (adding a hole does it; removing the
 * hole does not undo it). compromise builds sentences with `map`, which gives packed arrays
 * until its tokenizer is optimised and holey ones after (packed-array.ts), so every function
 * reading sentences saw two hidden classes and was compiled twice. The other way round
 * (packed) would need a copy of every array.
 */
function makeHoley(array: unknown[]): void {
  array.length += 1;
  array.length -= 1;
}
