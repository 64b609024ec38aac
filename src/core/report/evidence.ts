import { matchSentence } from '../lazy-parse';
import type { ParsedSentence } from './sentences';

export interface Evidence {
  offset: number;
  length: number;
  text: string;
}

/** The document span of terms [from, to) of a sentence, as evidence a person can click. */
export function termSpan(sentence: ParsedSentence, from: number, to: number): Evidence {
  const a = Math.max(0, Math.min(from, sentence.terms.length - 1));
  const b = Math.max(a + 1, Math.min(to, sentence.terms.length));
  const start = sentence.termStarts[a];
  const last = sentence.terms[b - 1];
  const end = sentence.termStarts[b - 1] + last.offset.length;
  const text = sentence.terms
    .slice(a, b)
    .map((t, i) => (i === 0 ? '' : t.pre) + t.text + (i === b - a - 1 ? '' : t.post))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
  return { offset: start, length: end - start, text };
}

export function wholeSentence(sentence: ParsedSentence): Evidence {
  return { offset: sentence.offset, length: sentence.length, text: sentence.text };
}

/**
 * Term ranges where a compromise pattern matches inside one sentence: as `SentenceCache.prepare`
 * found them, or straight from compromise's matcher with the pattern parsed once (`.match(text)`
 * on a view re-parsed it every call, which made a long draft's report take seconds).
 */
export function matchRanges(sentence: ParsedSentence, pattern: string): [number, number][] {
  const { matched } = sentence;
  if (matched?.patterns.has(pattern)) return matched.ranges.get(pattern) ?? [];
  return matchSentence(sentence.terms, pattern);
}

export function matches(sentence: ParsedSentence, pattern: string): boolean {
  return matchRanges(sentence, pattern).length > 0;
}
