import { DIMENSIONS, type Finding } from '../core';
import type { Palette } from './colours';
import type { AppliedFix } from './fix';
import { type FileReport, type RunReport, controlCount, leaning } from './report';

/**
 * `path:line:col  severity  message  ruleId`, 1-based like compilers print (terminals and
 * VS Code make it a link), then the file's score. Problems and notices go to stderr, not here.
 * Made a line at a time; files are separated by a blank line.
 */
export function* formatText(report: RunReport, c: Palette): Generator<string> {
  const totals = { files: 0, control: 0, inspiring: 0, fixed: 0 };
  for (const file of report.files) {
    if (totals.files) yield '\n\n';
    yield* fileLines(file, c);
    const control = controlCount(file);
    totals.files++;
    totals.control += control;
    totals.inspiring += file.result.findings.length - control;
    totals.fixed += file.fixes?.length ?? 0;
  }
  if (totals.files > 1) yield '\n\n' + summary(totals, c);
  if (totals.files) yield '\n';
}

interface Row {
  where: string;
  label: string;
  colour: (s: string) => string;
  message: string;
  ruleId: string;
}

/** The file's lines, joined by '\n' without a last one. */
function* fileLines(file: FileReport, c: Palette): Generator<string> {
  // Columns are aligned within a file: a first pass measures them, a second writes the rows.
  let whereWidth = 0;
  let labelWidth = 0;
  for (const row of rows(file, c)) {
    whereWidth = Math.max(whereWidth, row.where.length);
    labelWidth = Math.max(labelWidth, row.label.length);
  }
  for (const r of rows(file, c)) yield `${r.where.padEnd(whereWidth)}  ${r.colour(r.label.padEnd(labelWidth))}  ${r.message}  ${c.dim(r.ruleId)}\n`;
  yield scoreLine(file, c);
  const dims = dimensionLine(file, c);
  if (dims) yield '\n' + dims;
}

function* rows(file: FileReport, c: Palette): Generator<Row> {
  for (const fix of file.fixes ?? []) yield fixRow(file.path, fix, c);
  for (const finding of file.findings) yield findingRow(file, finding, c);
}

function findingRow(file: FileReport, finding: Finding, c: Palette): Row {
  const { line, character } = file.lines.position(finding.offset);
  const colour = finding.polarity === 'inspiring' ? c.green : finding.severity === 'error' ? c.red : finding.severity === 'warning' ? c.yellow : c.blue;
  return { where: `${file.path}:${line + 1}:${character + 1}`, label: finding.severity, colour, message: finding.message, ruleId: finding.ruleId };
}

function fixRow(path: string, fix: AppliedFix, c: Palette): Row {
  const after = fix.after ? `"${fix.after}"` : '(removed)';
  return { where: `${path}:${fix.start.line + 1}:${fix.start.character + 1}`, label: 'fixed', colour: c.green, message: `"${fix.before}" → ${after}`, ruleId: fix.ruleId };
}

function scoreLine(file: FileReport, c: Palette): string {
  const { score, findings, words } = file.result;
  const control = findings.filter((f) => f.polarity === 'control').length;
  const tone = leaning(score);
  const colour = tone === 'leans control' ? c.yellow : tone === 'leans inspiring' ? c.green : (s: string) => s;
  const fixed = file.fixes?.length ? `, ${file.fixes.length} fixed` : '';
  return `${c.bold(file.path)}  score ${colour(`${Math.round(score)}/100 (${tone})`)}: ${control} control, ${findings.length - control} inspiring in ${words} words${fixed}`;
}

/** Only the dimensions something was found in: seven times "50" would say nothing. */
function dimensionLine(file: FileReport, c: Palette): string | undefined {
  const parts = DIMENSIONS.filter((d) => file.result.dimensions[d].control + file.result.dimensions[d].inspiring > 0).map((d) => {
    const score = file.result.dimensions[d].score;
    const tone = leaning(score);
    const colour = tone === 'leans control' ? c.yellow : tone === 'leans inspiring' ? c.green : (s: string) => s;
    return `${d} ${colour(String(Math.round(score)))}`;
  });
  return parts.length ? `  ${c.dim('by dimension:')} ${parts.join(c.dim(' · '))}` : undefined;
}

function summary(totals: { files: number; control: number; inspiring: number; fixed: number }, c: Palette): string {
  const { files, control, inspiring, fixed } = totals;
  return c.bold(`${files} files: ${control} control, ${inspiring} inspiring${fixed ? `, ${fixed} fixed` : ''}`);
}
