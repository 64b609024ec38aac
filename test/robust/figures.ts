import * as fc from 'fast-check';

/**
 * Every property runs with one fixed seed, so a failure printed here reproduces exactly.
 * Another seed (or more cases) explores further: LEADLINT_SEED=7 LEADLINT_RUNS_SCALE=4 npm run test:robust
 */
export const SEED = Number(process.env.LEADLINT_SEED ?? 20261124);
const SCALE = Number(process.env.LEADLINT_RUNS_SCALE ?? 1);

/** Counters a property fills in, printed with its figures so a reader sees it was exercised. */
export type Tally = Record<string, number>;

export function count(tally: Tally, key: string, by = 1): void {
  tally[key] = (tally[key] ?? 0) + by;
}

function summary(tally: Tally): string {
  const parts = Object.entries(tally).map(([key, n]) => `${n} ${key}`);
  return parts.length ? `; ${parts.join(', ')}` : '';
}

/** Runs a property with the fixed seed, prints cases, failures and time, and fails the test on a counterexample. */
export function checkProperty<Ts>(name: string, property: fc.IProperty<Ts>, runs: number, tally: Tally = {}): void {
  const numRuns = Math.max(1, Math.round(runs * SCALE));
  const started = performance.now();
  const details = fc.check(property, { seed: SEED, numRuns });
  report(name, details, started, tally);
}

export async function checkAsyncProperty<Ts>(name: string, property: fc.IAsyncProperty<Ts>, runs: number, tally: Tally = {}): Promise<void> {
  const numRuns = Math.max(1, Math.round(runs * SCALE));
  const started = performance.now();
  const details = await fc.check(property, { seed: SEED, numRuns });
  report(name, details, started, tally);
}

function report<Ts>(name: string, details: fc.RunDetails<Ts>, started: number, tally: Tally): void {
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const failures = details.failed ? 1 : 0;
  console.log(`      [property] ${name}: ${details.numRuns} cases, ${failures} failures, ${seconds} s, seed ${SEED}${summary(tally)}`);
  if (!details.failed) return;
  const cause = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
  throw new Error(`${cause}\n${fc.defaultReportMessage(details) ?? ''}`);
}

/** A labelled figure (time, memory, what the user saw), indented under the test that measured it. */
export function figure(label: string, value: string): void {
  console.log(`      [figure] ${label}: ${value}`);
}
