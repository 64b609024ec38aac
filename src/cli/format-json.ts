import { DIMENSIONS, type Dimension, type Finding } from '../core';
import type { FileReport, RunReport } from './report';

/**
 * Exactly one JSON document. Ranges are zero-based lines and UTF-16 characters, as in VS Code;
 * `offset`/`length` index the text as read (without a byte-order mark).
 */
export function formatJson(report: RunReport): string {
  const document = {
    files: report.files.map(fileJson),
    errors: report.errors.map((e) => ({ path: e.path, line: e.line, column: e.column, ruleId: e.ruleId, message: e.message, skipped: e.skipped ?? false })),
  };
  return JSON.stringify(document, null, 2) + '\n';
}

function fileJson(file: FileReport) {
  const dimensions = Object.fromEntries(DIMENSIONS.map((d) => [d, file.result.dimensions[d].score])) as Record<Dimension, number>;
  return {
    path: file.path,
    score: file.result.score,
    dimensions,
    words: file.result.words,
    findings: file.findings.map((finding) => findingJson(file, finding)),
    ...(file.fixes ? { fixes: file.fixes.map((fix) => ({ ruleId: fix.ruleId, start: fix.start, before: fix.before, after: fix.after })) } : {}),
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
