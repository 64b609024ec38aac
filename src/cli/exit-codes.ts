/** The process exit codes, documented in `--help` and the README. The highest-priority one wins. */
export const EXIT = {
  /** Everything read and analysed; findings alone never fail a run. */
  ok: 0,
  /** More control findings than `--max-warnings` allows. */
  tooManyFindings: 1,
  /** Bad command line, or an invalid `.leadlint.json`. */
  usage: 2,
  /** A file, directory or glob named nothing readable, or --fix could not write (the others are still reported). */
  unreadable: 3,
} as const;

export class UsageError extends Error {}
