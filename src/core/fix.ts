import type { Finding } from './types';

export interface TextEdit {
  offset: number;
  length: number;
  newText: string;
}

/**
 * The edit that applies one suggestion. A deletion also takes one neighbouring space, so it
 * leaves no double space behind (as Vale's language server does).
 */
export function suggestionEdit(text: string, finding: Finding, suggestion: string): TextEdit {
  let offset = finding.offset;
  let length = finding.length;
  if (suggestion === '') {
    if (text[offset + length] === ' ') length++;
    else if (text[offset - 1] === ' ') {
      offset--;
      length++;
    }
  }
  return { offset, length, newText: suggestion };
}

/** The first suggestion of every finding that has one, skipping any that overlap an earlier edit. */
export function fixAllEdits(text: string, findings: readonly Finding[]): TextEdit[] {
  const edits: TextEdit[] = [];
  let end = -1;
  const sorted = [...findings].sort((a, b) => a.offset - b.offset || b.length - a.length);
  for (const finding of sorted) {
    if (!finding.suggestions.length) continue;
    const edit = suggestionEdit(text, finding, finding.suggestions[0]);
    if (edit.offset < end) continue;
    edits.push(edit);
    end = edit.offset + edit.length;
  }
  return edits;
}

/** Applies non-overlapping edits back to front, so earlier offsets stay valid. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  for (const edit of [...edits].sort((a, b) => b.offset - a.offset)) {
    out = out.slice(0, edit.offset) + edit.newText + out.slice(edit.offset + edit.length);
  }
  return out;
}

/**
 * A fix can reveal another: a rewrite may read as another rule's phrase ("Everyone will follow"
 * → "Please follow" → "Please start from"), or an overlapping finding skipped in one pass applies
 * in the next. Fixing therefore repeats until nothing changes, as `eslint --fix` does (10 passes
 * there too). The cap guards against suggestions that undo each other.
 */
export const MAX_FIX_PASSES = 10;

export interface FixPass {
  /** The text this pass was computed for. */
  text: string;
  /** The findings of that text the pass fixed from. */
  findings: readonly Finding[];
  /** The edits applied (offsets into `text`). */
  edits: readonly TextEdit[];
}

export interface FixedPoint {
  /** The text after the last pass. */
  text: string;
  /** What `findingsOf` returned for that text (undefined only if it was never asked, i.e. never). */
  findings: readonly Finding[];
  passes: FixPass[];
  /** False when the cap was reached with edits still to make (suggestions that cycle). */
  converged: boolean;
}

/**
 * Applies fix-all (`fixAllEdits` on `findingsOf(text)`) until the text stops changing.
 * `findingsOf` decides what may be fixed (e.g. only what a person is shown); the CLI and the
 * editor both use this, so "Fix all" twice gives the same text as once, like `--fix` twice.
 */
export function fixToFixedPoint(
  original: string,
  findingsOf: (text: string) => readonly Finding[],
  maxPasses = MAX_FIX_PASSES,
): FixedPoint {
  let text = original;
  let findings = findingsOf(text);
  const passes: FixPass[] = [];
  for (let pass = 0; pass < maxPasses; pass++) {
    const edits = fixAllEdits(text, findings);
    if (!edits.length) return { text, findings, passes, converged: true };
    const next = applyEdits(text, edits);
    if (next === text) return { text, findings, passes, converged: true };
    passes.push({ text, findings, edits });
    text = next;
    findings = findingsOf(text);
  }
  return { text, findings, passes, converged: fixAllEdits(text, findings).length === 0 };
}

/**
 * One edit that turns `before` into `after`, touching only the changed middle (common prefix and
 * suffix left alone), so an editor replaces just that range. Its ends never split a surrogate
 * pair or a CRLF, which an editor would otherwise move. Undefined when the texts are equal.
 */
export function minimalEdit(before: string, after: string): TextEdit | undefined {
  if (before === after) return undefined;
  const max = Math.min(before.length, after.length);
  let start = 0;
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = 0; // Length of the common suffix, not overlapping the prefix in either text.
  while (end < max - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
  while (start > 0 && splitsPair(before, start)) start--;
  while (end > 0 && splitsPair(before, before.length - end)) end--;
  return { offset: start, length: before.length - end - start, newText: after.slice(start, after.length - end) };
}

/** Whether `offset` falls inside a surrogate pair or between the CR and LF of a line break. */
function splitsPair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const prev = text.charCodeAt(offset - 1);
  const next = text.charCodeAt(offset);
  return (prev >= 0xd800 && prev <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) || (prev === 13 && next === 10);
}
