import { matchSentence } from '../lazy-parse';
import { nlp, type Term } from '../nlp';
import { eachProseBlock, proseBlocks } from '../prose';
import type { ProseBlock } from '../prose-block';
import { type Slicing, runInSlices, runToEnd } from '../slices';

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
  /**
   * Set by `SentenceCache.prepare`: where the report's patterns matched (only those that did),
   * and which patterns that covers. Absent on a one-off parse (evidence.ts then matches as asked).
   */
  matched?: { patterns: ReadonlySet<string>; ranges: Map<string, [number, number][]> };
}

/** A block's sentence with offsets relative to the block: what is cached by the block's text. */
type BlockSentence = Omit<ParsedSentence, 'offset'>;

/**
 * The draft's sentences, from the same prose blocks and the same one-compromise-parse-per-block
 * that `analyze` uses, so the report splits sentences exactly where the findings were made.
 *
 * Why a second parse rather than threading this out of `analyze`: `analyze` runs on every
 * keystroke for diagnostics and keeps only rule hits; the report runs (debounced) only while the
 * panel is open or on export, and needs every term of every sentence (pronouns, questions, lists).
 * Carrying all terms out of `analyze` would make every diagnostics run and the CLI's JSON pay for
 * a view few people have open. The panel keeps a `SentenceCache`, so that second parse is one of
 * the changed blocks only, and is made in slices.
 */
export function parseSentences(text: string, languageId: string | undefined): ParsedSentence[] {
  return proseBlocks(text, languageId).flatMap((block) => (isEmptyProse(block.text) ? [] : placed(blockSentences(block.text), block.offset)));
}

/**
 * The sentences of the last draft it saw, kept by block text: the next draft only parses the
 * blocks that changed. `prepare` does that parse in slices (for the editor), `sentences` reads it.
 */
/** Blocks placed between two yields of `sentenceSteps`. */
const BLOCKS_PER_STEP = 500;

export class SentenceCache {
  private byBlock = new Map<string, BlockSentence[]>();
  private last: { text: string; languageId: string | undefined; blocks: ProseBlock[] } | undefined;

  private readonly patterns: ReadonlySet<string>;

  /** `patterns`: what the report will match in every sentence; `prepare` matches them too, in slices. */
  constructor(patterns: readonly string[] = []) {
    this.patterns = new Set(patterns);
  }

  /** Parses the draft's new blocks in slices; false when aborted (what was parsed is kept). */
  async prepare(text: string, languageId: string | undefined, slicing: Slicing): Promise<boolean> {
    return (await runInSlices(this.parseNewBlocks(text, languageId), slicing)) === true;
  }

  /** The draft's sentences, parsing (at once) whatever `prepare` did not. */
  sentences(text: string, languageId: string | undefined): ParsedSentence[] {
    return runToEnd(this.sentenceSteps(text, languageId));
  }

  /** `sentences` as units of work, for `runInSlices` (placing a 1 MB draft's ~40k sentences took ~40 ms). */
  *sentenceSteps(text: string, languageId: string | undefined): Generator<void, ParsedSentence[]> {
    yield* this.parseNewBlocks(text, languageId);
    const out: ParsedSentence[] = [];
    let placedBlocks = 0;
    for (const block of this.last?.blocks ?? []) {
      if (isEmptyProse(block.text)) continue;
      out.push(...placed(this.byBlock.get(block.text) ?? [], block.offset));
      if (++placedBlocks % BLOCKS_PER_STEP === 0) yield;
    }
    return out;
  }

  /** One unit of work per block (the Markdown parse of its chunk, then its compromise parse). */
  private *parseNewBlocks(text: string, languageId: string | undefined): Generator<void, true> {
    if (this.last?.text === text && this.last.languageId === languageId) return true;
    const blocks: ProseBlock[] = [];
    const kept = new Map<string, BlockSentence[]>();
    for (const block of eachProseBlock(text, languageId)) {
      blocks.push(block);
      if (isEmptyProse(block.text) || kept.has(block.text)) continue;
      const known = this.byBlock.get(block.text);
      if (known) {
        kept.set(block.text, known);
        continue;
      }
      const sentences = blockSentences(block.text);
      kept.set(block.text, sentences);
      yield;
      if (!this.patterns.size) continue;
      for (const sentence of sentences) {
        const ranges = new Map<string, [number, number][]>();
        for (const pattern of this.patterns) {
          const found = matchSentence(sentence.terms, pattern);
          if (found.length) ranges.set(pattern, found);
        }
        sentence.matched = { patterns: this.patterns, ranges };
      }
      yield;
    }
    // Only this draft's blocks stay: the cache holds one draft's worth.
    this.byBlock = kept;
    this.last = { text, languageId, blocks };
    return true;
  }
}

function blockSentences(blockText: string): BlockSentence[] {
  const doc = nlp(blockText);
  doc.compute('offset');
  const sentences = (doc as unknown as { document: Term[][] }).document;
  const out: BlockSentence[] = [];
  sentences.forEach((terms) => {
    if (!terms.length) return;
    const first = terms[0];
    const last = terms[terms.length - 1];
    // Keep the closing punctuation ("now." / "why?") inside the sentence's range.
    const trailing = /^[^\s]*/.exec(last.post)?.[0].length ?? 0;
    const start = first.offset.start;
    const end = last.offset.start + last.offset.length + trailing;
    out.push({
      length: end - start,
      text: blockText.slice(start, end).replace(/\s+/g, ' ').trim(),
      terms,
      termStarts: terms.map((t) => t.offset.start),
      question: terms.some((t) => t.post.includes('?')),
    });
  });
  return out;
}

/** A block's sentences moved to where the block starts in the document. */
function placed(sentences: readonly BlockSentence[], offset: number): ParsedSentence[] {
  return sentences.map((sentence) => ({ ...sentence, offset: offset + sentence.termStarts[0], termStarts: sentence.termStarts.map((start) => offset + start) }));
}

/** No words at all (as `trim` sees it: what the report has always skipped). */
function isEmptyProse(text: string): boolean {
  return !text.trim();
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
