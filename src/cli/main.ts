import { version } from '../../package.json';
import { type CliOptions, type Format, parseCliArgs } from './args';
import { palette, wantsColour } from './colours';
import { type ConfigMode, ConfigResolver } from './config-discovery';
import { EXIT, UsageError } from './exit-codes';
import { formatJson } from './format-json';
import { formatMarkdown } from './format-markdown';
import { formatSarif } from './format-sarif';
import { formatText } from './format-text';
import { HELP } from './help';
import { expandInputs } from './inputs';
import { collectRules, lintInputs, nameInputs } from './lint-inputs';
import { type FileReport, type RunError, type RunReport, controlCount, describeError } from './report';
import { writeOutput } from './write-output';

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
  const named = await nameInputs(inputs, options.stdinFilename);
  const readErrors: RunError[] = missing.map((m) => ({ path: m.path, message: m.message }));
  const configErrors = (): RunError[] => configs.problems.map((p) => ({ path: p.file, line: p.line, column: p.column, ruleId: p.ruleId, message: p.message }));
  let controls = 0;
  function* counted(files: Iterable<FileReport>): Generator<FileReport> {
    for (const file of files) {
      controls += controlCount(file);
      yield file;
    }
  }
  const report: RunReport = {
    files: counted(lintInputs(named, options, configs, cwd, readErrors)),
    errors: () => [...configErrors(), ...readErrors],
    rules: printsRules(options.format) ? collectRules(named, configs, cwd) : [],
  };
  // Each file is analysed as the output reaches it, and the output is written as it is made.
  // A reader that stops reading (`leadlint … | head`) ends the run quietly, as in other
  // command-line tools: the files it never reached are not analysed.
  await writeOutput(format(report, options, cwd), process.stdout).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException)?.code !== 'EPIPE') throw error;
  });

  // Known only now that every file has been read, so they follow the output.
  for (const error of report.errors()) process.stderr.write(`leadlint: ${describeError(error)}\n`);
  const tooMany = options.maxWarnings !== undefined && controls > options.maxWarnings;
  if (tooMany) process.stderr.write(`leadlint: ${controls} control findings, more than --max-warnings ${options.maxWarnings} allows\n`);
  if (configs.problems.length) return EXIT.usage;
  if (readErrors.some((e) => !e.skipped)) return EXIT.unreadable;
  return tooMany ? EXIT.tooManyFindings : EXIT.ok;
}

function format(report: RunReport, options: CliOptions, cwd: string): Iterable<string> {
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

/** SARIF lists every rule; the Markdown report reads which rules are directives and reasons. */
function printsRules(format: Format): boolean {
  return format === 'sarif' || format === 'markdown';
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
