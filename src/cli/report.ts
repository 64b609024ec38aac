import type { AnalysisResult, Finding, LexiconRule } from '../core';
import type { AppliedFix } from './fix';
import type { LineIndex } from './positions';

/** One analysed file, as every formatter sees it. */
export interface FileReport {
  /** As the user named it (relative to the working directory), or the stdin name. */
  path: string;
  /** The analysed (after --fix: the fixed) text; the Markdown report reads its sentences. */
  text: string;
  result: AnalysisResult;
  /** The findings to show: all of them, or only control ones with --quiet. */
  findings: Finding[];
  /** Positions in the analysed (after --fix: the fixed) text. */
  lines: LineIndex;
  /** With --fix: what was replaced. */
  fixes?: AppliedFix[];
}

/** Something that went wrong outside the findings: a missing file, a bad config, a skipped file. */
export interface RunError {
  path: string;
  /** 1-based, when the problem is inside the file (config problems). */
  line?: number;
  column?: number;
  ruleId?: string;
  message: string;
  /** Skipped on purpose (binary, not UTF-8): reported, but not an error. */
  skipped?: boolean;
}

/**
 * What a formatter writes, made while it is written: each file is analysed when the formatter
 * reaches it and can be dropped once written, so memory does not grow with the output.
 */
export interface RunReport {
  /** The analysed files in input order; iterate once. */
  files: Iterable<FileReport>;
  /** Problems outside the findings: complete only once `files` has been iterated. */
  errors(): readonly RunError[];
  /**
   * Every rule that could have fired: the lexicon, coded checks and config extras. Known before
   * the first file (SARIF lists them first); empty for the formats that do not print them.
   */
  rules: readonly LexiconRule[];
}

export function describeError(error: RunError): string {
  const where = error.line ? `${error.path}:${error.line}:${error.column ?? 1}` : error.path;
  return `${where}: ${error.ruleId ? `rule "${error.ruleId}": ` : ''}${error.message}`;
}

/** What --max-warnings counts: every control finding, even with --quiet. */
export function controlCount(file: FileReport): number {
  return file.result.findings.filter((f) => f.polarity === 'control').length;
}

/** How the score reads in words; 50 is neutral (README: "Score"). */
export function leaning(score: number): string {
  if (score < 45) return 'leans control';
  if (score > 55) return 'leans inspiring';
  return 'balanced';
}
