import type * as vscode from 'vscode';
import { loadCore } from './core-loader';

/**
 * The first analysis of a process compiles the lexicon into one match-net and warms compromise
 * up (a few hundred ms, not sliced). Doing it with one short sentence just after activation,
 * outside activation itself, means the first document opened afterwards does not pay for it.
 * (A document already open at activation is analysed right after this, with the net ready.)
 */
export class WarmUp implements vscode.Disposable {
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Resolves once the warm-up ran (or was skipped because leadlint was disposed first). */
  readonly done: Promise<void>;

  constructor() {
    this.done = new Promise<void>((resolve) => {
      this.timer = setTimeout(() => {
        this.timer = undefined;
        try {
          loadCore().analyze('We must warm up before the first draft.', { languageId: 'markdown' });
        } catch {
          // Only a warm-up: a real analysis reports its own problems.
        }
        resolve();
      }, 0);
      this.skip = resolve;
    });
  }

  private skip: () => void = () => undefined;

  dispose(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.skip();
  }
}
