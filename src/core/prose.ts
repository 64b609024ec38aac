import { markdownChunks } from './markdown-chunks';
import { markdownBlocks } from './markdown-prose';
import { plaintextBlocks } from './plaintext-prose';
import { type ProseBlock, type Span, splitLongBlock } from './prose-block';

export function isMarkdown(languageId: string | undefined): boolean {
  return languageId === 'markdown' || languageId === 'mdx';
}

/**
 * The document's prose as blocks small enough for one compromise parse each. For Markdown,
 * `htmlSpans` (if given) also receives where raw HTML is, from the same parse.
 */
export function proseBlocks(text: string, languageId: string | undefined, htmlSpans?: Span[]): ProseBlock[] {
  return [...eachProseBlock(text, languageId, htmlSpans)];
}

/** The same blocks one at a time, so a caller can drop each block's text once it is analysed. */
export function* eachProseBlock(text: string, languageId: string | undefined, htmlSpans?: Span[]): Generator<ProseBlock> {
  if (!isMarkdown(languageId)) {
    for (const block of plaintextBlocks(text)) yield* splitLongBlock(block);
    return;
  }
  // Chunk by chunk (markdown-chunks.ts): no parse holds the whole document's tree.
  for (const { offset, text: chunk } of markdownChunks(text)) {
    const prose = chunkProse(chunk);
    for (const span of prose.htmlSpans) htmlSpans?.push({ start: offset + span.start, end: offset + span.end });
    for (const block of prose.blocks) yield { offset: offset + block.offset, text: block.text };
  }
}

/** One Markdown chunk's prose blocks and raw-HTML spans, in offsets relative to the chunk. */
export interface ChunkProse {
  blocks: ProseBlock[];
  htmlSpans: Span[];
}

/** The prose of one Markdown chunk, which parses the same alone as within its document (markdown-chunks.ts). */
export function chunkProse(chunk: string): ChunkProse {
  const plain = plainProse(chunk);
  if (plain) return plain;
  const htmlSpans: Span[] = [];
  const blocks = markdownBlocks(chunk, htmlSpans).flatMap((block) => splitLongBlock(block));
  return { blocks, htmlSpans };
}

/** A chunk that is one plain paragraph or heading needs no parse at all. */
function plainProse(chunk: string): ChunkProse | undefined {
  const plain = plainParagraph(chunk) ?? plainHeading(chunk);
  return plain && { blocks: splitLongBlock(plain), htmlSpans: [] };
}

/**
 * Anything that could make Markdown of a paragraph's text: inline syntax, escapes, entities,
 * HTML, autolink literals, tabs, control characters, and a space before a line break (a
 * hard break). A chunk with none of them whose lines all start with an ASCII letter (no list,
 * heading, quote, indentation, underline or fence) is exactly one paragraph.
 */
// U+2007 too: only the parse maps a literal one to a space, so it cannot pass for a WALL (prose-block.ts).
const MARKUP = /[*_`[\]<>\\&#|~!\t\r\x00-\x09\x0b-\x1f\u2007]|www\.|:\/\/|@| \n/i;
const LINE_START = /\n[^A-Za-z]/;

/** The prose block of a chunk that is one plain paragraph, found without a Markdown parse. */
function plainParagraph(chunk: string): ProseBlock | undefined {
  const first = chunk.charCodeAt(0);
  const letter = (first >= 65 && first <= 90) || (first >= 97 && first <= 122);
  if (!letter || MARKUP.test(chunk)) return undefined;
  let end = chunk.length;
  while (end > 0 && (chunk[end - 1] === ' ' || chunk[end - 1] === '\n')) end--;
  const text = chunk.slice(0, end);
  return LINE_START.test(text) ? undefined : { offset: 0, text };
}

const HEADING = /^(#{1,6} +)([A-Za-z][^\n]*)\n?$/;

/** An ATX heading line of plain text: its markers masked, found without a Markdown parse. */
function plainHeading(chunk: string): ProseBlock | undefined {
  const heading = HEADING.exec(chunk);
  if (!heading || MARKUP.test(heading[2])) return undefined;
  return { offset: 0, text: ' '.repeat(heading[1].length) + heading[2] };
}
