import { DIMENSIONS, type Dimension, type Finding } from '../core';
import type { AppliedFix } from './fix';
import { jsonPieces, later, mapLazily } from './json-pieces';
import type { FileReport, RunError, RunReport } from './report';

/**
 * Exactly one JSON document. Ranges are zero-based lines and UTF-16 characters, as in VS Code;
 * `offset`/`length` index the text as read (without a byte-order mark). Made a file and a
 * finding at a time: every finding repeats its rule's explanation, so the whole document can be
 * many times the size of the files.
 */
export function* formatJson(report: RunReport): Generator<string> {
  yield* jsonPieces({
    files: mapLazily(report.files, fileJson),
    errors: later(() => report.errors().map(errorJson)),
  });
  yield '\n';
}

function fileJson(file: FileReport) {
  const dimensions = Object.fromEntries(DIMENSIONS.map((d) => [d, file.result.dimensions[d].score])) as Record<Dimension, number>;
  return {
    path: file.path,
    score: file.result.score,
    dimensions,
    words: file.result.words,
    findings: mapLazily(file.findings, (finding) => findingJson(file, finding)),
    ...(file.fixes ? { fixes: mapLazily(file.fixes, fixJson) } : {}),
  };
}

function findingJson(file: FileReport, finding: Finding) {
  return {
    ruleId: finding.ruleId,
    dimension: finding.dimension,
    polarity: finding.polarity,
    severity: finding.severity,
    message: finding.message,
    text: finding.text,
    offset: finding.offset,
    length: finding.length,
    range: { start: file.lines.position(finding.offset), end: file.lines.position(finding.offset + finding.length) },
    suggestions: finding.suggestions,
    explanation: finding.explanation,
  };
}

function fixJson(fix: AppliedFix) {
  return { ruleId: fix.ruleId, start: fix.start, before: fix.before, after: fix.after };
}

function errorJson(e: RunError) {
  return { path: e.path, line: e.line, column: e.column, ruleId: e.ruleId, message: e.message, skipped: e.skipped ?? false };
}
