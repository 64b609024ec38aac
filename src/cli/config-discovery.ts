import { readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { type AnalyzeOptions, CONFIG_FILE_NAME, type FileProblem, type LexiconRule, configOptions, emptyConfig, parseConfigFile } from '../core';
import { UsageError } from './exit-codes';

/** The settings for one file, and where they came from. */
export interface ResolvedConfig {
  /** The config file, as a path relative to the working directory; none with --no-config or when none is found. */
  file?: string;
  options: AnalyzeOptions;
  /** The config's extra lexicon rules (for SARIF's rule list). */
  lexicon: readonly LexiconRule[];
}

export type ConfigMode = { kind: 'nearest' } | { kind: 'none' } | { kind: 'file'; path: string };

const NO_CONFIG: ResolvedConfig = { options: configOptions(emptyConfig()), lexicon: [] };

/**
 * Finds and reads `.leadlint.json` files: the one given with --config, or the nearest one from
 * each file's directory upward. Each file is read once; its problems are collected once.
 */
export class ConfigResolver {
  readonly problems: FileProblem[] = [];
  private readonly loaded = new Map<string, ResolvedConfig>();
  private readonly nearest = new Map<string, string | undefined>();

  constructor(
    private readonly mode: ConfigMode,
    private readonly cwd: string,
  ) {
    if (mode.kind === 'file' && !isFile(resolve(cwd, mode.path))) throw new UsageError(`--config ${mode.path}: file not found`);
  }

  /** The settings for a file (an absolute path; for standard input, a path in the directory to start from). */
  forFile(path: string): ResolvedConfig {
    if (this.mode.kind === 'none') return NO_CONFIG;
    const configPath = this.mode.kind === 'file' ? resolve(this.cwd, this.mode.path) : this.findNearest(dirname(path));
    return configPath ? this.load(configPath) : NO_CONFIG;
  }

  private findNearest(dir: string): string | undefined {
    if (this.nearest.has(dir)) return this.nearest.get(dir);
    const candidate = join(dir, CONFIG_FILE_NAME);
    const parent = dirname(dir);
    const found = isFile(candidate) ? candidate : parent === dir ? undefined : this.findNearest(parent);
    this.nearest.set(dir, found);
    return found;
  }

  private load(path: string): ResolvedConfig {
    const cached = this.loaded.get(path);
    if (cached) return cached;
    const shown = relative(this.cwd, path) || path;
    let resolved: ResolvedConfig;
    try {
      const { config, problems } = parseConfigFile(readFileSync(path, 'utf8').replace(/^\ufeff/, ''), shown);
      this.problems.push(...problems);
      resolved = { file: shown, options: configOptions(config), lexicon: config.lexicon };
    } catch (error) {
      this.problems.push({ file: shown, line: 1, column: 1, message: `cannot read the file: ${(error as Error).message}` });
      resolved = { ...NO_CONFIG, file: shown };
    }
    this.loaded.set(path, resolved);
    return resolved;
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
