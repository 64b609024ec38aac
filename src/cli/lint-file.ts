import { writeFileSync } from 'node:fs';
import { type AnalysisResult, type AnalyzeOptions, analyze } from '../core';
import { type AppliedFix, fixText } from './fix';
import { type TextSource, withBom } from './read-input';

export interface LintedText {
  /** The text the result describes: the fixed text once --fix has written it. */
  text: string;
  result: AnalysisResult;
  /** With --fix: the replacements written (none when the write failed). */
  fixes?: AppliedFix[];
  /** With --fix: why the fixed text could not be written. */
  writeError?: string;
}

/** Analyses one file's text; with `fix`, also rewrites the file, and only when something changed. */
export function lintText(source: TextSource, path: string, options: AnalyzeOptions, fix: boolean): LintedText {
  if (!fix) return { text: source.text, result: analyze(source.text, options) };
  const fixed = fixText(source.text, options);
  if (fixed.text === source.text) return { text: source.text, result: fixed.result, fixes: [] };
  try {
    writeFileSync(path, withBom(source, fixed.text));
    return { text: fixed.text, result: fixed.result, fixes: fixed.fixes };
  } catch (error) {
    return { text: source.text, result: analyze(source.text, options), fixes: [], writeError: `cannot write the fixes: ${(error as Error).message}` };
  }
}
