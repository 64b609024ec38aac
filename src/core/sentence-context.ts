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
