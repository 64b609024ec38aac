/** How a long job shares the thread: it yields between its units, and stops when aborted. */
export interface Slicing {
  /** Checked between slices and between work units; an AbortSignal fits. */
  signal?: { readonly aborted: boolean };
  /** Gives the event loop a turn, e.g. `() => new Promise((r) => setTimeout(r, 0))`. */
  yield: () => Promise<void>;
  /** No slice should exceed this (default 50); slices aim at 80% of it. */
  maxSliceMs?: number;
}

/**
 * Yielded by a job before a unit that may cost many times the ones before it (the runner's
 * estimate follows the recent units): the runner gives the event loop its turn first, so that
 * unit starts a slice of its own. A plain `yield` leaves the choice to the estimate.
 */
export const FRESH_SLICE = Symbol('fresh slice');

/** A job as units of work: it yields (nothing, or FRESH_SLICE) between them. */
export type Steps<T> = Generator<void | typeof FRESH_SLICE, T>;

/**
 * Runs a job written as a generator that yields between units of work, giving the event loop
 * a turn whenever the next unit could push the slice past its budget. Resolves with the
 * job's result, or undefined when `signal` was aborted (the generator is then closed).
 */
export async function runInSlices<T>(steps: Steps<T>, slicing: Slicing): Promise<T | undefined> {
  // `maxSliceMs` is a ceiling: aim a fifth below it, so that a unit costlier than predicted,
  // or a garbage-collection pause inside the slice, still ends under it.
  const budgetMs = (slicing.maxSliceMs ?? 50) * 0.8;
  let sliceStart = performance.now();
  let costliest = 0;
  for (;;) {
    if (slicing.signal?.aborted) {
      steps.return(undefined as never);
      return undefined;
    }
    const before = performance.now();
    const step = steps.next();
    if (step.done) return step.value;
    const after = performance.now();
    costliest = Math.max(costliest * 0.9, after - before);
    // Yield when the next unit, if twice as costly as recent ones, would overrun the slice (units
    // vary: a block of tagged sentences costs several times one of untagged ones).
    if (step.value === FRESH_SLICE || after - sliceStart + 2 * costliest > budgetMs) {
      await slicing.yield();
      sliceStart = performance.now();
    }
  }
}

/** Runs a job written as such a generator to its end at once (for callers that may block: the CLI, tests). */
export function runToEnd<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
