import type { Nodes, Parents, Text } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import { type ProseBlock, type Span, WALL, isBlank } from './prose-block';

/** Nodes whose text is prose. Everything else (code, HTML, images, math…) is masked out. */
const PROSE_CONTAINERS = new Set(['paragraph', 'heading', 'tableCell']);
const PROSE_INLINES = new Set(['emphasis', 'strong', 'delete', 'link', 'linkReference']);

/**
 * The prose of a Markdown document, block by block: headings, paragraphs, list items, table
 * cells, emphasis and link text. Code, front matter, HTML, URLs and link destinations never
 * reach the analyser. Offsets come from micromark's positions, which count UTF-16 code units.
 */
export function markdownBlocks(source: string, htmlSpans?: Span[], { gfm = true } = {}): ProseBlock[] {
  const tree = fromMarkdown(source, gfm ? withGfm() : commonMark());
  const blocks: ProseBlock[] = [];
  visitContainers(tree, (container) => {
    const start = container.position?.start.offset;
    const end = container.position?.end.offset;
    if (start === undefined || end === undefined) return;
    const chars = new Array<string>(end - start).fill(' ');
    collectText(container, (text) => copyProse(source, text, start, chars), (node) => fillWall(node, start, chars));
    const masked = chars.join('');
    if (!isBlank(masked)) blocks.push({ offset: start, text: masked });
  });
  if (htmlSpans) collectHtml(tree, htmlSpans);
  return blocks;
}

/** Where raw HTML sits (block or inline; never inside code): inline-disable comments live there. */
function collectHtml(node: Nodes, out: Span[]): void {
  if (node.type === 'html') {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start !== undefined && end !== undefined) out.push({ start, end });
  } else if ('children' in node) for (const child of node.children) collectHtml(child, out);
}

type ParseOptions = Parameters<typeof fromMarkdown>[1];
let gfmOptions: ParseOptions | undefined;
let commonMarkOptions: ParseOptions | undefined;

/** Built once: the document is parsed chunk by chunk, and building the extensions costs per call. */
function withGfm(): ParseOptions {
  gfmOptions ??= {
    extensions: [gfm(), frontmatter(['yaml', 'toml'])],
    mdastExtensions: [gfmFromMarkdown(), frontmatterFromMarkdown(['yaml', 'toml'])],
  };
  return gfmOptions;
}

function commonMark(): ParseOptions {
  commonMarkOptions ??= { extensions: [frontmatter(['yaml', 'toml'])], mdastExtensions: [frontmatterFromMarkdown(['yaml', 'toml'])] };
  return commonMarkOptions;
}

/**
 * What GFM adds to CommonMark, by the characters each addition needs: tables `|`,
 * strikethrough `~`, footnotes `[^`, task list items `[ ]` `[x]`, autolinks without brackets
 * (`www.`, `://`, an email's `@`). Text with none of them parses the same without GFM, at
 * less than half the cost (micromark tries GFM's constructs at every character).
 */
const GFM_SYNTAX = /[|~@]|\[[\^ xX]|www\.|:\/\//i;

export function mayUseGfm(source: string): boolean {
  return GFM_SYNTAX.test(source);
}

function visitContainers(node: Nodes, onContainer: (node: Parents) => void): void {
  if (PROSE_CONTAINERS.has(node.type)) {
    onContainer(node as Parents);
    return;
  }
  if ('children' in node) for (const child of node.children) visitContainers(child, onContainer);
}

function collectText(node: Parents, onText: (text: Text) => void, onNonProse: (node: Nodes) => void): void {
  for (const child of node.children) {
    if (child.type === 'text') onText(child);
    else if (PROSE_INLINES.has(child.type) && !isBareUrl(child)) collectText(child as Parents, onText, onNonProse);
    else if (child.type !== 'break') onNonProse(child);
  }
}

/** Masks inline code, HTML, images and bare URLs with WALL (see prose-block.ts), not spaces. */
function fillWall(node: Nodes, blockStart: number, chars: string[]): void {
  const from = node.position?.start.offset;
  const to = node.position?.end.offset;
  if (from === undefined || to === undefined) return;
  for (let i = Math.max(from, blockStart); i < to && i - blockStart < chars.length; i++) chars[i - blockStart] = WALL;
}

/** A GFM autolink literal (`www.example.com`) shows its URL as its text: that is not prose. */
function isBareUrl(node: Nodes): boolean {
  if (node.type !== 'link' || node.children.length !== 1) return false;
  const only = node.children[0];
  if (only.type !== 'text') return false;
  const url = node.url.toLowerCase();
  const text = only.value.toLowerCase();
  return url === text || url.endsWith('//' + text) || url === 'mailto:' + text || text.startsWith('http');
}

/**
 * Copies a text node's characters from the source into the block. The node's value differs
 * from its source slice where Markdown removed something (escapes, entity names, blockquote
 * markers and indentation on continuation lines): walking both keeps the characters they
 * share and masks the rest, so offsets stay exact.
 */
function copyProse(source: string, text: Text, blockStart: number, chars: string[]): void {
  const from = text.position?.start.offset;
  const to = text.position?.end.offset;
  if (from === undefined || to === undefined) return;
  const value = text.value;
  let v = 0;
  for (let i = from; i < to; i++) {
    const ch = source[i];
    if (v < value.length && (ch === value[v] || (isLineBreak(ch) && isLineBreak(value[v])))) {
      chars[i - blockStart] = ch === WALL ? ' ' : ch;
      v++;
    }
  }
}

function isLineBreak(ch: string | undefined): boolean {
  return ch === '\n' || ch === '\r';
}
