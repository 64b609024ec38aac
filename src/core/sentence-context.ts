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
 * “We require…”") is someone else's stance, not the writer's.
 */
export function quotedTerms(sentence: readonly Term[]): boolean[] {
  const quoted: boolean[] = [];
  let inside = false;
  for (const term of sentence) {
    if (!inside && hasAny(term.pre, OPENING_QUOTES)) inside = true;
    quoted.push(inside);
    if (inside && hasAny(term.post, CLOSING_QUOTES)) inside = false;
  }
  return quoted;
}
