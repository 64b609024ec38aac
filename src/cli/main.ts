import { resolve } from 'node:path';
import { version } from '../../package.json';
import { BUILTIN_RULES, CODED_RULES, type LexiconRule } from '../core';
import { type CliOptions, parseCliArgs } from './args';
import { palette, wantsColour } from './colours';
import { type ConfigMode, ConfigResolver } from './config-discovery';
import { EXIT, UsageError } from './exit-codes';
import { formatJson } from './format-json';
import { formatMarkdown } from './format-markdown';
import { formatSarif } from './format-sarif';
import { formatText } from './format-text';
import { HELP } from './help';
import { expandInputs } from './inputs';
import { languageOf } from './language';
import { lintText } from './lint-file';
import { LineIndex } from './positions';
import { type ReadOutcome, readStdin, readTextFile } from './read-input';
import { type FileReport, type RunError, type RunReport, controlCount, describeError } from './report';

const STDIN_NAME = '<stdin>';

async function main(argv: readonly string[]): Promise<number> {
  const cwd = process.cwd();
  let options: CliOptions;
  let configs: ConfigResolver;
  try {
    options = parseCliArgs(argv);
    if (options.help) return print(HELP, EXIT.ok);
    if (options.version) return print(`${version}\n`, EXIT.ok);
    configs = new ConfigResolver(configMode(options), cwd);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`leadlint: ${error.message}\nRun "leadlint --help" for usage.\n`);
    return EXIT.usage;
  }

  const { inputs, missing } = expandInputs(options.patterns, cwd);
  const errors: RunError[] = missing.map((m) => ({ path: m.path, message: m.message }));
  const files: FileReport[] = [];
  const rules = new Set<LexiconRule>([...BUILTIN_RULES, ...CODED_RULES]);
  for (const input of inputs) {
    const stdin = input.kind === 'stdin';
    const path = stdin ? (options.stdinFilename ?? STDIN_NAME) : input.path;
    const read: ReadOutcome = stdin ? await readStdin() : readTextFile(input.path);
    if (!read.ok) {
      errors.push({ path, message: read.message, skipped: read.skipped });
      continue;
    }
    const config = configs.forFile(resolve(cwd, path));
    for (const rule of config.lexicon) rules.add(rule);
    const linted = lintText(read.source, path, { ...config.options, languageId: languageOf(path) }, options.fix);
    if (linted.writeError) errors.push({ path, message: linted.writeError });
    const { text, result, fixes } = linted;
    const findings = options.quiet ? result.findings.filter((f) => f.polarity === 'control') : result.findings;
    files.push({ path, text, result, findings, lines: new LineIndex(text), fixes });
  }
  const configErrors: RunError[] = configs.problems.map((p) => ({ path: p.file, line: p.line, column: p.column, ruleId: p.ruleId, message: p.message }));
  const report: RunReport = { files, errors: [...configErrors, ...errors], rules: [...rules] };

  for (const error of report.errors) process.stderr.write(`leadlint: ${describeError(error)}\n`);
  process.stdout.write(format(report, options, cwd));

  const controls = controlCount(files);
  const tooMany = options.maxWarnings !== undefined && controls > options.maxWarnings;
  if (tooMany) process.stderr.write(`leadlint: ${controls} control findings, more than --max-warnings ${options.maxWarnings} allows\n`);
  if (configErrors.length) return EXIT.usage;
  if (errors.some((e) => !e.skipped)) return EXIT.unreadable;
  return tooMany ? EXIT.tooManyFindings : EXIT.ok;
}

function format(report: RunReport, options: CliOptions, cwd: string): string {
  switch (options.format) {
    case 'json':
      return formatJson(report);
    case 'sarif':
      return formatSarif(report, version, cwd);
    case 'markdown':
      return formatMarkdown(report);
    default:
      return formatText(report, palette(wantsColour(process.stdout, process.env)));
  }
}

function configMode(options: CliOptions): ConfigMode {
  if (options.noConfig) return { kind: 'none' };
  if (options.config !== undefined) return { kind: 'file', path: options.config };
  return { kind: 'nearest' };
}

function print(text: string, code: number): number {
  process.stdout.write(text);
  return code;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`leadlint: internal error: ${(error as Error)?.stack ?? error}\n`);
    process.exitCode = EXIT.usage;
  },
);
