import { isMarkdown } from './prose';
import type { Span } from './prose-block';

/**
 * Inline comments that silence leadlint in part of a document:
 *
 *   <!-- leadlint-disable -->                 everything, until leadlint-enable
 *   <!-- leadlint-disable rule-a rule-b -->   only these rules, until they are enabled again
 *   <!-- leadlint-enable [rule…] -->          all rules again, or only the ones named
 *   <!-- leadlint-disable-next-line [rule…] -->  the line after the comment
 *
 * In Markdown they count wherever raw HTML does (so never inside code, where a README shows
 * them as examples); in plain text, when the comment stands alone on its line.
 */
export type DirectiveKind = 'disable' | 'enable' | 'disable-next-line';

export interface InlineDirective {
  kind: DirectiveKind;
  /** Empty means every rule. */
  ruleIds: string[];
  /** The comment's own range in the document. */
  start: number;
  end: number;
}

const KEYWORDS: Record<string, DirectiveKind> = {
  'leadlint-disable': 'disable',
  'leadlint-enable': 'enable',
  'leadlint-disable-next-line': 'disable-next-line',
};

const OPEN = '<!--';
const CLOSE = '-->';

/** Tells whether a finding of `ruleId` at `offset` has been silenced by a comment. */
export type DisabledCheck = (offset: number, ruleId: string) => boolean;

const NOTHING_DISABLED: DisabledCheck = () => false;

/**
 * `htmlSpans` are where a Markdown parse found raw HTML (see `proseBlocks`); plain text is
 * scanned line by line.
 */
export function findDirectives(text: string, languageId: string | undefined, htmlSpans: readonly Span[] = []): InlineDirective[] {
  const directives: InlineDirective[] = [];
  if (!text.includes('leadlint-')) return directives;
  if (isMarkdown(languageId)) {
    for (const span of htmlSpans) scanComments(text, span, directives);
  } else {
    for (const line of lines(text)) {
      const trimmed = trimSpan(text, line);
      const body = text.slice(trimmed.start, trimmed.end);
      if (body.startsWith(OPEN) && body.endsWith(CLOSE) && body.indexOf(CLOSE) === body.length - CLOSE.length) {
        scanComments(text, trimmed, directives);
      }
    }
  }
  return directives.sort((a, b) => a.start - b.start);
}

/** Builds the check `analyze` uses to drop silenced findings. */
export function disabledCheck(text: string, directives: readonly InlineDirective[]): DisabledCheck {
  if (!directives.length) return NOTHING_DISABLED;
  const toggles = directives.filter((d) => d.kind !== 'disable-next-line');
  const nextLines = directives
    .filter((d) => d.kind === 'disable-next-line')
    .map((d) => ({ ...lineAfter(text, d.end), ruleIds: d.ruleIds }));
  return (offset, ruleId) => {
    const names = (ids: string[]) => !ids.length || ids.includes(ruleId);
    if (nextLines.some((line) => offset >= line.start && offset < line.end && names(line.ruleIds))) return true;
    // The last toggle before the finding that concerns its rule decides.
    let disabled = false;
    for (const toggle of toggles) {
      if (toggle.end > offset) break;
      if (names(toggle.ruleIds)) disabled = toggle.kind === 'disable';
    }
    return disabled;
  };
}

function scanComments(text: string, span: Span, out: InlineDirective[]): void {
  let from = span.start;
  for (;;) {
    const open = text.indexOf(OPEN, from);
    if (open < 0 || open >= span.end) return;
    const close = text.indexOf(CLOSE, open + OPEN.length);
    if (close < 0 || close + CLOSE.length > span.end) return;
    const end = close + CLOSE.length;
    const directive = parseDirective(text.slice(open + OPEN.length, close), open, end);
    if (directive) out.push(directive);
    from = end;
  }
}

function parseDirective(body: string, start: number, end: number): InlineDirective | undefined {
  const words = body.split(/[\s,]+/).filter(Boolean);
  const kind = words.length ? KEYWORDS[words[0]] : undefined;
  return kind ? { kind, ruleIds: words.slice(1), start, end } : undefined;
}

/** The lines of a text as spans without their line breaks (\n, \r\n or \r). */
function lines(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch !== '\n' && ch !== '\r') continue;
    out.push({ start, end: i });
    if (ch === '\r' && text[i + 1] === '\n') i++;
    start = i + 1;
  }
  out.push({ start, end: text.length });
  return out;
}

/** The whole line that follows the one holding `offset`. */
function lineAfter(text: string, offset: number): Span {
  let i = offset;
  while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
  if (text[i] === '\r' && text[i + 1] === '\n') i++;
  const start = Math.min(i + 1, text.length);
  let end = start;
  while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
  return { start, end };
}

function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && isBlankChar(text[start])) start++;
  while (end > start && isBlankChar(text[end - 1])) end--;
  return { start, end };
}

function isBlankChar(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\ufeff';
}
