/**
 * Splits a Markdown document into chunks that Markdown parses independently, with one cheap
 * line scan, so an edit re-parses one chunk instead of the whole document and no parse ever
 * holds the whole document's tree.
 *
 * A chunk ends at a run of blank lines, unless something can continue across it: a fenced
 * code block, an HTML block of the kinds that end at a marker (comments, <pre>, <script>…),
 * front matter, or an indented line (list-item continuation, indented code). A chunk never
 * starts with `---` / `+++` (it would read as front matter there). Whenever the scan is unsure
 * it does not split: a larger chunk is only slower, never wrong.
 *
 * Link reference definitions reach across the document in CommonMark, but the parser
 * (markdown-prose.ts) reads `[text]` as a link whether or not it is defined, so a chunk's
 * prose depends on its own text only.
 */
export interface MarkdownChunk {
  /** Where the chunk starts in the document. */
  offset: number;
  text: string;
}

type State =
  | { kind: 'top' }
  | { kind: 'fence'; char: string; length: number }
  | { kind: 'html'; end: RegExp }
  | { kind: 'frontMatter'; marker: string };

/** Block-level HTML that may contain blank lines, with the marker that ends it (CommonMark kinds 1–5). */
const HTML_BLOCKS: readonly { start: RegExp; end: RegExp }[] = [
  { start: /^<(?:script|pre|style|textarea)(?:[\s>]|$)/i, end: /<\/(?:script|pre|style|textarea)>/i },
  { start: /^<!--/, end: /-->/ },
  { start: /^<\?/, end: /\?>/ },
  { start: /^<![A-Za-z]/, end: />/ },
  { start: /^<!\[CDATA\[/, end: /\]\]>/ },
];

/** Container markers a line may start with: blockquote `>`, list bullets and numbers, indentation. */
const CONTAINER_PREFIX = /^(?:[ \t]*(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)))*[ \t]*/;
const CONTAINER_START = new Set([' ', '\t', '>', '-', '*', '+']);
const FENCE_OPEN = /^(`{3,}|~{3,})/;

export function markdownChunks(text: string, previous?: { text: string; chunks: readonly MarkdownChunk[] }): MarkdownChunk[] {
  return (previous && rescan(text, previous.text, previous.chunks)) ?? scan(text, 0, undefined);
}

/**
 * After an edit, rescans only around it: from the chunk before the first changed character
 * until a chunk starts, inside the unchanged tail, where an old chunk started. At a chunk
 * start the scanner's state is always the same (top level, after a blank line), so from
 * there on the old chunks, shifted, are what a full scan would find.
 */
function rescan(text: string, oldText: string, old: readonly MarkdownChunk[]): MarkdownChunk[] | undefined {
  const shorter = Math.min(text.length, oldText.length);
  // Compare 4 KB at a time (native string comparison), then character by character.
  let prefix = 0;
  while (prefix + STRIDE <= shorter && text.slice(prefix, prefix + STRIDE) === oldText.slice(prefix, prefix + STRIDE)) prefix += STRIDE;
  while (prefix < shorter && text.charCodeAt(prefix) === oldText.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  const tailOf = (s: string, n: number) => s.slice(s.length - n - STRIDE, s.length - n);
  while (suffix + STRIDE <= shorter - prefix && tailOf(text, suffix) === tailOf(oldText, suffix)) suffix += STRIDE;
  while (suffix < shorter - prefix && text.charCodeAt(text.length - 1 - suffix) === oldText.charCodeAt(oldText.length - 1 - suffix)) suffix++;
  // The chunk holding the first change, then one more back: its first line is wholly unchanged.
  let k = 0;
  while (k + 1 < old.length && old[k + 1].offset <= prefix) k++;
  k = Math.max(0, k - 1);
  if (k === 0) return undefined;
  const tail = { old, delta: text.length - oldText.length, from: text.length - suffix };
  return old.slice(0, k).concat(scan(text, old[k].offset, tail));
}

const STRIDE = 4096;

interface Tail {
  old: readonly MarkdownChunk[];
  delta: number;
  /** Where the unchanged tail starts in the new text. */
  from: number;
}

/** Scans from `start` (0, or where a chunk starts); with `tail`, stops once it can reuse the old chunks. */
function scan(text: string, start: number, tail: Tail | undefined): MarkdownChunk[] {
  const chunks: MarkdownChunk[] = [];
  let state: State = { kind: 'top' };
  let chunkStart = start;
  // Start of the blank run that may end the current chunk, or -1.
  let blankStart = -1;
  let lineStart = start;
  let first = start === 0;
  // Old chunks by start offset, for finding where the scan meets them again.
  let oldIndex = 0;
  while (lineStart < text.length) {
    let lineEnd = lineStart;
    // charCodeAt, not text[i]: no one-character strings (this loop reads every character of a large document).
    for (let c = text.charCodeAt(lineEnd); lineEnd < text.length && c !== 10 && c !== 13; c = text.charCodeAt(++lineEnd));
    const next = text.charCodeAt(lineEnd) === 13 && text.charCodeAt(lineEnd + 1) === 10 ? lineEnd + 2 : lineEnd + 1;
    const line = text.slice(lineStart, lineEnd);
    const blank = isBlankLine(line);

    if (state.kind === 'top' && blank) {
      if (blankStart < 0) blankStart = lineStart;
    } else {
      if (state.kind === 'top' && blankStart >= 0 && canStartChunk(line)) {
        chunks.push({ offset: chunkStart, text: text.slice(chunkStart, blankStart) });
        chunkStart = lineStart;
        if (tail && lineStart >= tail.from) {
          const at = lineStart - tail.delta;
          while (oldIndex < tail.old.length && tail.old[oldIndex].offset < at) oldIndex++;
          if (tail.old[oldIndex]?.offset === at) {
            const rest = tail.old.slice(oldIndex).map((chunk) => ({ offset: chunk.offset + tail.delta, text: chunk.text }));
            return chunks.concat(rest);
          }
        }
      }
      blankStart = -1;
      state = nextState(state, line, first);
    }
    first = false;
    lineStart = next;
  }
  chunks.push({ offset: chunkStart, text: text.slice(chunkStart, blankStart >= 0 ? blankStart : text.length) });
  return chunks;
}

function isBlankLine(line: string): boolean {
  for (let i = 0; i < line.length; i++) if (line.charCodeAt(i) !== 32 && line.charCodeAt(i) !== 9) return false;
  return true;
}

/** After blank lines, only an unindented line that cannot open front matter starts a new chunk. */
function canStartChunk(line: string): boolean {
  const ch = line[0];
  if (ch === ' ' || ch === '\t') return false;
  return !line.startsWith('---') && !line.startsWith('+++');
}

/** Most lines start with a letter: only run the container regex when a marker could be there. */
function stripContainers(line: string): string {
  const ch = line[0];
  if (ch === undefined || !CONTAINER_START.has(ch) && !(ch >= '0' && ch <= '9')) return line;
  return line.replace(CONTAINER_PREFIX, '');
}

function nextState(state: State, line: string, first: boolean): State {
  switch (state.kind) {
    case 'frontMatter':
      return line.trimEnd() === state.marker ? { kind: 'top' } : state;
    case 'fence': {
      const body = stripContainers(line);
      const close = FENCE_OPEN.exec(body);
      const closes = close && close[1][0] === state.char && close[1].length >= state.length && isBlankLine(body.slice(close[1].length));
      return closes ? { kind: 'top' } : state;
    }
    case 'html':
      return state.end.test(line) ? { kind: 'top' } : state;
    case 'top': {
      const marker = first ? line.trimEnd() : '';
      if (marker === '---' || marker === '+++') return { kind: 'frontMatter', marker };
      const body = stripContainers(line);
      const fence = FENCE_OPEN.exec(body);
      // A backtick fence's info string cannot hold a backtick: "```a ```" is inline code.
      if (fence && !(fence[1][0] === '`' && body.includes('`', fence[1].length))) return { kind: 'fence', char: fence[1][0], length: fence[1].length };
      if (body[0] !== '<') return state;
      for (const html of HTML_BLOCKS) {
        if (html.start.test(body)) return html.end.test(body.slice(2)) ? state : { kind: 'html', end: html.end };
      }
      return state;
    }
  }
}
