import { nlp, type Term, type View } from '../nlp';
import { proseBlocks } from '../prose';

/** A sentence as the report reads it: its place in the document and compromise's terms. */
export interface ParsedSentence {
  offset: number;
  length: number;
  /** The sentence's prose (markup masked), whitespace collapsed. */
  text: string;
  terms: readonly Term[];
  /** Document offset of each term's first character (parallel to `terms`). */
  termStarts: readonly number[];
  question: boolean;
  /** compromise's view of this sentence alone, for pattern matches. */
  view: View;
}

/**
 * The draft's sentences, from the same prose blocks and the same one-compromise-parse-per-block
 * that `analyze` uses, so the report splits sentences exactly where the findings were made.
 *
 * Why a second parse rather than threading this out of `analyze`: `analyze` runs on every
 * keystroke for diagnostics and keeps only rule hits; the report runs (debounced) only while the
 * panel is open or on export, and needs every term of every sentence (pronouns, questions, lists).
 * Carrying all terms out of `analyze` would make every diagnostics run and the CLI's JSON pay for
 * a view few people have open. The cost is one more parse of the draft per report update.
 */
export function parseSentences(text: string, languageId: string | undefined): ParsedSentence[] {
  const out: ParsedSentence[] = [];
  for (const block of proseBlocks(text, languageId)) {
    if (!block.text.trim()) continue;
    const doc = nlp(block.text);
    doc.compute('offset');
    const sentences = (doc as unknown as { document: Term[][] }).document;
    sentences.forEach((terms, index) => {
      if (!terms.length) return;
      const first = terms[0];
      const last = terms[terms.length - 1];
      // Keep the closing punctuation ("now." / "why?") inside the sentence's range.
      const trailing = /^[^\s]*/.exec(last.post)?.[0].length ?? 0;
      const start = first.offset.start;
      const end = last.offset.start + last.offset.length + trailing;
      out.push({
        offset: block.offset + start,
        length: end - start,
        text: block.text.slice(start, end).replace(/\s+/g, ' ').trim(),
        terms,
        termStarts: terms.map((t) => block.offset + t.offset.start),
        question: terms.some((t) => t.post.includes('?')),
        view: doc.eq(index) as View,
      });
    });
  }
  return out;
}

/** Index of the sentence containing `offset`, or −1 (binary search: sentences are in order). */
export function sentenceAt(sentences: readonly { offset: number; length: number }[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (offset < s.offset) hi = mid - 1;
    else if (offset >= s.offset + Math.max(1, s.length)) lo = mid + 1;
    else return mid;
  }
  return -1;
}
