import type { Term } from './nlp';

const OPENING_QUOTES = ['“', '"', '«', '„', '‘'];
const CLOSING_QUOTES = ['”', '"', '»', '“', '’'];

function hasAny(text: string, marks: readonly string[]): boolean {
  return marks.some((mark) => text.includes(mark));
}

/** A question asks; it does not order. Control rules stay silent in one unless they opt in. */
export function isQuestion(sentence: readonly Term[]): boolean {
  return sentence.some((term) => term.post.includes('?'));
}

/**
 * Which terms of a sentence sit inside quotation marks. Reported speech ("the customer wrote,
 * “We require…”") is someone else's stance, not the writer's. A single quoted word (Ask “why?”,
 * the “Ideas” board) is a scare quote or a name, still the writer's own sentence.
 */
export function quotedTerms(sentence: readonly Term[]): boolean[] {
  const quoted: boolean[] = new Array(sentence.length).fill(false);
  let openedAt = -1;
  sentence.forEach((term, i) => {
    if (openedAt < 0 && hasAny(term.pre, OPENING_QUOTES)) openedAt = i;
    if (openedAt >= 0 && hasAny(term.post, CLOSING_QUOTES)) {
      if (i > openedAt) quoted.fill(true, openedAt, i + 1);
      openedAt = -1;
    }
  });
  // A quote left open runs to the end of the sentence (it continues in the next one).
  if (openedAt >= 0 && openedAt < sentence.length - 1) quoted.fill(true, openedAt);
  return quoted;
}

/** Words that turn what follows into its opposite ("we're not reinventing it"). */
const NEGATIONS = new Set(['not', 'never', 'no', 'nobody', 'nothing', 'none', 'neither', 'nor']);

/** How many words before a phrase a negation still governs it ("not in the business of standing out"). */
export const NEGATION_REACH = 5;

/**
 * Whether a negation stands within NEGATION_REACH words before term `from`. Read from the words
 * themselves (compromise's tokenizer expands "don't" to "do" + "not"), not from tags, so every
 * matching path sees the same answer.
 */
export function negatedBefore(sentence: readonly Term[], from: number): boolean {
  for (let i = Math.max(0, from - NEGATION_REACH); i < from; i++) {
    const term = sentence[i];
    if (NEGATIONS.has(term.normal) || term.implicit === 'not' || term.normal.endsWith("n't")) return true;
  }
  return false;
}
