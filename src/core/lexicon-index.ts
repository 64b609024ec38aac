import { nlp } from './nlp';
import { cost } from './pattern-facts';
import type { Reg } from './pattern-facts';
import { patternOf } from './parsed-patterns';
import type { LexiconRule } from './types';

export type { Reg } from './pattern-facts';

interface MatchMethods {
  parseMatch: (pattern: string, opts: object, world: unknown) => Reg[];
  killUnicode: (text: string, world: unknown) => string;
}

/** One pattern, parsed once. */
export interface PatternEntry {
  ruleIndex: number;
  match: string;
  /** As compromise's match-net parses it (what `sweep` would run). */
  readonly regs: Reg[];
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

/** Undefined when some pattern requires no fixed word (e.g. `#Modal #Verb`): then every sentence is tagged. */
export function indexLexicon(rules: readonly LexiconRule[]): LexiconIndex | undefined {
  const world = nlp.world() as unknown as { methods: { one: MatchMethods } };
  const one = world.methods.one;
  // Built-in patterns come parsed and inspected from the build (parsed-patterns.ts); others are done here.
  const patternAt = (text: string) => patternOf(text, (t) => one.parseMatch(t, {}, world));
  const entries: PatternEntry[] = [];
  const byWord = new Map<string, number[]>();
  const exceptions = new Map<string, Reg[]>();
  const exceptionReadsTags = new Map<string, boolean>();
  const seen = new Map<string, PatternEntry>();
  let usesChunks = false;
  for (const [ruleIndex, rule] of rules.entries()) {
    for (const exception of rule.exceptions ?? []) {
      if (exceptions.has(exception)) continue;
      const parsed = patternAt(one.killUnicode(exception, world));
      exceptions.set(exception, parsed.regs());
      exceptionReadsTags.set(exception, parsed.facts.readsTags);
      usesChunks ||= parsed.facts.readsChunks;
    }
    const exceptionsReadTags = (rule.exceptions ?? []).some((exception) => exceptionReadsTags.get(exception));
    for (const match of rule.patterns) {
      // compromise's net keeps one entry per pattern text; so do we. The other rules with the
      // same text get its hits in findMatches (lazy-parse.ts); their exceptions may need tags.
      const same = seen.get(match);
      if (same) {
        same.exceptionsReadTags ||= exceptionsReadTags;
        continue;
      }
      const parsed = patternAt(match);
      const { required, readsTags, readsChunks } = parsed.facts;
      if (!required.length) return undefined;
      usesChunks ||= readsChunks;
      const trigger = required.reduce((best, words) => (cost(words) < cost(best) ? words : best));
      const index = entries.length;
      let regs: Reg[] | undefined;
      let matchRegs: Reg[] | undefined;
      const entry: PatternEntry = {
        ruleIndex,
        match,
        // Decoded on first use: only patterns whose words a sentence has are ever run.
        get regs() {
          regs ??= parsed.regs();
          return regs;
        },
        required,
        readsTags,
        exceptionsReadTags,
        // Parsed on first use: only hits of rules with suggestions read their groups.
        get matchRegs() {
          matchRegs ??= patternAt(one.killUnicode(match, world)).regs();
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
  return { entries, byWord, exceptions, usesChunks };
}
