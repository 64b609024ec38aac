import { nlp } from './nlp';
import { parseMatchOf } from './parsed-patterns';
import type { LexiconRule } from './types';

/** One token of compromise's parsed match syntax (only the fields we read). */
export interface Reg {
  word?: string;
  fastOr?: Set<string>;
  choices?: Reg[][];
  operator?: 'or' | 'and';
  optional?: boolean;
  negative?: boolean;
  greedy?: boolean;
  fuzzy?: boolean;
  root?: string;
  use?: string;
  min?: number;
}

interface MatchMethods {
  parseMatch: (pattern: string, opts: object, world: unknown) => Reg[];
  killUnicode: (text: string, world: unknown) => string;
}

/** One pattern, parsed once. */
export interface PatternEntry {
  ruleIndex: number;
  match: string;
  /** As compromise's match-net parses it (what `sweep` would run). */
  regs: Reg[];
  /** As `.match(string)` parses it (for named groups). */
  readonly matchRegs: Reg[];
  /** Per required token, the words it can match: a sentence lacking any group cannot match. */
  required: string[][];
  /** False when the pattern reads only words and punctuation, never tags: it matches the same before tagging. */
  readsTags: boolean;
  /** Whether some exception of a rule using this pattern reads tags: a hit needs its sentence tagged before they are checked. */
  exceptionsReadTags: boolean;
}

/**
 * The lexicon's patterns indexed by the words they require, to find the few patterns that can
 * match a sentence from its words alone, before it is tagged. A pattern can only match a
 * sentence that has, for each of its required word tokens (`must`, `(mandatory|compulsory)`),
 * one of that token's words. Sentences with no candidate pattern are never tagged.
 */
export interface LexiconIndex {
  entries: PatternEntry[];
  /** Word → entries whose rarest required token accepts it. */
  byWord: Map<string, number[]>;
  /** Exception patterns, parsed once. */
  exceptions: Map<string, Reg[]>;
  /** Whether any pattern reads compromise's chunks (`<Noun>`); if none, chunking is skipped. */
  usesChunks: boolean;
}

/** Words so frequent that triggering on them saves little; any rarer required token is preferred. */
const COMMON = new Set(['a', 'an', 'the', 'is', 'are', 'be', 'to', 'of', 'in', 'on', 'and', 'or', 'so', 'that', 'you', 'we', 'i', 'it', 'all', 'this', 'for', 'with', 'your', 'our', 'will', 'not', 'do', 'by', 'as', 'have', 'from']);

/** Undefined when some pattern requires no fixed word (e.g. `#Modal #Verb`): then every sentence is tagged. */
export function indexLexicon(rules: readonly LexiconRule[]): LexiconIndex | undefined {
  const world = nlp.world() as unknown as { methods: { one: MatchMethods } };
  const one = world.methods.one;
  // Built-in patterns come parsed from the build (parsed-patterns.ts); others are parsed here.
  const parse = (text: string): Reg[] => parseMatchOf(text, (t) => one.parseMatch(t, {}, world));
  const entries: PatternEntry[] = [];
  const byWord = new Map<string, number[]>();
  const exceptions = new Map<string, Reg[]>();
  const seen = new Map<string, PatternEntry>();
  for (const [ruleIndex, rule] of rules.entries()) {
    for (const exception of rule.exceptions ?? []) {
      if (!exceptions.has(exception)) exceptions.set(exception, parse(one.killUnicode(exception, world)));
    }
    const exceptionsReadTags = !(rule.exceptions ?? []).every((exception) => wordsOnly(exceptions.get(exception) as Reg[]));
    for (const match of rule.patterns) {
      // compromise's net keeps one entry per pattern text; so do we. The other rules with the
      // same text get its hits in findMatches (lazy-parse.ts); their exceptions may need tags.
      const same = seen.get(match);
      if (same) {
        same.exceptionsReadTags ||= exceptionsReadTags;
        continue;
      }
      const regs = parse(match);
      const required = regs.map(regWords).filter((words): words is string[] => words !== undefined);
      if (!required.length) return undefined;
      const trigger = required.reduce((best, words) => (cost(words) < cost(best) ? words : best));
      const index = entries.length;
      let matchRegs: Reg[] | undefined;
      const entry: PatternEntry = {
        ruleIndex,
        match,
        regs,
        required,
        readsTags: !wordsOnly(regs),
        exceptionsReadTags,
        // Parsed on first use: only hits of rules with suggestions read their groups.
        get matchRegs() {
          matchRegs ??= parse(one.killUnicode(match, world));
          return matchRegs;
        },
      };
      entries.push(entry);
      seen.set(match, entry);
      for (const word of new Set(trigger)) {
        const list = byWord.get(word);
        if (list) list.push(index);
        else byWord.set(word, [index]);
      }
    }
  }
  const all = [...entries.map((entry) => entry.regs), ...exceptions.values()];
  return { entries, byWord, exceptions, usesChunks: all.some(readsChunks) };
}

/** Token fields that read only a term's words and punctuation, which tagging never changes. */
const WORD_FIELDS = new Set(['word', 'fastOr', 'choices', 'operator', 'optional', 'negative', 'greedy', 'min', 'max', 'start', 'end', 'group', 'groupStart', 'groupEnd', 'anything', 'pre', 'post']);

function wordsOnly(regs: readonly Reg[]): boolean {
  return regs.every((reg) => Object.keys(reg).every((key) => WORD_FIELDS.has(key)) && (reg.choices ?? []).every(wordsOnly));
}

function readsChunks(regs: readonly Reg[]): boolean {
  return regs.some((reg) => (reg as { chunk?: string }).chunk !== undefined || (reg.choices ?? []).some(readsChunks));
}

function cost(words: readonly string[]): number {
  return words.reduce((sum, word) => sum + (COMMON.has(word) ? 100 : 1), 0);
}

/**
 * The words one token can match, or undefined when it may be absent or match open-ended
 * text. Deliberately narrow: anything unusual (fuzzy, {root}, case-sensitive, repeats) gives
 * undefined, which only costs speed.
 */
function regWords(reg: Reg): string[] | undefined {
  if (reg.optional || reg.negative || reg.greedy || reg.fuzzy || reg.root !== undefined || reg.use || reg.min === 0) return undefined;
  const keys = Object.keys(reg).filter((key) => !['group', 'groupStart', 'groupEnd', 'start', 'end'].includes(key));
  if (reg.word !== undefined && keys.length === 1) return [reg.word];
  if (reg.fastOr && reg.operator === 'or' && keys.length === 2) return [...reg.fastOr];
  if (reg.choices && reg.operator === 'or' && keys.length === 2) {
    const words: string[] = [];
    for (const choice of reg.choices) {
      // A choice matches only if its own rarest required token does.
      const options = choice.map(regWords).filter((w): w is string[] => w !== undefined);
      if (!options.length) return undefined;
      words.push(...options.reduce((best, w) => (cost(w) < cost(best) ? w : best)));
    }
    return words;
  }
  if (reg.choices && reg.operator === 'and' && keys.length === 2) {
    const sides = reg.choices.flatMap((side) => side.map(regWords)).filter((w): w is string[] => w !== undefined);
    return sides.sort((a, b) => cost(a) - cost(b))[0];
  }
  return undefined;
}
