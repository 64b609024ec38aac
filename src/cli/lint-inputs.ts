import { resolve } from 'node:path';
import { BUILTIN_RULES, CODED_RULES, type LexiconRule } from '../core';
import type { CliOptions } from './args';
import type { ConfigResolver } from './config-discovery';
import type { Input } from './inputs';
import { languageOf } from './language';
import { lintText } from './lint-file';
import { LineIndex } from './positions';
import { type ReadOutcome, readStdin, readTextFile } from './read-input';
import type { FileReport, RunError } from './report';

const STDIN_NAME = '<stdin>';

/** An input under the name it is reported by, which can be read more than once. */
export interface NamedInput {
  path: string;
  read(): ReadOutcome;
}

/**
 * Names the inputs. Files are read each time they are asked for; standard input can be read
 * only once, so it is read here and its text kept for the run.
 */
export async function nameInputs(inputs: readonly Input[], stdinFilename: string | undefined): Promise<NamedInput[]> {
  const named: NamedInput[] = [];
  for (const input of inputs) {
    if (input.kind === 'file') {
      named.push({ path: input.path, read: () => readTextFile(input.path) });
    } else {
      const outcome = await readStdin();
      named.push({ path: stdinFilename ?? STDIN_NAME, read: () => outcome });
    }
  }
  return named;
}

/**
 * Every rule that could fire in this run: the lexicon and coded checks, then the extra rules of
 * each readable file's config, in input order. SARIF lists them before the first result, so
 * they are collected before any file is analysed, which costs reading each file once more.
 */
export function collectRules(inputs: readonly NamedInput[], configs: ConfigResolver, cwd: string): LexiconRule[] {
  const rules = new Set<LexiconRule>([...BUILTIN_RULES, ...CODED_RULES]);
  for (const input of inputs) {
    // As in lintInputs: a file that cannot be read brings in no config.
    if (!input.read().ok) continue;
    for (const rule of configs.forFile(resolve(cwd, input.path)).lexicon) rules.add(rule);
  }
  return [...rules];
}

/**
 * Analyses each input (with --fix, also rewrites it) when the next one is asked for, so only
 * the file being written out is in memory. What cannot be read goes to `errors`.
 */
export function* lintInputs(inputs: readonly NamedInput[], options: CliOptions, configs: ConfigResolver, cwd: string, errors: RunError[]): Generator<FileReport> {
  for (const { path, read } of inputs) {
    const outcome = read();
    if (!outcome.ok) {
      errors.push({ path, message: outcome.message, skipped: outcome.skipped });
      continue;
    }
    const config = configs.forFile(resolve(cwd, path));
    const linted = lintText(outcome.source, path, { ...config.options, languageId: languageOf(path) }, options.fix);
    if (linted.writeError) errors.push({ path, message: linted.writeError });
    const { text, result, fixes } = linted;
    const findings = options.quiet ? result.findings.filter((f) => f.polarity === 'control') : result.findings;
    yield { path, text, result, findings, lines: new LineIndex(text), fixes };
  }
}
