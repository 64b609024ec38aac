import type { PatternEntry, Reg } from './lexicon-index';
import type { Term } from './nlp';

/**
 * A second, stricter word-only check before a sentence is tagged: a pattern's fixed-word tokens
 * must occur in the sentence in the pattern's order, and two tokens that are neighbours in the
 * pattern, the first matching exactly one term, must be neighbouring terms. The index's first
 * check (every required word somewhere in the sentence) lets through sentences like "we only
 * need the dates by Friday; ask how to split the work" for `(do|need) not? (have|need) to
 * (be|work) …`; this one does not, so fewer sentences are tagged. It only ever says "cannot
 * match" when compromise's matcher could not match either: a plain word or `(a|b)` token (not
 * optional, negative, greedy, fuzzy or case-sensitive) consumes exactly one term, and it
 * matches that term only by the forms `wordForms` collects (normal, text, machine,
 * implicit, alias); a `^` token only matches the first term. A plain tag token (`#Noun`, or
 * `(#Noun|#Gerund)`) also takes exactly one term, whatever its word: it stands in a run as a
 * term of any word, so `^imagine (#Noun|#Gerund) (that|where)` needs "that" or "where" two
 * terms after "imagine". (compromise's contraction skip, the one way a token takes two terms,
 * only follows a word token or `@hasContraction`.) Any other token is skipped here, which only
 * costs speed.
 */
interface Token {
  /** Index of its reg in the pattern. */
  at: number;
  /** The words its term may have; undefined for a tag token, which takes a term of any word. */
  words: ReadonlySet<string> | undefined;
  /** Matches exactly one term (a word or `(a|b)` token), so the next reg starts right after it. */
  single: boolean;
  /** `^`: only the sentence's first term. */
  start: boolean;
}

const GROUP_FIELDS = new Set(['group', 'groupStart', 'groupEnd']);
const sequences = new WeakMap<PatternEntry, Token[][]>();

/** Whether the pattern's fixed words can be found in the sentence in order (see above). */
export function mayMatchInOrder(sentence: readonly Term[], entry: PatternEntry): boolean {
  let chains = sequences.get(entry);
  if (!chains) {
    chains = chainsOf(entry.regs);
    sequences.set(entry, chains);
  }
  let next = 0;
  for (const chain of chains) {
    const at = placeChain(sentence, chain, next);
    if (at < 0) return false;
    next = at + chain.length;
  }
  return true;
}

/** The earliest term index from `from` where the chain's tokens match consecutive terms, or -1. */
function placeChain(sentence: readonly Term[], chain: readonly Token[], from: number): number {
  for (let k = from; k + chain.length <= sentence.length; k++) {
    if (chain[0].start && k !== 0) return -1;
    if (chain.every((token, i) => (!token.words || termHas(sentence[k + i], token.words)) && (!token.start || k + i === 0))) return k;
  }
  return -1;
}

/** A term with the forms compromise matches a word against besides `normal` and `text`. */
export interface WordForms extends Term {
  machine?: string | null;
  alias?: string[];
}

/** The sentence's word forms (normal, text, machine, implicit, alias) as a set, to test a pattern's required words against. */
export function wordForms(sentence: readonly Term[]): Set<string> {
  const all = new Set<string>();
  for (const term of sentence as readonly WordForms[]) {
    all.add(term.normal).add(term.text);
    if (term.machine) all.add(term.machine);
    if (term.implicit) all.add(term.implicit);
    for (const alias of term.alias ?? []) all.add(alias);
  }
  return all;
}

/** Whether one of the forms compromise matches a word against (the ones `wordForms` collects) is in `words`. */
export function termHas(term: Term, words: { has(word: string): boolean }): boolean {
  const t = term as WordForms;
  if (words.has(t.normal) || words.has(t.text) || (!!t.machine && words.has(t.machine)) || (!!t.implicit && words.has(t.implicit))) return true;
  // A loop, not `(t.alias ?? []).some(…)`: this runs for every word of a document.
  if (t.alias) for (const alias of t.alias) if (words.has(alias)) return true;
  return false;
}

/**
 * Whether a sentence with these word forms has, for each required token, one of its words.
 * Loops, not `every`/`some` with closures: about 300k checks on a 100k-word document.
 */
export function hasRequiredWords(forms: Set<string>, required: readonly (readonly string[])[]): boolean {
  for (const words of required) if (!hasAnyOf(forms, words)) return false;
  return true;
}

export function hasAnyOf(forms: Set<string>, words: readonly string[]): boolean {
  for (const word of words) if (forms.has(word)) return true;
  return false;
}

/** The pattern's checkable tokens, in order, grouped into runs that must be on consecutive terms. */
function chainsOf(regs: readonly Reg[]): Token[][] {
  // A negated repeat (`!@isTitleCase{0,2}`) throws compromise's alignment off: after it,
  // `(why|you) you` matched "why when you". No order is assumed for such a pattern.
  if (regs.some((reg) => reg.negative && (reg.min !== undefined || (reg as { max?: number }).max !== undefined || reg.greedy))) return [];
  const chains: Token[][] = [];
  let last: Token | undefined;
  regs.forEach((reg, at) => {
    const token = tokenOf(reg, at);
    if (!token) return;
    if (last && last.single && last.at === at - 1) chains[chains.length - 1].push(token);
    else chains.push([token]);
    last = token;
  });
  return chains;
}

function plain(reg: Reg, allowed: readonly string[]): boolean {
  if (reg.optional || reg.negative || reg.greedy || reg.fuzzy || reg.root !== undefined || reg.use || reg.min !== undefined || (reg as { max?: number }).max !== undefined) return false;
  return Object.keys(reg).every((key) => allowed.includes(key) || GROUP_FIELDS.has(key));
}

/** The words a term must have to match `reg` as the first term of its span; undefined if unknown. */
function firstWords(reg: Reg): string[] | undefined {
  if (reg.word !== undefined && plain(reg, ['word', 'start'])) return [reg.word];
  if (reg.fastOr && reg.operator === 'or' && plain(reg, ['fastOr', 'operator', 'start'])) return [...reg.fastOr];
  return undefined;
}

/** `#Noun`: one term, tested by tag only. */
function isPlainTag(reg: Reg): boolean {
  return reg.tag !== undefined && plain(reg, ['tag']);
}

function tokenOf(reg: Reg, at: number): Token | undefined {
  const start = (reg as { start?: boolean }).start === true;
  const words = firstWords(reg);
  if (words) return { at, words: new Set(words), single: true, start };
  if (isPlainTag(reg)) return { at, words: undefined, single: true, start: false };
  // `(#Noun|#Gerund)`: each choice one plain tag or word token, so one term of any word.
  if (reg.choices && reg.operator === 'or' && plain(reg, ['choices', 'operator']) && reg.choices.every((choice) => choice.length === 1 && (isPlainTag(choice[0]) || firstWords(choice[0])))) {
    return { at, words: undefined, single: true, start: false };
  }
  // `(we will|you|…)`: each alternative's first token says which words its first term can be.
  if (reg.choices && reg.operator === 'or' && plain(reg, ['choices', 'operator'])) {
    const all: string[] = [];
    for (const choice of reg.choices) {
      const first = choice.length ? firstWords(choice[0]) : undefined;
      if (!first) return undefined;
      all.push(...first);
    }
    return { at, words: new Set(all), single: false, start: false };
  }
  return undefined;
}
