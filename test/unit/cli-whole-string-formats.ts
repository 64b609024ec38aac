// The CLI's formatters as they were before the output was streamed (commit 16dc71a): each built
// the whole report as one string. Kept verbatim (imports and the report type aside) as the
// reference the streamed output must equal byte for byte (cli-streamed-output.test.ts).
import { isAbsolute, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DIMENSIONS, type Dimension, type Finding, type LexiconRule, type Severity } from '../../src/core';
import { buildReport, reportMarkdown } from '../../src/core/report';
import type { Palette } from '../../src/cli/colours';
import type { AppliedFix } from '../../src/cli/fix';
import { languageOf } from '../../src/cli/language';
import { type FileReport, type RunError, leaning } from '../../src/cli/report';

/** The report as it was: every file analysed and kept before anything was written. */
export interface WholeReport {
  files: FileReport[];
  errors: RunError[];
  rules: readonly LexiconRule[];
}

// --- format-json.ts

/**
 * Exactly one JSON document. Ranges are zero-based lines and UTF-16 characters, as in VS Code;
 * `offset`/`length` index the text as read (without a byte-order mark).
 */
export function formatJson(report: WholeReport): string {
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

// --- format-sarif.ts

const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
const SRCROOT = 'SRCROOT';

/**
 * SARIF 2.1.0 for code-scanning tools. Control findings are results of kind "fail" (level from
 * their severity); inspiring ones are kind "pass": the rule looked and found something done well.
 */
export function formatSarif(report: WholeReport, version: string, cwd: string): string {
  const rules = uniqueRules(report.rules);
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const sarif = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'leadlint', version, rules: rules.map(ruleDescriptor) } },
        originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(cwd.endsWith(sep) ? cwd : cwd + sep).href } },
        columnKind: 'utf16CodeUnits',
        results: report.files.flatMap((file) => file.findings.map((finding) => result(file, finding, ruleIndex.get(finding.ruleId)))),
        invocations: [
          {
            executionSuccessful: report.errors.every((e) => e.skipped),
            toolExecutionNotifications: report.errors.map((e) => ({
              level: e.skipped ? 'note' : 'error',
              message: { text: e.message },
              locations: [{ physicalLocation: { artifactLocation: artifact(e.path), ...(e.line ? { region: { startLine: e.line, startColumn: e.column ?? 1 } } : {}) } }],
            })),
          },
        ],
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}

function uniqueRules(rules: readonly LexiconRule[]): LexiconRule[] {
  const byId = new Map<string, LexiconRule>();
  for (const rule of rules) if (!byId.has(rule.id)) byId.set(rule.id, rule);
  return [...byId.values()];
}

function ruleDescriptor(rule: LexiconRule) {
  const severity = rule.severity ?? (rule.polarity === 'control' ? 'warning' : 'hint');
  return {
    id: rule.id,
    shortDescription: { text: rule.message },
    fullDescription: { text: rule.explanation },
    defaultConfiguration: { level: rule.polarity === 'inspiring' ? 'none' : sarifLevel(severity) },
    properties: { dimension: rule.dimension, polarity: rule.polarity, tags: [rule.dimension, rule.polarity] },
  };
}

function result(file: FileReport, finding: Finding, ruleIndex: number | undefined) {
  const region = regionOf(file, finding.offset, finding.length, finding.text);
  const location = { artifactLocation: artifact(file.path), region };
  const inspiring = finding.polarity === 'inspiring';
  const suggestion = finding.suggestions[0];
  return {
    ruleId: finding.ruleId,
    ...(ruleIndex === undefined ? {} : { ruleIndex }),
    kind: inspiring ? 'pass' : 'fail',
    level: inspiring ? 'none' : sarifLevel(finding.severity),
    message: { text: finding.message },
    locations: [{ physicalLocation: location }],
    properties: { dimension: finding.dimension, polarity: finding.polarity },
    ...(suggestion === undefined
      ? {}
      : {
          fixes: [
            {
              description: { text: suggestion ? `Replace with "${suggestion}"` : 'Remove' },
              artifactChanges: [{ artifactLocation: location.artifactLocation, replacements: [{ deletedRegion: region, insertedContent: { text: suggestion } }] }],
            },
          ],
        }),
  };
}

/** SARIF lines and columns are 1-based; the end column is exclusive. */
function regionOf(file: FileReport, offset: number, length: number, text: string) {
  const start = file.lines.position(offset);
  const end = file.lines.position(offset + length);
  return {
    startLine: start.line + 1,
    startColumn: start.character + 1,
    endLine: end.line + 1,
    endColumn: end.character + 1,
    charOffset: offset,
    charLength: length,
    snippet: { text },
  };
}

function sarifLevel(severity: Severity): 'error' | 'warning' | 'note' {
  return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note';
}

/** Relative paths against SRCROOT (portable across checkouts); absolute ones as file URLs. */
function artifact(path: string) {
  if (isAbsolute(path)) return { uri: pathToFileURL(path).href };
  return { uri: path.split(sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

// --- format-text.ts

/**
 * `path:line:col  severity  message  ruleId`, 1-based like compilers print (terminals and
 * VS Code make it a link), then the file's score. Problems and notices go to stderr, not here.
 */
export function formatText(report: WholeReport, c: Palette): string {
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

function summary(report: WholeReport, c: Palette): string {
  const all = report.files.flatMap((f) => f.result.findings);
  const control = all.filter((f) => f.polarity === 'control').length;
  const fixed = report.files.reduce((sum, f) => sum + (f.fixes?.length ?? 0), 0);
  return c.bold(`${report.files.length} files: ${control} control, ${all.length - control} inspiring${fixed ? `, ${fixed} fixed` : ''}`);
}

// --- format-markdown.ts

/**
 * The "Analyze tone" report as Markdown, one section per file: the same content as the
 * editor's report panel and its export, so it can be pasted into a pull request.
 */
export function formatMarkdown(report: WholeReport): string {
  const sections = report.files.map((file) => {
    const tone = buildReport(file.text, file.result, { languageId: languageOf(file.path), rules: report.rules });
    return reportMarkdown(tone, { title: file.path });
  });
  return sections.join('\n');
}
