import { parseArgs } from 'node:util';
import { UsageError } from './exit-codes';

export const FORMATS = ['text', 'json', 'sarif', 'markdown'] as const;
export type Format = (typeof FORMATS)[number];

export interface CliOptions {
  /** Files, directories and globs, in the order given; `-` is standard input. */
  patterns: string[];
  format: Format;
  fix: boolean;
  maxWarnings?: number;
  config?: string;
  noConfig: boolean;
  quiet: boolean;
  stdinFilename?: string;
  help: boolean;
  version: boolean;
}

/** Parses the command line; anything it cannot make sense of is a UsageError (exit 2). */
export function parseCliArgs(argv: readonly string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        fix: { type: 'boolean' },
        'max-warnings': { type: 'string' },
        config: { type: 'string', short: 'c' },
        'no-config': { type: 'boolean' },
        quiet: { type: 'boolean', short: 'q' },
        'stdin-filename': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    // Node's messages are good but long; the first sentence says what was wrong.
    throw new UsageError((error as Error).message.split('. ')[0]);
  }
  const { values, positionals } = parsed;
  const options: CliOptions = {
    patterns: positionals,
    format: parseFormat(values.format),
    fix: values.fix ?? false,
    maxWarnings: parseMaxWarnings(values['max-warnings']),
    config: values.config,
    noConfig: values['no-config'] ?? false,
    quiet: values.quiet ?? false,
    stdinFilename: values['stdin-filename'],
    help: values.help ?? false,
    version: values.version ?? false,
  };
  if (options.help || options.version) return options;
  checkCombinations(options);
  return options;
}

function parseFormat(value: string | undefined): Format {
  if (value === undefined) return 'text';
  if ((FORMATS as readonly string[]).includes(value)) return value as Format;
  throw new UsageError(`--format must be one of ${FORMATS.join(', ')} (got "${value}")`);
}

function parseMaxWarnings(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`--max-warnings takes a whole number of 0 or more (got "${value}")`);
  return Number(value);
}

function checkCombinations(options: CliOptions): void {
  if (!options.patterns.length) throw new UsageError('no files given: name files, directories or globs, or - for standard input');
  const stdin = options.patterns.filter((p) => p === '-').length;
  if (stdin > 1) throw new UsageError('- (standard input) can be given only once');
  if (options.config !== undefined && options.noConfig) throw new UsageError('--config and --no-config cannot be used together');
  if (stdin && options.fix) throw new UsageError('--fix rewrites files in place and cannot rewrite standard input: save the text to a file first');
  if (options.stdinFilename !== undefined && !stdin) throw new UsageError('--stdin-filename needs - (standard input) among the files');
}
