/*
 * compromise does not export its matcher's parts, only the whole (`methods.one.match`). These
 * three are imported from its source files (the same module instances the bundle already
 * holds), so a compromise upgrade that moves them fails the build instead of changing results.
 */
// @ts-expect-error compromise ships no types for its internal modules
import tryHere from '../../node_modules/compromise/src/1-one/match/methods/match/02-from-here.js';
// @ts-expect-error compromise ships no types for its internal modules
import getGroup from '../../node_modules/compromise/src/1-one/match/methods/match/03-getGroup.js';
// @ts-expect-error compromise ships no types for its internal modules
import termMatches from '../../node_modules/compromise/src/1-one/match/methods/match/term/doesMatch.js';
import type { Reg } from './lexicon-index';
import type { Term } from './nlp';

/**
 * compromise's matcher tries a pattern at every word of a sentence. At each word it copies the
 * rest of the sentence (`terms.slice(i)`) and sets up a match state, even where the pattern
 * cannot start at that word, which is most words: 70% of the tries on the benchmark text.
 * `fastMatch` first asks the tests a first word must pass (`firstWordTests`) and tries only
 * the words that pass one. compromise's own code does the rest (`tryHere`, `getGroup`), in
 * compromise's order and with its skip past each match, so the hits are the same.
 * `test/unit/fast-match.test.ts` compares the two on every pattern leadlint uses, over the
 * corpus. Written against compromise 14.17; `installFastMatch` checks the shape it relies on.
 */

type Pointer = [number, number, number, string?, string?];

interface MatchReg extends Reg {
  start?: boolean;
  end?: boolean;
  optional?: boolean;
  negative?: boolean;
  anything?: boolean;
  greedy?: boolean;
}

interface Todo {
  regs?: MatchReg[];
  group?: string | number;
  justOne?: boolean;
  notIf?: unknown;
}

interface Found {
  pointer: Pointer;
  groups: Record<string, Pointer>;
}

interface Result {
  ptrs: Pointer[];
  byGroup: Record<string, Pointer[]>;
}

type Match = (docs: Term[][], todo: Todo, cache?: unknown[]) => Result;

/** What is worked out once per pattern: its shortest match in words, and tests its first word must pass. */
interface Plan {
  minLength: number;
  /** A match's first word passes one of these (compromise's term test); undefined: no such tests. */
  firstWordTests: MatchReg[] | undefined;
}

const plans = new WeakMap<MatchReg[], Plan>();

function planOf(regs: MatchReg[]): Plan {
  let plan = plans.get(regs);
  if (!plan) {
    plan = { minLength: regs.filter((reg) => reg.optional !== true && reg.negative !== true).length, firstWordTests: firstWordTests(regs) };
    plans.set(regs, plan);
  }
  return plan;
}

/**
 * What a match's first word must pass, read off compromise's tryHere (02-from-here.js): the
 * first word is taken by the first token, or, where that token is optional and does not take
 * it, by the next, and so on up to the first token that is not optional (an all-optional
 * pattern must still take a word). A plain token takes a word that passes its term test; a
 * choice of phrases `(a b|c)` one that passes the first test of some choice (and-or.js).
 * Negative tokens, `.`, and `foo+$` take words by other rules: no tests then.
 */
function firstWordTests(regs: MatchReg[]): MatchReg[] | undefined {
  const tests: MatchReg[] = [];
  for (const reg of regs) {
    if (reg.negative || reg.anything === true || (reg.greedy === true && reg.end === true)) return undefined;
    if (reg.choices === undefined) tests.push(reg);
    else {
      if (reg.operator !== 'or') return undefined;
      for (const choice of reg.choices as unknown[]) {
        if (!Array.isArray(choice)) return undefined;
        const first = choice[0] as MatchReg | undefined;
        // A choice's words are tested without the negation wrapper: only plain first tests compare.
        if (first && (first.negative || first.anything === true)) return undefined;
        if (first) tests.push(first);
      }
    }
    if (reg.optional !== true) return tests;
  }
  return tests;
}

/** compromise's own `match`, kept for what `fastMatch` hands back and for the test that compares the two. */
export let compromiseMatch: Match | undefined;

/** Drop-in for compromise's `methods.one.match`: the same results, in the same order. */
export function fastMatch(docs: Term[][], todo: Todo, cache?: unknown[]): Result {
  const { regs, group, justOne } = todo;
  // `^`, cached fail-fast checks and `notIf` are compromise's rarer paths: its own code runs them.
  if (!regs || regs.length === 0 || regs[0].start === true || cache || todo.notIf !== undefined) return (compromiseMatch as Match)(docs, todo, cache);
  const { minLength, firstWordTests: tests } = planOf(regs);
  let found: Found[] = [];
  sentences: for (let n = 0; n < docs.length; n++) {
    const terms = docs[n];
    for (let i = 0; i < terms.length; i++) {
      if (terms.length - i < minLength) break;
      if (tests && !passesOne(terms[i], tests, i, terms.length)) continue;
      const hit = tryHere(terms.slice(i), regs, i, terms.length) as Found | null;
      if (!hit) continue;
      hit.pointer[0] = n;
      for (const name of Object.keys(hit.groups)) hit.groups[name][0] = n;
      found.push(hit);
      if (justOne) break sentences;
      // compromise's rule: the next try starts at the match's last word, plus one.
      const end = hit.pointer[2];
      if (Math.abs(end - 1) > i) i = Math.abs(end - 1);
    }
  }
  if (regs[regs.length - 1].end === true) found = found.filter((hit) => docs[hit.pointer[0]].length === hit.pointer[2]);
  const result = getGroup(found, group) as Result;
  for (const ptr of result.ptrs) {
    const [n, start, end] = ptr;
    ptr[3] = (docs[n][start] as Term & { id: string }).id;
    ptr[4] = (docs[n][end - 1] as Term & { id: string }).id;
  }
  return result;
}

function passesOne(term: Term, tests: MatchReg[], index: number, length: number): boolean {
  for (const test of tests) if (termMatches(term, test, index, length) === true) return true;
  return false;
}

interface World {
  methods: { one: { match?: unknown } };
}

/** Puts `fastMatch` in place of compromise's matcher, unless the imported parts are not what it was written for. */
export function installFastMatch(world: World): void {
  const one = world.methods.one;
  if (one.match === fastMatch) return;
  if (typeof one.match !== 'function' || typeof tryHere !== 'function' || typeof getGroup !== 'function' || typeof termMatches !== 'function') return;
  compromiseMatch = one.match as Match;
  one.match = fastMatch;
}
