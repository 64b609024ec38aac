import { DIMENSIONS, type Finding } from '../core';
import type { Palette } from './colours';
import type { AppliedFix } from './fix';
import { type FileReport, type RunReport, leaning } from './report';

/**
 * `path:line:col  severity  message  ruleId`, 1-based like compilers print (terminals and
 * VS Code make it a link), then the file's score. Problems and notices go to stderr, not here.
 */
export function formatText(report: RunReport, c: Palette): string {
  const out = report.files.map((file) => formatFile(file, c));
  if (report.files.length > 1) out.push(summary(report, c));
  return out.join('\n\n') + (out.length ? '\n' : '');
}

interface Row {
  where: string;
  label: string;
  colour: (s: string) => string;
  message: string;
  ruleId: string;
}

function formatFile(file: FileReport, c: Palette): string {
  const rows: Row[] = [
    ...(file.fixes ?? []).map((fix) => fixRow(file.path, fix, c)),
    ...file.findings.map((finding) => findingRow(file, finding, c)),
  ];
  const whereWidth = Math.max(0, ...rows.map((r) => r.where.length));
  const labelWidth = Math.max(0, ...rows.map((r) => r.label.length));
  const lines = rows.map((r) => `${r.where.padEnd(whereWidth)}  ${r.colour(r.label.padEnd(labelWidth))}  ${r.message}  ${c.dim(r.ruleId)}`);
  lines.push(scoreLine(file, c));
  const dims = dimensionLine(file, c);
  if (dims) lines.push(dims);
  return lines.join('\n');
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

function summary(report: RunReport, c: Palette): string {
  const all = report.files.flatMap((f) => f.result.findings);
  const control = all.filter((f) => f.polarity === 'control').length;
  const fixed = report.files.reduce((sum, f) => sum + (f.fixes?.length ?? 0), 0);
  return c.bold(`${report.files.length} files: ${control} control, ${all.length - control} inspiring${fixed ? `, ${fixed} fixed` : ''}`);
}
