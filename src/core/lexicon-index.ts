import { nlp } from './nlp';
import { type Reg, rarest } from './pattern-facts';
import { type PrebuiltPattern, exceptionOf, patternOf } from './parsed-patterns';
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
  /**
   * The required words of each tag-reading exception of the rules using this pattern: a hit
   * needs its sentence tagged before they are checked, unless the sentence lacks the words of
   * every one of them (then none can match, tags or not).
   */
  tagExceptionWords: (readonly (readonly string[])[])[];
}

/**
 * The lexicon's patterns indexed by the words they require, to find the few patterns that can
 * match a sentence from its words alone, before it is tagged. A pattern can only match a
 * sentence that has, for each of its required word tokens (`must`, `(mandatory|compulsory)`),
 * one of that token's words. Sentences with no candidate pattern are never tagged.
 */
export interface LexiconIndex {
  entries: PatternEntry[];
  /** Word → entries whose rarest required token accepts it, grouped by the next rarest token they require. */
  byWord: Map<string, TriggeredGroup[]>;
  /** Exception patterns by their text, each parsed once, when a hit first needs it. */
  exceptions: ParsesOnDemand;
  /** Per exception text, the words it requires (as `PatternEntry.required`): without them it cannot match. */
  exceptionWords: Map<string, string[][]>;
  /** Whether any pattern reads compromise's chunks (`<Noun>`); if none, chunking is skipped. */
  usesChunks: boolean;
}

/**
 * Entries one word triggers that also require one same other token (`also`, its words), or
 * none. A common trigger such as "must" indexes hundreds of patterns; a sentence lacking
 * `also` rules out its whole group with one look, not each pattern with its own.
 */
export interface TriggeredGroup {
  also: readonly string[] | undefined;
  /** `also`'s words joined, to find the group while indexing. */
  key: string;
  entries: number[];
}

/** Parses made on first `get`: a rule's exceptions are only read for its hits, and most rules have none. */
export class ParsesOnDemand {
  private readonly made = new Map<string, Reg[]>();
  private readonly makers = new Map<string, () => Reg[]>();

  add(text: string, make: () => Reg[]): void {
    this.makers.set(text, make);
  }

  get(text: string): Reg[] | undefined {
    let regs = this.made.get(text);
    if (!regs) {
      regs = this.makers.get(text)?.();
      if (regs) this.made.set(text, regs);
    }
    return regs;
  }
}

/** An index entry; its parses are made on first use (a class: ~1,300 of them are made at once). */
class IndexedPattern implements PatternEntry {
  readonly required: string[][];
  readonly readsTags: boolean;
  private parsed: Reg[] | undefined;
  private parsedForMatch: Reg[] | undefined;

  constructor(
    readonly ruleIndex: number,
    readonly match: string,
    private readonly source: PrebuiltPattern,
    public tagExceptionWords: (readonly (readonly string[])[])[],
    /** compromise's parse as `.match(text)` makes it (after killUnicode). */
    private readonly parseForMatch: (text: string) => Reg[],
  ) {
    this.required = source.facts.required;
    this.readsTags = source.facts.readsTags;
  }

  /** Made on first use: only patterns whose words a sentence has are ever run. */
  get regs(): Reg[] {
    this.parsed ??= this.source.regs();
    return this.parsed;
  }

  /** Made on first use: only hits of rules with suggestions, or across masked markup, read it. */
  get matchRegs(): Reg[] {
    this.parsedForMatch ??= this.parseForMatch(this.match);
    return this.parsedForMatch;
  }
}

/** Undefined when some pattern requires no fixed word (e.g. `#Modal #Verb`): then every sentence is tagged. */
export function indexLexicon(rules: readonly LexiconRule[]): LexiconIndex | undefined {
  const world = nlp.world() as unknown as { methods: { one: MatchMethods } };
  const one = world.methods.one;
  // Built-in patterns come parsed and inspected from the build (parsed-patterns.ts); others are done here.
  const patternAt = (text: string) => patternOf(text, (t) => one.parseMatch(t, {}, world));
  const parseForMatch = (text: string) => one.parseMatch(one.killUnicode(text, world), {}, world);
  const exceptionAt = (text: string) => exceptionOf(text, parseForMatch);
  const entries: PatternEntry[] = [];
  const byWord = new Map<string, TriggeredGroup[]>();
  const exceptions = new ParsesOnDemand();
  const exceptionReadsTags = new Map<string, boolean>();
  const exceptionWords = new Map<string, string[][]>();
  const seen = new Map<string, IndexedPattern>();
  let usesChunks = false;
  for (const [ruleIndex, rule] of rules.entries()) {
    for (const exception of rule.exceptions ?? []) {
      if (exceptionReadsTags.has(exception)) continue;
      const parsed = exceptionAt(exception);
      exceptions.add(exception, parsed.regs);
      exceptionReadsTags.set(exception, parsed.facts.readsTags);
      exceptionWords.set(exception, parsed.facts.required);
      usesChunks ||= parsed.facts.readsChunks;
    }
    const tagExceptionWords = (rule.exceptions ?? []).filter((exception) => exceptionReadsTags.get(exception)).map((exception) => exceptionWords.get(exception) ?? []);
    for (const match of rule.patterns) {
      // compromise's net keeps one entry per pattern text; so do we. The other rules with the
      // same text get its hits in findMatches (lazy-parse.ts); their exceptions may need tags.
      const same = seen.get(match);
      if (same) {
        same.tagExceptionWords = [...same.tagExceptionWords, ...tagExceptionWords];
        continue;
      }
      const parsed = patternAt(match);
      const { required, trigger, readsChunks } = parsed.facts;
      if (!required.length) return undefined;
      usesChunks ||= readsChunks;
      const index = entries.length;
      const entry = new IndexedPattern(ruleIndex, match, parsed, tagExceptionWords, parseForMatch);
      entries.push(entry);
      seen.set(match, entry);
      const next = rarest(required, trigger);
      const also = next === undefined ? undefined : required[next];
      for (const word of new Set(required[trigger])) addToGroup(byWord, word, also, index);
    }
  }
  return { entries, byWord, exceptions, exceptionWords, usesChunks };
}

function addToGroup(byWord: Map<string, TriggeredGroup[]>, word: string, also: readonly string[] | undefined, index: number): void {
  let groups = byWord.get(word);
  if (!groups) byWord.set(word, (groups = []));
  const key = also?.join('|') ?? '';
  const group = groups.find((g) => g.key === key);
  if (group) group.entries.push(index);
  else groups.push({ also, key, entries: [index] });
}
