import type { CompiledLexicon } from './compiled-lexicon';
import { installFastMatch } from './fast-match';
import { installFastSweep } from './fast-sweep';
import type { LexiconIndex, PatternEntry, Reg } from './lexicon-index';
import { nlp, type Term, type View } from './nlp';
import { packedMap } from './packed-array';
import { giveTermsOneShape } from './term-shape';
import { hasAnyOf, hasRequiredWords, mayMatchInOrder, termHas, wordForms } from './word-order';

/**
 * compromise's `nlp(text)` runs these hooks in order. The first four only tokenise (word forms,
 * contractions, indexes: several times faster than the rest); the rest tag, sentence by sentence.
 */
const HOOKS = nlp.hooks() as string[];
// Tagging is most of the work; compromise's sweep spends a quarter of it finding candidates (fast-sweep.ts).
installFastSweep(nlp.world() as never);
// Matching (the tagger's patterns and the lexicon's) mostly tries words a pattern cannot start at (fast-match.ts).
installFastMatch(nlp.world() as never);
const TOKEN_HOOKS = ['contractions', 'alias', 'machine', 'index'];
const SPLIT_OK = TOKEN_HOOKS.every((hook, i) => HOOKS[i] === hook);
const TAG_HOOKS = HOOKS.slice(TOKEN_HOOKS.length);
/** Chunking only sets `term.chunk` (no tags): needless when no pattern reads chunks. */
const TAG_HOOKS_NO_CHUNKS = TAG_HOOKS.filter((hook) => hook !== 'chunks');

type Pointer = [number, number, number];

interface World {
  methods: {
    one: {
      tokenize: { fromString: (text: string, world: World) => Term[][] };
      match: (docs: Term[][], todo: { regs: Reg[] }) => { ptrs: Pointer[]; byGroup: Record<string, Pointer[]> };
      parseMatch: (pattern: string, opts: object, world: World) => Reg[];
      killUnicode: (text: string, world: World) => string;
    };
  };
}

/** A pattern's match: which rule, which pattern, where (sentence, first term, end term). */
export interface Found {
  ruleIndex: number;
  match: string;
  /** The indexed pattern (its parsed form reads named groups); the pattern text when absent. */
  entry?: PatternEntry;
  ptr: Pointer;
  /** Orders hits the same way on every path: by position, then by rule and pattern. */
  order: number;
}

export interface BlockMatches {
  doc: View;
  sentences: Term[][];
  found: Found[];
}

/**
 * Every pattern match in one block. With an index (lexicon-index.ts) it tokenises first, runs
 * the word-only patterns that can match a sentence on its tokens, and tags only the sentences
 * that some tag-reading pattern can match by their words (or where a hit's exceptions read
 * tags and have their words there), then runs the tag-reading patterns there. Tagging works sentence by sentence, so those sentences get the same tags as
 * in a full `nlp(text)`, and the others keep their tokens, which is all the word and sentence
 * counts need. One exception: compromise's second contraction pass (`'s`, `'d`) can insert
 * words while tagging, so a sentence with an unexpanded apostrophe is tagged before its
 * candidates are chosen. Without an index it is the plain path: `nlp(text)` and one sweep of
 * the match-net. `npm test` checks both paths give the same hits over the whole dev corpus.
 */
export function findMatches(text: string, lexicon: CompiledLexicon): BlockMatches {
  const result = lexicon.index && SPLIT_OK ? findIndexed(text, lexicon.index) : findSwept(text, lexicon);
  if (lexicon.sharedPatterns.size) result.found = result.found.flatMap((hit) => forEveryRuleOf(hit, lexicon.sharedPatterns));
  result.found.sort((a, b) => a.ptr[0] - b.ptr[0] || a.ptr[1] - b.ptr[1] || a.ptr[2] - b.ptr[2] || a.order - b.order);
  return result;
}

/** A hit of a pattern text that several rules share, once for each of them. */
function forEveryRuleOf(hit: Found, shared: Map<string, number[]>): Found[] {
  const rules = shared.get(hit.match);
  return rules ? rules.map((ruleIndex) => ({ ...hit, ruleIndex })) : [hit];
}

function findSwept(text: string, lexicon: CompiledLexicon): BlockMatches {
  const doc = nlp(text);
  const { found } = doc.sweep(lexicon.net as never, { tagger: false }) as unknown as {
    found: { ruleIndex: number; match: string; view: { ptrs: Pointer[] } }[];
  };
  const patternCount = lexicon.rules.reduce((max, rule) => Math.max(max, rule.patterns.length), 1);
  return {
    doc,
    sentences: documentOf(doc),
    found: found.map((hit) => ({
      ruleIndex: hit.ruleIndex,
      match: hit.match,
      ptr: hit.view.ptrs[0],
      order: hit.ruleIndex * patternCount + lexicon.rules[hit.ruleIndex].patterns.indexOf(hit.match),
    })),
  };
}

function findIndexed(text: string, index: LexiconIndex): BlockMatches {
  const world = nlp.world() as unknown as World;
  const doc = nlp('');
  const document = world.methods.one.tokenize.fromString(text, world);
  giveTermsOneShape(document);
  (doc as unknown as { document: Term[][] }).document = document;
  doc.compute(TOKEN_HOOKS);
  const sentences = documentOf(doc);
  const candidates = packedMap(sentences, (sentence) => (hasLooseApostrophe(sentence) ? undefined : candidatesOf(sentence, index)));
  const toMatch = packedMap(sentences, (_, n) => n).filter((n) => candidates[n]?.length !== 0);
  const found: Found[] = [];
  const matchEntry = (n: number, e: number): boolean => {
    const entry = index.entries[e];
    const { ptrs } = world.methods.one.match([sentences[n]], { regs: entry.regs });
    for (const ptr of ptrs) found.push({ ruleIndex: entry.ruleIndex, match: entry.match, entry, ptr: [n, ptr[1], ptr[2]], order: e });
    return ptrs.length > 0;
  };
  // Patterns of words only ("so that", "no exceptions") match the same with or without tags:
  // they run on the tokens. A sentence is tagged only when a tag-reading pattern may match it,
  // or when a word-only pattern did match and one of its rule's tag-reading exceptions has its words there.
  const toTag: number[] = [];
  for (const n of toMatch) {
    const entries = candidates[n];
    let needsTags = entries === undefined;
    // The sentence's word forms, made at most once, and only if an exception asks.
    let forms: Set<string> | undefined;
    const formsOf = () => (forms ??= wordForms(sentences[n]));
    for (const e of entries ?? []) {
      const entry = index.entries[e];
      if (entry.readsTags) needsTags = true;
      else if (matchEntry(n, e) && tagExceptionMayMatch(formsOf, entry)) needsTags = true;
    }
    if (needsTags) toTag.push(n);
  }
  if (toTag.length) doc.update(packedMap(toTag, (n) => [n]) as never).compute(index.usesChunks ? TAG_HOOKS : TAG_HOOKS_NO_CHUNKS);
  for (const n of toTag) {
    const entries = candidates[n];
    if (entries === undefined) for (const e of candidatesOf(sentences[n], index)) matchEntry(n, e);
    else for (const e of entries) if (index.entries[e].readsTags) matchEntry(n, e);
  }
  return { doc, sentences, found };
}

/**
 * Where a pattern (parsed, or its text) matches one sentence, as [first term, end term] pairs.
 * Straight to compromise's matcher: a `View` per call costs more than the match itself.
 */
export function matchSentence(sentence: readonly Term[], pattern: Reg[] | string): [number, number][] {
  const world = nlp.world() as unknown as World;
  const regs = typeof pattern === 'string' ? parsedPattern(pattern) : pattern;
  return world.methods.one.match([sentence as Term[]], { regs }).ptrs.map((ptr) => [ptr[1], ptr[2]]);
}

/**
 * The named groups of a pattern's first match in these terms, as [first term, end term] pairs:
 * what `view.match(pattern).groups()` gives on a view of just these terms, without the view.
 */
export function firstMatchGroups(terms: readonly Term[], pattern: Reg[] | string): Record<string, [number, number]> {
  const world = nlp.world() as unknown as World;
  const regs = typeof pattern === 'string' ? parsedPattern(pattern) : pattern;
  const groups: Record<string, [number, number]> = {};
  for (const [name, ptrs] of Object.entries(world.methods.one.match([terms as Term[]], { regs }).byGroup)) if (ptrs[0]) groups[name] = [ptrs[0][1], ptrs[0][2]];
  return groups;
}

/** Pattern texts parsed as `.match(text)` parses them, each once (the report's and the lexicon's: a bounded set). */
const parsedPatterns = new Map<string, Reg[]>();

function parsedPattern(pattern: string): Reg[] {
  let regs = parsedPatterns.get(pattern);
  if (!regs) {
    const world = nlp.world() as unknown as World;
    regs = world.methods.one.parseMatch(world.methods.one.killUnicode(pattern, world), {}, world);
    parsedPatterns.set(pattern, regs);
  }
  return regs;
}

function documentOf(doc: View): Term[][] {
  return (doc as unknown as { document: Term[][] }).document;
}

/** The patterns (entry indexes, ascending) whose required words all occur in the sentence, in order (word-order.ts). */
function candidatesOf(sentence: readonly Term[], index: LexiconIndex): number[] {
  // Most sentences have no trigger word at all: answer those before building a set.
  if (!hasTriggerWord(sentence, index)) return [];
  const forms = wordForms(sentence);
  const out = new Set<number>();
  for (const form of forms) {
    for (const { also, entries } of index.byWord.get(form) ?? []) {
      if (also && !hasAnyOf(forms, also)) continue;
      for (const e of entries) {
        if (!out.has(e) && hasRequiredWords(forms, index.entries[e].required) && mayMatchInOrder(sentence, index.entries[e])) out.add(e);
      }
    }
  }
  return [...out].sort((a, b) => a - b);
}

function hasTriggerWord(sentence: readonly Term[], index: LexiconIndex): boolean {
  for (const term of sentence) if (termHas(term, index.byWord)) return true;
  return false;
}

/** Whether one of the entry's tag-reading exceptions has all its required words in the sentence. */
function tagExceptionMayMatch(formsOf: () => Set<string>, entry: PatternEntry): boolean {
  if (!entry.tagExceptionWords.length) return false;
  for (const required of entry.tagExceptionWords) if (hasRequiredWords(formsOf(), required)) return true;
  return false;
}

/** `'s`, `'d`, `'t` not yet expanded: tagging may still turn them into words. */
function hasLooseApostrophe(sentence: readonly Term[]): boolean {
  return sentence.some((term) => !term.implicit && term.normal.includes("'"));
}
