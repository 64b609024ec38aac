import type { CompiledLexicon } from './compiled-lexicon';
import { type Found, findMatches, firstMatchGroups, matchSentence } from './lazy-parse';
import type { Term, View } from './nlp';
import { type ProseBlock, WALL } from './prose-block';
import { packedMap } from './packed-array';
import { isQuestion, negatedBefore, quotedTerms } from './sentence-context';
import { hasRequiredWords, wordForms } from './word-order';
import type { LexiconRule } from './types';

/** A rule hit inside one block, before severity, suggestions and document-level checks. */
export interface RuleHit {
  rule: LexiconRule;
  /** Index of the sentence within the block. */
  sentence: number;
  /** Document offsets (UTF-16). */
  start: number;
  end: number;
  /** The hit as compromise saw it; differs from the document where markup was masked out. */
  prose: string;
  /** Named groups of the pattern, as document ranges. */
  groups: Record<string, { start: number; end: number }>;
}

export interface BlockAnalysis {
  hits: RuleHit[];
  sentenceCount: number;
  words: number;
}

/** Parses one block with compromise and finds every rule hit that survives its exceptions. */
export function matchBlock(block: ProseBlock, lexicon: CompiledLexicon): BlockAnalysis {
  const { doc, sentences, found } = findMatches(block.text, lexicon);
  doc.compute('offset');
  const quoted = packedMap(sentences, quotedTerms);
  const forms: Set<string>[] = [];
  const hits: RuleHit[] = [];
  // Inspiring hits that a negation governs: dropped below when their sentence also controls.
  const negated = new Set<RuleHit>();
  for (const hit of found.flatMap((f) => withinWalls(f, block, doc, sentences))) {
    const rule = lexicon.rules[hit.ruleIndex];
    const [s, from, to] = hit.ptr;
    const sentence = sentences[s];
    if (rule.polarity === 'control' && !rule.inQuestions && isQuestion(sentence)) continue;
    // Reported speech is someone else's stance: any quoted word in the hit silences it.
    if (quoted[s].slice(from, to).some(Boolean)) continue;
    if (hasOverlappingException(rule, lexicon, sentence, () => (forms[s] ??= wordForms(sentence)), from, to)) continue;
    const range = termRange(block, sentence, from, to);
    const ruleHit: RuleHit = {
      rule,
      sentence: s,
      ...range,
      prose: block.text.slice(range.start - block.offset, range.end - block.offset),
      groups: rule.suggestions?.length ? groupRanges(block, hit, sentence) : {},
    };
    hits.push(ruleHit);
    if (rule.polarity === 'inspiring' && negatedBefore(sentence, from)) negated.add(ruleHit);
  }
  const words = sentences.reduce((sum, terms) => sum + terms.length, 0);
  return { hits: dropOverlappingDuplicates(withoutNegatedInspiring(hits, negated)), sentenceCount: sentences.length, words };
}

/**
 * "We're not reinventing it because somebody read an article": the inspiring phrase is
 * negated, and the sentence as a whole controls. An inspiring hit under a negation is dropped
 * when its sentence also has a control hit; alone ("Don't hesitate to ask why") it stands.
 */
function withoutNegatedInspiring(hits: RuleHit[], negated: Set<RuleHit>): RuleHit[] {
  if (!negated.size) return hits;
  const controlling = new Set<number>();
  for (const hit of hits) if (hit.rule.polarity === 'control') controlling.add(hit.sentence);
  return hits.filter((hit) => !(negated.has(hit) && controlling.has(hit.sentence)));
}

/**
 * Masked inline code or HTML makes its neighbours look adjacent: `the \`x\` team must sign`
 * matched "the team must sign" across the code. A hit that spans a WALL is matched again
 * within each stretch between walls, and only what matches inside one stretch is kept.
 */
function withinWalls(hit: Found, block: ProseBlock, doc: View, sentences: Term[][]): Found[] {
  const [s, from, to] = hit.ptr;
  const terms = sentences[s];
  const bounds = [from];
  for (let i = from + 1; i < to; i++) {
    const gap = block.text.slice(terms[i - 1].offset.start + terms[i - 1].offset.length, terms[i].offset.start);
    if (gap.includes(WALL)) bounds.push(i);
  }
  if (bounds.length === 1) return [hit];
  bounds.push(to);
  const pattern = (hit.entry?.matchRegs ?? hit.match) as never;
  const out: Found[] = [];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const stretch = doc.update([[s, bounds[k], bounds[k + 1]]] as never).match(pattern) as unknown as { ptrs: [number, number, number][] };
    for (const [, a, b] of stretch.ptrs) out.push({ ...hit, ptr: [s, a, b] });
  }
  return out;
}

/**
 * A match's range comes from its terms (phrase-level offsets are wrong when the first word
 * has leading punctuation; see notes/compromise-facts.md).
 */
function termRange(block: ProseBlock, sentence: Term[], from: number, to: number) {
  const first = sentence[from];
  const last = sentence[to - 1];
  return {
    start: block.offset + first.offset.start,
    end: block.offset + last.offset.start + last.offset.length,
  };
}

function hasOverlappingException(rule: LexiconRule, lexicon: CompiledLexicon, sentence: Term[], formsOf: () => Set<string>, from: number, to: number): boolean {
  return (rule.exceptions ?? []).some((exception) => {
    // An exception lacking a word it requires cannot match: most are answered without matching.
    const required = lexicon.index?.exceptionWords.get(exception);
    if (required && !hasRequiredWords(formsOf(), required)) return false;
    // Parsed once when the lexicon is indexed; the text otherwise (the full pipeline, for tests).
    return matchSentence(sentence, lexicon.index?.exceptions.get(exception) ?? exception).some(([a, b]) => a < to && b > from);
  });
}

/** The hit's named groups: its pattern matched again on just the hit's terms, as compromise's `.groups()` would read them. */
function groupRanges(block: ProseBlock, hit: Found, sentence: Term[]): RuleHit['groups'] {
  const [, from, to] = hit.ptr;
  const groups: RuleHit['groups'] = {};
  for (const [name, [a, b]] of Object.entries(firstMatchGroups(sentence.slice(from, to), hit.entry?.matchRegs ?? hit.match))) {
    if (b > a) groups[name] = withoutContractionTail(sentence, from + b, termRange(block, sentence, from + a, from + b));
  }
  return groups;
}

/**
 * "You're expected to…": compromise reads "You're" as "you" plus an "are" with no text of its
 * own, so a group that stops after "you" would still cover "You're", and a rewrite built from
 * it said "we're asking you're to…". Such a group ends after the word it holds.
 */
function withoutContractionTail(sentence: Term[], end: number, range: { start: number; end: number }): { start: number; end: number } {
  const last = sentence[end - 1];
  const next = sentence[end];
  if (!next || next.text !== '' || !last.implicit || !last.text.toLowerCase().startsWith(last.implicit)) return range;
  return { start: range.start, end: range.end - (last.text.length - last.implicit.length) };
}

/**
 * Patterns of one rule can match overlapping words ("Let's rethink" and "rethink how"): one
 * finding per stretch of text, the widest, so a phrase is neither reported nor scored twice.
 */
function dropOverlappingDuplicates(hits: RuleHit[]): RuleHit[] {
  // Widest first, then earliest: the hit a reader would point at survives.
  const order = packedMap(hits, (_, i) => i).sort((a, b) => hits[b].end - hits[b].start - (hits[a].end - hits[a].start) || hits[a].start - hits[b].start || a - b);
  const kept: RuleHit[] = [];
  for (const i of order) {
    const hit = hits[i];
    if (!kept.some((other) => other.rule === hit.rule && other.start < hit.end && other.end > hit.start)) kept.push(hit);
  }
  return hits.filter((hit) => kept.includes(hit));
}
