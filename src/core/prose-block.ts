/**
 * A stretch of prose that compromise may read, with its place in the document.
 * `text` has exactly the length of the original stretch: everything that is not prose
 * (Markdown syntax, code, URLs, HTML) is replaced by spaces so every index maps 1:1 back
 * to the document.
 */
export interface ProseBlock {
  offset: number;
  text: string;
}

/** A range of document offsets (UTF-16), end exclusive. */
export interface Span {
  start: number;
  end: number;
}

/**
 * Fills masked inline code, HTML, images and bare URLs inside a paragraph (markup such as `**`
 * is masked with plain spaces). compromise reads it as whitespace, but the words on either side
 * are not adjacent in the document: a match must not reach across it (match-block.ts). U+2007
 * FIGURE SPACE, because prose almost never holds one (the Markdown parse maps any to a space;
 * in plain text a literal one still splits a match, which only costs a finding across it).
 */
export const WALL = '\u2007';

/** compromise slows superlinearly on long unpunctuated runs; no parse sees more than this. */
export const MAX_BLOCK_CHARS = 2000;

const SENTENCE_END = new Set(['.', '!', '?']);

function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\u00a0' || ch === WALL;
}

/**
 * compromise starts a new sentence at every line break, but a paragraph wrapped over several
 * lines is one run of prose: "is\nmandatory" must match like "is mandatory", and the sentence
 * after a directive is the next sentence, not the next line. Spaces keep every offset.
 */
function joinWrappedLines(block: ProseBlock): ProseBlock {
  if (!block.text.includes('\n') && !block.text.includes('\r')) return block;
  let text = '';
  for (const ch of block.text) text += ch === '\n' || ch === '\r' ? ' ' : ch;
  return { offset: block.offset, text };
}

/**
 * Readies a block for compromise: wrapped lines joined, and a block too long for one parse
 * split. It cuts after sentence punctuation when it can, at whitespace when it cannot, and
 * mid-word only as a last resort (a pasted log line).
 */
export function splitLongBlock(unjoined: ProseBlock, max = MAX_BLOCK_CHARS): ProseBlock[] {
  const block = joinWrappedLines(unjoined);
  if (block.text.length <= max) return [block];
  const pieces: ProseBlock[] = [];
  let start = 0;
  const text = block.text;
  while (text.length - start > max) {
    let cut = -1;
    let spaceCut = -1;
    for (let i = start + max; i > start + max / 2; i--) {
      if (isSpace(text[i]) && SENTENCE_END.has(text[i - 1])) {
        cut = i;
        break;
      }
      if (spaceCut < 0 && isSpace(text[i])) spaceCut = i;
    }
    if (cut < 0) cut = spaceCut > 0 ? spaceCut : start + max;
    // Never cut between the two halves of a surrogate pair.
    const code = text.charCodeAt(cut - 1);
    if (code >= 0xd800 && code <= 0xdbff) cut++;
    pieces.push({ offset: block.offset + start, text: text.slice(start, cut) });
    start = cut;
  }
  pieces.push({ offset: block.offset + start, text: text.slice(start) });
  return pieces;
}

/** True when a block holds nothing but spaces (e.g. a paragraph that was only a code span). */
export function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isSpace(text[i])) return false;
  return true;
}
