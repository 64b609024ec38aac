import { statSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';

/** One thing to analyse: a file on disk, or standard input. */
export type Input = { kind: 'file'; path: string } | { kind: 'stdin' };

/** A command-line argument that named nothing to read. */
export interface MissingInput {
  path: string;
  message: string;
}

/** What a directory argument stands for: the prose files inside it. */
const DIRECTORY_GLOB = '**/*.{md,markdown,txt}';
const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**'];

/**
 * Turns the arguments into files, in the order given (glob and directory matches sorted), each
 * file once. A plain path that exists is taken as it is, even if it looks like a glob.
 */
export function expandInputs(patterns: readonly string[], cwd: string): { inputs: Input[]; missing: MissingInput[] } {
  const inputs: Input[] = [];
  const missing: MissingInput[] = [];
  const seen = new Set<string>();
  const add = (path: string) => {
    const key = resolve(cwd, path);
    if (seen.has(key)) return;
    seen.add(key);
    inputs.push({ kind: 'file', path });
  };
  for (const pattern of patterns) {
    if (pattern === '-') {
      inputs.push({ kind: 'stdin' });
      continue;
    }
    const kind = kindOf(resolve(cwd, pattern));
    if (kind === 'file') add(pattern);
    else if (kind === 'directory') {
      // resolve, not join: an absolute directory is not inside the working directory.
      const found = glob(DIRECTORY_GLOB, resolve(cwd, pattern));
      if (!found.length) missing.push({ path: pattern, message: 'no .md, .markdown or .txt files in this directory' });
      for (const file of found) add(join(pattern, file));
    } else if (isDynamicPattern(pattern)) {
      const found = glob(pattern, cwd, isAbsolute(pattern));
      if (!found.length) missing.push({ path: pattern, message: 'no files match this pattern' });
      for (const file of found) add(file);
    } else {
      missing.push({ path: pattern, message: 'file not found' });
    }
  }
  return { inputs, missing };
}

/** Matches relative to `cwd`; an absolute pattern gives absolute paths, as the user wrote it. */
function glob(pattern: string, cwd: string, absolute = false): string[] {
  return globSync(pattern, { cwd, absolute, onlyFiles: true, ignore: ALWAYS_IGNORED, expandDirectories: false }).sort();
}

function kindOf(path: string): 'file' | 'directory' | undefined {
  try {
    const stat = statSync(path);
    return stat.isDirectory() ? 'directory' : 'file';
  } catch {
    return undefined;
  }
}
