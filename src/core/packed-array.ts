/**
 * `items.map(f)`, built by `push`, so the array has the same V8 elements kind in every tier.
 *
 * Why: V8's interpreted `Array.prototype.map` returns a packed array, but once the calling
 * function is optimised, its inlined `map` returns a holey one. Hot code that reads arrays
 * made both ways sees a second hidden class, is deoptimised ("wrong map") and compiled again:
 * on a first 100k-word analysis that recompiling took a third of the JIT's time. Used where
 * such arrays feed the per-sentence loops; elsewhere plain `map` is fine.
 */
export function packedMap<T, U>(items: readonly T[], f: (item: T, index: number) => U): U[] {
  const out: U[] = [];
  for (let i = 0; i < items.length; i++) out.push(f(items[i], i));
  return out;
}
