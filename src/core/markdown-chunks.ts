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
 * Link reference and footnote definitions reach across the whole document. Their labels are
 * collected and appended to each chunk's parse (`suffix`), after the chunk's own text, so
 * `[label]` reads the same as in a whole-document parse. A definition we cannot read with
 * certainty makes the whole document one chunk.
 */
export interface MarkdownChunk {
  /** Where the chunk starts in the document. */
  offset: number;
  text: string;
}

export interface MarkdownChunks {
  chunks: MarkdownChunk[];
  /** Appended (after a blank line) to every chunk before parsing: the document's definitions. */
  suffix: string;
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
const FENCE_OPEN = /^(`{3,}|~{3,})/;
/** A definition we understand: label, destination, optional one-line title, nothing else. */
const LINK_DEFINITION = /^ {0,3}\[([^\]\[\\]+)\]:[ \t]*(?:<[^<>\n]*>|[^\s<][^\s]*)(?:[ \t]+(?:"[^"]*"|'[^']*'|\([^()]*\)))?[ \t]*$/;
const FOOTNOTE_DEFINITION = /^ {0,3}\[\^([^\]\[\\\s]+)\]:/;
/** Anything that might be a definition (inside containers, indented, multi-line…). */
const DEFINITION_LIKE = /^[ \t>]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)*\[[^\]]*\]:/;

export function markdownChunks(text: string): MarkdownChunks {
  const whole = { chunks: [{ offset: 0, text }], suffix: '' };
  const chunks: MarkdownChunk[] = [];
  const definitions: string[] = [];
  let state: State = { kind: 'top' };
  let chunkStart = 0;
  // Start of the blank run that may end the current chunk, or -1.
  let blankStart = -1;
  let previousBlank = true;
  let previousDefinition = false;
  let lineStart = 0;
  let first = true;
  while (lineStart < text.length) {
    let lineEnd = lineStart;
    while (lineEnd < text.length && text[lineEnd] !== '\n' && text[lineEnd] !== '\r') lineEnd++;
    const next = text[lineEnd] === '\r' && text[lineEnd + 1] === '\n' ? lineEnd + 2 : lineEnd + 1;
    const line = text.slice(lineStart, lineEnd);
    const blank = isBlankLine(line);

    if (state.kind === 'top' && blank) {
      if (blankStart < 0) blankStart = lineStart;
    } else {
      if (state.kind === 'top' && blankStart >= 0 && canStartChunk(line)) {
        chunks.push({ offset: chunkStart, text: text.slice(chunkStart, blankStart) });
        chunkStart = lineStart;
      }
      blankStart = -1;
      if (state.kind === 'top' && !blank) {
        const definition = readDefinition(line, previousBlank || previousDefinition);
        if (definition === undefined) return whole;
        if (definition) definitions.push(definition);
        previousDefinition = definition !== '';
      }
      state = nextState(state, line, first);
    }
    previousBlank = blank;
    first = false;
    lineStart = next;
  }
  if (state.kind !== 'top' && definitions.length) return whole; // the suffix would land inside it
  chunks.push({ offset: chunkStart, text: text.slice(chunkStart, blankStart >= 0 ? blankStart : text.length) });
  return { chunks, suffix: definitions.length ? '\n\n' + definitions.join('\n\n') + '\n' : '' };
}

function isBlankLine(line: string): boolean {
  for (let i = 0; i < line.length; i++) if (line[i] !== ' ' && line[i] !== '\t') return false;
  return true;
}

/** After blank lines, only an unindented line that cannot open front matter starts a new chunk. */
function canStartChunk(line: string): boolean {
  const ch = line[0];
  if (ch === ' ' || ch === '\t') return false;
  return !line.startsWith('---') && !line.startsWith('+++');
}

/**
 * A definition line as a normalised stand-in (`[label]: #`), '' when the line is not one,
 * undefined when it might be one that we cannot read with certainty.
 */
function readDefinition(line: string, canStartBlock: boolean): string | undefined {
  if (!line.includes(']:')) return '';
  if (!DEFINITION_LIKE.test(line)) return '';
  if (!canStartBlock) return undefined;
  const footnote = FOOTNOTE_DEFINITION.exec(line);
  if (footnote) return `[^${footnote[1]}]: x`;
  const link = LINK_DEFINITION.exec(line);
  return link ? `[${link[1]}]: #` : undefined;
}

function nextState(state: State, line: string, first: boolean): State {
  switch (state.kind) {
    case 'frontMatter':
      return line.trimEnd() === state.marker ? { kind: 'top' } : state;
    case 'fence': {
      const body = line.replace(CONTAINER_PREFIX, '');
      const close = FENCE_OPEN.exec(body);
      const closes = close && close[1][0] === state.char && close[1].length >= state.length && isBlankLine(body.slice(close[1].length));
      return closes ? { kind: 'top' } : state;
    }
    case 'html':
      return state.end.test(line) ? { kind: 'top' } : state;
    case 'top': {
      const marker = line.trimEnd();
      if (first && (marker === '---' || marker === '+++')) return { kind: 'frontMatter', marker };
      const body = line.replace(CONTAINER_PREFIX, '');
      const fence = FENCE_OPEN.exec(body);
      if (fence) return { kind: 'fence', char: fence[1][0], length: fence[1].length };
      for (const html of HTML_BLOCKS) {
        if (html.start.test(body)) return html.end.test(body.slice(2)) ? state : { kind: 'html', end: html.end };
      }
      return state;
    }
  }
}
