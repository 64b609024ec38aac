// Runs the shipped bundle (dist/cli.js) on temporary projects, as a user's shell would.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

/** This file is bundled to out/test/unit/; the CLI lives in dist/ at the root. */
export const CLI = resolve(__dirname, '../../../dist/cli.js');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], cwd: string, options: { input?: string | Buffer; env?: NodeJS.ProcessEnv } = {}): CliRun {
  const run = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    input: options.input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '', FORCE_COLOR: undefined, ...options.env },
    timeout: 60_000,
  });
  if (run.error) throw run.error;
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** A temporary directory with these files (paths relative to it); removed by `cleanUp`. */
export function tempProject(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(join(tmpdir(), 'leadlint-cli-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

export function cleanUp(root: string): void {
  rmSync(root, { recursive: true, force: true });
}

/**
 * A config that switches the built-in lexicon off and adds two made-up rules, so the tests do
 * not depend on the lexicon, which grows under them. The words are invented so no built-in
 * pattern can ever be the same (compromise keeps one rule per identical pattern).
 */
export const TEST_CONFIG = {
  dimensions: Object.fromEntries(['vision', 'challenge', 'originality', 'risk', 'horizon', 'people', 'commitment'].map((d) => [d, 'off'])),
  rules: { 'test-zorp': 'warning', 'test-glimmer': 'hint' },
  lexicon: [
    {
      id: 'test-zorp',
      dimension: 'commitment',
      polarity: 'control',
      patterns: ['zorping is compulsory'],
      suggestions: ['zorping is welcome'],
      message: 'Test: a zorp order.',
      explanation: 'A made-up control rule for the CLI tests.',
      examples: { flag: ['Zorping is compulsory.'], pass: ['Zorping is welcome.'] },
    },
    {
      id: 'test-glimmer',
      dimension: 'people',
      polarity: 'inspiring',
      patterns: ['glimmering together'],
      message: 'Test: a glimmer.',
      explanation: 'A made-up inspiring rule for the CLI tests.',
      examples: { flag: ['We keep glimmering together.'], pass: ['We glimmer.'] },
    },
  ],
};

export const TEST_CONFIG_JSON = JSON.stringify(TEST_CONFIG, null, 2);
