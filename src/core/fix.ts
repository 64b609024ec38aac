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
