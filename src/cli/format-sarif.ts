import { isAbsolute, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Finding, LexiconRule, Severity } from '../core';
import { jsonPieces, later } from './json-pieces';
import type { FileReport, RunError, RunReport } from './report';

const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
const SRCROOT = 'SRCROOT';

/**
 * SARIF 2.1.0 for code-scanning tools. Control findings are results of kind "fail" (level from
 * their severity); inspiring ones are kind "pass": the rule looked and found something done well.
 * Made a result at a time; the rules come first, so `report.rules` must be complete beforehand.
 */
export function* formatSarif(report: RunReport, version: string, cwd: string): Generator<string> {
  const rules = uniqueRules(report.rules);
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  yield* jsonPieces({
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'leadlint', version, rules: rules.map(ruleDescriptor) } },
        originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(cwd.endsWith(sep) ? cwd : cwd + sep).href } },
        columnKind: 'utf16CodeUnits',
        results: results(report.files, ruleIndex),
        // After the results: whether the run succeeded is known once every file has been read.
        invocations: later(() => [invocation(report.errors())]),
      },
    ],
  });
  yield '\n';
}

function* results(files: Iterable<FileReport>, ruleIndex: ReadonlyMap<string, number>) {
  for (const file of files) for (const finding of file.findings) yield result(file, finding, ruleIndex.get(finding.ruleId));
}

function invocation(errors: readonly RunError[]) {
  return {
    executionSuccessful: errors.every((e) => e.skipped),
    toolExecutionNotifications: errors.map((e) => ({
      level: e.skipped ? 'note' : 'error',
      message: { text: e.message },
      locations: [{ physicalLocation: { artifactLocation: artifact(e.path), ...(e.line ? { region: { startLine: e.line, startColumn: e.column ?? 1 } } : {}) } }],
    })),
  };
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
