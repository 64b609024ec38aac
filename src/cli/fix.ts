import { type AnalysisResult, type AnalyzeOptions, type Finding, type TextEdit, analyze, applyEdits, fixAllEdits, suggestionEdit } from '../core';
import { LineIndex, type Position } from './positions';

/** One replacement --fix made, located in the text as it was when the edit was applied. */
export interface AppliedFix {
  ruleId: string;
  start: Position;
  before: string;
  after: string;
}

export interface FixOutcome {
  text: string;
  /** The analysis of the fixed text: what is left to report. */
  result: AnalysisResult;
  fixes: AppliedFix[];
}

/**
 * A fix can reveal another (an overlapping finding skipped in one pass can apply in the next),
 * so fixing repeats until nothing changes, as `eslint --fix` does. The cap guards against two
 * suggestions that undo each other; running --fix twice then gives the same text as once.
 */
const MAX_PASSES = 10;

export function fixText(original: string, options: AnalyzeOptions): FixOutcome {
  let text = original;
  let result = analyze(text, options);
  const fixes: AppliedFix[] = [];
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const edits = fixAllEdits(text, result.findings);
    if (!edits.length) break;
    const next = applyEdits(text, edits);
    if (next === text) break;
    const lines = new LineIndex(text);
    for (const edit of edits) {
      const finding = findingFor(text, edit, result.findings);
      fixes.push({
        ruleId: finding?.ruleId ?? '',
        start: lines.position(edit.offset),
        before: text.slice(edit.offset, edit.offset + edit.length),
        after: edit.newText,
      });
    }
    text = next;
    result = analyze(text, options);
  }
  return { text, result, fixes };
}

/** The finding an edit of `fixAllEdits` came from (its first suggestion, possibly widened by a space). */
function findingFor(text: string, edit: TextEdit, findings: readonly Finding[]): Finding | undefined {
  return findings.find((finding) => {
    if (!finding.suggestions.length) return false;
    const own = suggestionEdit(text, finding, finding.suggestions[0]);
    return own.offset === edit.offset && own.length === edit.length && own.newText === edit.newText;
  });
}
