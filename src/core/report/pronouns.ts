import type { ParsedSentence } from './sentences';
import type { PronounBalance } from './types';

const GROUPS: Record<keyof PronounBalance, ReadonlySet<string>> = {
  i: new Set(['i', 'me', 'my', 'mine', 'myself']),
  we: new Set(['we', 'us', 'our', 'ours', 'ourselves']),
  you: new Set(['you', 'your', 'yours', 'yourself', 'yourselves']),
};

/** Which pronoun group a term belongs to. compromise expands contractions ("we'll" → we will). */
export function pronounGroup(normal: string): keyof PronounBalance | undefined {
  for (const key of Object.keys(GROUPS) as (keyof PronounBalance)[]) if (GROUPS[key].has(normal)) return key;
  return undefined;
}

export function pronounBalance(sentences: readonly ParsedSentence[]): PronounBalance {
  const counts: PronounBalance = { i: 0, we: 0, you: 0 };
  for (const sentence of sentences) {
    for (const term of sentence.terms) {
      const group = pronounGroup(term.normal);
      if (group) counts[group]++;
    }
  }
  return counts;
}
