import { type AnalysisResult, type AnalyzeOptions, type Finding, type TextEdit, analyze, fixToFixedPoint, suggestionEdit } from '../core';
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
 * Fixes to a fixed point (`fixToFixedPoint` in the core, which the editor's "Fix all" uses too),
 * so running --fix twice gives the same text as once.
 */
export function fixText(original: string, options: AnalyzeOptions): FixOutcome {
  let result: AnalysisResult | undefined;
  const fixed = fixToFixedPoint(original, (text) => (result = analyze(text, options)).findings);
  const fixes: AppliedFix[] = [];
  for (const pass of fixed.passes) {
    const lines = new LineIndex(pass.text);
    for (const edit of pass.edits) {
      const finding = findingFor(pass.text, edit, pass.findings);
      fixes.push({
        ruleId: finding?.ruleId ?? '',
        start: lines.position(edit.offset),
        before: pass.text.slice(edit.offset, edit.offset + edit.length),
        after: edit.newText,
      });
    }
  }
  // The last call of the callback was for the final text.
  return { text: fixed.text, result: result!, fixes };
}

/** The finding an edit of `fixAllEdits` came from (its first suggestion, possibly widened by a space). */
function findingFor(text: string, edit: TextEdit, findings: readonly Finding[]): Finding | undefined {
  return findings.find((finding) => {
    if (!finding.suggestions.length) return false;
    const own = suggestionEdit(text, finding, finding.suggestions[0]);
    return own.offset === edit.offset && own.length === edit.length && own.newText === edit.newText;
  });
}
