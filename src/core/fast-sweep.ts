import type { Term } from './nlp';

/**
 * compromise's tagger corrects its first guesses with about a thousand match patterns, swept
 * through `methods.one.bulkMatch`. To find the patterns a sentence may match, that function
 * walks every hook of the whole net (every word and tag some pattern needs) for every
 * sentence and asks the sentence whether it has it: about a quarter of all tagging time.
 * `fastBulkMatch` asks the other way round: it walks the sentence's own words and tags (a few
 * dozen) and looks each up among the hooks. It keeps compromise's order and its rules exactly
 * (first pattern of a given text wins; needs, ifNo, wants, the patterns needing no hook, the
 * minimum word count), so the tags come out the same; `npm test` compares the two on the dev
 * corpus. Written against compromise 14.17; `installFastSweep` checks the shape it relies on.
 */

/** One pattern of a match-net, as compromise's `buildNet` makes it (the fields read here). */
interface NetMatch {
  match: string;
  needs: string[];
  wants: string[];
  minWant: number;
  minWords: number;
  ifNo?: string[];
  unTag?: unknown;
}

interface Net {
  hooks: Record<string, NetMatch[]>;
  always: NetMatch[];
}

type Pointer = [number, number, number];

interface SweepMethods {
  one: {
    cacheDoc: (document: Term[][]) => Set<string>[];
    match: (docs: Term[][], todo: NetMatch) => { ptrs: Pointer[] };
  };
}

/**
 * A net rearranged for lookups from the sentence's side. compromise tries, on a sentence, the
 * patterns of every hook the sentence has, in the order of its walk (hooks in key order, each
 * hook's patterns in list order, a pattern where it first appears), keeping those whose needs,
 * ifNo and wants the sentence meets. A pattern that meets its needs has all of them, so it is
 * enough to file it under one need (the one with the fewest patterns); a pattern with no need
 * is filed under each of its wants. Its place in compromise's walk is then the smallest of its
 * places under its needs (all present) and under the wants the sentence has.
 */
interface Filed {
  pattern: NetMatch;
  /** Smallest place in the walk among the pattern's needs (Infinity without needs). */
  needPlace: number;
  /** Place in the walk under each want. */
  wantPlaces: [string, number][];
  /** The last sentence it was looked at for (each sentence gets a new number). */
  seen: number;
}

interface Plan {
  filed: Map<string, Filed[]>;
}

const plans = new WeakMap<Net, Plan | 'unplannable'>();
let sentenceNumber = 0;

export function planFor(net: Net): Plan | undefined {
  // Planned once per net: compromise builds a net once (`buildNet`) and never changes it after.
  const known = plans.get(net);
  if (known) return known === 'unplannable' ? undefined : known;
  const keys = Object.keys(net.hooks);
  const byPattern = new Map<NetMatch, Filed>();
  let place = 0;
  for (const key of keys) {
    for (const pattern of net.hooks[key]) {
      let filed = byPattern.get(pattern);
      if (!filed) byPattern.set(pattern, (filed = { pattern, needPlace: Infinity, wantPlaces: [], seen: 0 }));
      if (pattern.needs.includes(key)) filed.needPlace = Math.min(filed.needPlace, place);
      if (pattern.wants.includes(key)) filed.wantPlaces.push([key, place]);
      place++;
    }
  }
  // compromise keeps the first pattern of a given text in its walk, even if a later one would
  // pass: only with one pattern per text is "filed once" the same.
  if (new Set([...byPattern.keys()].map((pattern) => pattern.match)).size !== byPattern.size) {
    plans.set(net, 'unplannable');
    return undefined;
  }
  const filed = new Map<string, Filed[]>();
  const file = (key: string, entry: Filed) => (filed.get(key) ?? filed.set(key, []).get(key))?.push(entry);
  for (const entry of byPattern.values()) {
    const { needs, wants } = entry.pattern;
    if (needs.length) file(needs.reduce((best, need) => (net.hooks[need].length < net.hooks[best].length ? need : best)), entry);
    else for (const want of new Set(wants)) file(want, entry);
  }
  const plan = { filed };
  plans.set(net, plan);
  return plan;
}

/** The patterns worth trying on one sentence, in the order compromise would try them. */
function candidatesFor(have: Set<string>, words: number, net: Net, plan: Plan): NetMatch[] {
  const number = ++sentenceNumber;
  const found: { pattern: NetMatch; place: number }[] = [];
  for (const key of have) {
    for (const entry of plan.filed.get(key) ?? []) {
      if (entry.seen === number) continue;
      entry.seen = number;
      const { pattern } = entry;
      if (words < pattern.minWords || !isPossible(pattern, have)) continue;
      let place = entry.needPlace;
      for (const [want, at] of entry.wantPlaces) if (at < place && have.has(want)) place = at;
      found.push({ pattern, place });
    }
  }
  found.sort((a, b) => a.place - b.place);
  const out = found.map((entry) => entry.pattern);
  for (const pattern of net.always) if (words >= pattern.minWords) out.push(pattern);
  return out;
}

function isPossible(pattern: NetMatch, have: Set<string>): boolean {
  if (!pattern.needs.every((need) => have.has(need))) return false;
  if (pattern.ifNo?.some((no) => have.has(no))) return false;
  if (pattern.wants.length === 0) return true;
  let found = 0;
  for (const want of pattern.wants) if (have.has(want)) found++;
  return found >= pattern.minWant;
}

/** Drop-in for compromise's `methods.one.bulkMatch`: the same hits, in the same order. */
export function fastBulkMatch(document: Term[][], net: Net, methods: SweepMethods, opts: { matchOne?: boolean } = {}): unknown {
  const plan = planFor(net);
  if (!plan) return (compromiseBulkMatch as typeof fastBulkMatch)(document, net, methods, opts);
  const caches = methods.one.cacheDoc(document);
  const results: (NetMatch & { pointer: Pointer })[] = [];
  for (let n = 0; n < document.length; n++) {
    for (const pattern of candidatesFor(caches[n], document[n].length, net, plan)) {
      const { ptrs } = methods.one.match([document[n]], pattern);
      if (!ptrs.length) continue;
      for (const ptr of ptrs) {
        ptr[0] = n;
        results.push({ ...pattern, pointer: ptr });
      }
      if (opts.matchOne) return [results[0]];
    }
  }
  return results;
}

interface World {
  methods: { one: { bulkMatch: unknown; cacheDoc?: unknown; match?: unknown } };
}

/** compromise's own `bulkMatch`, kept for the test that compares the two. */
export let compromiseBulkMatch: unknown;

/** Puts `fastBulkMatch` in place of compromise's, unless compromise's methods are not the shape it was written for. */
export function installFastSweep(world: World): void {
  const one = world.methods.one;
  if (one.bulkMatch === fastBulkMatch) return;
  if (typeof one.bulkMatch !== 'function' || typeof one.cacheDoc !== 'function' || typeof one.match !== 'function') return;
  compromiseBulkMatch = one.bulkMatch;
  one.bulkMatch = fastBulkMatch;
}
