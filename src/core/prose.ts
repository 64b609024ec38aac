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
  // Chunk by chunk (markdown-chunks.ts): no parse holds the whole document's tree; a window of
  // neighbouring chunks shares a parse (chunkProses).
  const { chunks, suffix } = markdownChunks(text);
  for (let from = 0; from < chunks.length; ) {
    let to = from;
    for (let chars = 0; to < chunks.length && chars < WINDOW_CHARS; to++) chars += chunks[to].text.length;
    const window = chunks.slice(from, to);
    const proses = chunkProses(window.map((chunk) => ({ text: chunk.text, context: suffix })));
    for (let k = 0; k < window.length; k++) {
      const { offset } = window[k];
      for (const span of proses[k].htmlSpans) htmlSpans?.push({ start: offset + span.start, end: offset + span.end });
      for (const block of proses[k].blocks) yield { offset: offset + block.offset, text: block.text };
    }
    from = to;
  }
}

/** One Markdown chunk's prose blocks and raw-HTML spans, in offsets relative to the chunk. */
export interface ChunkProse {
  blocks: ProseBlock[];
  htmlSpans: Span[];
}

/** A Markdown chunk to parse, and what its parse appends: the document's definitions (see markdown-chunks.ts), or ''. */
export interface ChunkSource {
  text: string;
  context: string;
}

/** About this much Markdown goes into one parse in `analyze()`: a few milliseconds of work, and few parses per document. */
const WINDOW_CHARS = 8_192;

/**
 * The prose of several chunks, given in document order, from as few Markdown parses as can be.
 * Each parse has a fixed cost (micromark combines its extensions, mdast builds a compiler of
 * some ninety handlers), paid thousands of times when a large document is parsed chunk by
 * chunk. Chunks parse independently of their neighbours (markdown-chunks.ts), so chunks that
 * append the same context and need the same parser (GFM or CommonMark) are joined with a
 * blank line between and parsed once. Document order keeps front matter first and a fence
 * left open last.
 */
export function chunkProses(chunks: readonly ChunkSource[]): ChunkProse[] {
  const out = new Array<ChunkProse>(chunks.length);
  // Few groups: a document's chunks share one context string.
  const groups: { context: string; members: number[] }[] = [];
  for (let i = 0; i < chunks.length; i++) {
    const { text, context } = chunks[i];
    const plain = plainProse(text);
    if (plain) {
      out[i] = plain;
      continue;
    }
    let group = groups.find((candidate) => candidate.context === context);
    if (!group) groups.push((group = { context, members: [] }));
    group.members.push(i);
  }
  for (const { context, members } of groups) {
    const proses = parseTogether(members.map((i) => chunks[i].text), context);
    members.forEach((i, k) => (out[i] = proses[k]));
  }
  return out;
}

/** One chunk's prose. The editor's sessions parse chunk by chunk: one short parse per unit of work (see incremental.ts). */
export function chunkProse(chunk: string, context: string): ChunkProse {
  return chunkProses([{ text: chunk, context }])[0];
}

/** Chunks joined by blank lines, the context after them, parsed once; each chunk's blocks and spans back in its own offsets. */
function parseTogether(texts: readonly string[], context: string): ChunkProse[] {
  const starts: number[] = [];
  let source = '';
  for (const text of texts) {
    if (starts.length) source += '\n\n';
    starts.push(source.length);
    source += text;
  }
  source += context;
  const htmlSpans: Span[] = [];
  const blocks = markdownBlocks(source, htmlSpans);
  const out = texts.map((): ChunkProse => ({ blocks: [], htmlSpans: [] }));
  // Both lists come in document order, so each walk through the chunks only moves forward.
  // Whatever lies past the last chunk is the context's (its definitions): not this document's prose.
  const chunkFinder = () => {
    let k = 0;
    return (offset: number): number => {
      while (k + 1 < starts.length && starts[k + 1] <= offset) k++;
      return offset < starts[k] + texts[k].length ? k : -1;
    };
  };
  const blockChunk = chunkFinder();
  for (const block of blocks) {
    const k = blockChunk(block.offset);
    if (k >= 0) out[k].blocks.push(...splitLongBlock({ offset: block.offset - starts[k], text: block.text }));
  }
  const spanChunk = chunkFinder();
  for (const span of htmlSpans) {
    const k = spanChunk(span.start);
    if (k >= 0) out[k].htmlSpans.push({ start: span.start - starts[k], end: span.end - starts[k] });
  }
  return out;
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
