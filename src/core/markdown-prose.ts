import type { SyntaxNode } from '@lezer/common';
import { GFM, parser } from '@lezer/markdown';
import { type ProseBlock, type Span, WALL, isBlank } from './prose-block';

/**
 * CodeMirror's Markdown parser (CommonMark, with GFM's tables, task lists, strikethrough and
 * autolinks). Its nodes carry exact positions in UTF-16 code units, and it parses about eight
 * times faster than micromark, which was a quarter of a first analysis. Unlike CommonMark it
 * does not check that a link reference (`[text][ref]`, `[text]`) is defined: either way it is
 * read as a link, its text prose and its brackets markup.
 */
const markdown = parser.configure(GFM);

/** Nodes whose text is prose. Everything else (code, HTML, images…) is masked out. */
const PROSE_CONTAINERS = new Set(['Paragraph', 'ATXHeading1', 'ATXHeading2', 'ATXHeading3', 'ATXHeading4', 'ATXHeading5', 'ATXHeading6', 'SetextHeading1', 'SetextHeading2', 'TableCell', 'Task']);
/** Markup inside prose, read as spaces: markers, link destinations and titles, hard breaks, entities. */
const MARKUP = new Set(['HeaderMark', 'EmphasisMark', 'StrikethroughMark', 'LinkMark', 'QuoteMark', 'ListMark', 'TaskMarker', 'TableDelimiter', 'HardBreak', 'LinkTitle', 'LinkLabel', 'Entity']);
/** Not prose but sitting inside it: masked with WALL (see prose-block.ts) so no match reaches across. */
const NOT_PROSE = new Set(['InlineCode', 'HTMLTag', 'Comment', 'ProcessingInstruction', 'Image', 'Autolink']);
/** Raw HTML, block or inline (never inside code): inline-disable comments live there. */
const HTML = new Set(['HTMLBlock', 'CommentBlock', 'ProcessingInstructionBlock', 'HTMLTag', 'Comment', 'ProcessingInstruction']);

/**
 * The prose of a Markdown document, block by block: headings, paragraphs, list items, table
 * cells, emphasis and link text. Code, front matter, HTML, URLs and link destinations never
 * reach the analyser.
 */
export function markdownBlocks(source: string, htmlSpans?: Span[]): ProseBlock[] {
  const tree = markdown.parse(withoutFrontMatter(source));
  const blocks: ProseBlock[] = [];
  tree.iterate({
    enter: (node) => {
      if (HTML.has(node.name)) htmlSpans?.push({ start: node.from, end: node.to });
      if (!PROSE_CONTAINERS.has(node.name)) return true;
      const chars: string[] = [];
      for (let i = node.from; i < node.to; i++) chars.push(source[i] === WALL ? ' ' : source[i]);
      maskInside(node.node, node.from, chars);
      const text = chars.join('');
      if (!isBlank(text)) blocks.push({ offset: node.from, text });
      // Inline HTML inside prose still counts as HTML.
      if (htmlSpans) collectHtml(node.node, htmlSpans);
      return false;
    },
  });
  return blocks;
}

/** Masks a prose node's markup with spaces and whatever is not prose with WALL; text between them stays. */
function maskInside(parent: SyntaxNode, blockStart: number, chars: string[]): void {
  for (let child = parent.firstChild; child; child = child.nextSibling) {
    const name = child.name;
    if (MARKUP.has(name)) fill(chars, child.from - blockStart, child.to - blockStart, ' ');
    else if (NOT_PROSE.has(name) || (name === 'URL' && parent.name !== 'Link')) fill(chars, child.from - blockStart, child.to - blockStart, WALL);
    else if (name === 'URL') fill(chars, child.from - blockStart, child.to - blockStart, ' ');
    else if (name === 'Escape') chars[child.from - blockStart] = ' ';
    else maskInside(child, blockStart, chars);
  }
}

function fill(chars: string[], from: number, to: number, ch: string): void {
  for (let i = Math.max(0, from); i < to && i < chars.length; i++) chars[i] = ch;
}

function collectHtml(node: SyntaxNode, out: Span[]): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (HTML.has(child.name)) out.push({ start: child.from, end: child.to });
    else collectHtml(child, out);
  }
}

/**
 * The source with its front matter (YAML `---` or TOML `+++` fences on the first line and a
 * later line) blanked, newlines kept: the parser reads blank lines there, and every offset
 * after it is unchanged.
 */
function withoutFrontMatter(source: string): string {
  const end = frontMatterEnd(source);
  if (end === 0) return source;
  return source.slice(0, end).replace(/[^\r\n]/g, ' ') + source.slice(end);
}

/** Where front matter ends (after its closing fence line), or 0 when the source has none. */
function frontMatterEnd(source: string): number {
  const marker = source.slice(0, 3);
  if (marker !== '---' && marker !== '+++') return 0;
  const isFence = (line: string) => line.startsWith(marker) && line.slice(3).trim() === '';
  let lineStart = 0;
  while (lineStart < source.length) {
    let lineEnd = source.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = source.length;
    const line = source.slice(lineStart, lineEnd);
    if (!isFence(line)) {
      if (lineStart === 0) return 0;
    } else if (lineStart > 0) return lineEnd;
    lineStart = lineEnd + 1;
  }
  return 0;
}
