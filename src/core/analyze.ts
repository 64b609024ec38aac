import { BUILTIN_RULES } from './builtin-lexicon';
import { type PlacedHit, findDirectivesWithoutReason } from './checks/directive-without-reason';
import { type CompiledLexicon, compileLexicon } from './compiled-lexicon';
import { disabledCheck, findDirectives } from './inline-disables';
import { type RuleHit, matchBlock } from './match-block';
import { eachProseBlock } from './prose';
import type { Span } from './prose-block';
import { scoreFindings } from './score';
import { FRESH_SLICE, type Steps, runToEnd } from './slices';
import { suggestionsFor } from './suggest';
import type { AnalysisResult, AnalyzeOptions, Finding, LexiconRule, Severity } from './types';

const compiled = new WeakMap<readonly LexiconRule[], CompiledLexicon>();

/** Building a match-net costs far more than sweeping one; build it once per rule set. */
export function lexiconFor(rules: readonly LexiconRule[]): CompiledLexicon {
  let lexicon = compiled.get(rules);
  if (!lexicon) {
    lexicon = compileLexicon(rules);
    compiled.set(rules, lexicon);
  }
  return lexicon;
}

/** Finds where a draft controls and where it inspires, with a score (README: "Score"). */
export function analyze(text: string, options: AnalyzeOptions = {}): AnalysisResult {
  const lexicon = lexiconFor(options.rules ?? BUILTIN_RULES);
  const htmlSpans: Span[] = [];
  // Block by block: each compromise parse, and each block's text, is dropped once its hits are out.
  const blocks: PlacedBlock[] = [];
  for (const block of eachProseBlock(text, options.languageId, htmlSpans)) blocks.push(matchBlock(block, lexicon));
  return resultOf(text, options, blocks, htmlSpans);
}

/** One block's hits, and their findings when already made (the session caches them). */
export interface PlacedBlock {
  /** Where the block's hits are relative to (0: they are in document offsets). */
  offset?: number;
  hits: readonly RuleHit[];
  sentenceCount: number;
  words: number;
  /** `toFinding` of each hit, same order, in document offsets; made here when absent. */
  findings?: readonly (Finding | undefined)[];
}

/**
 * The document-level steps shared by `analyze` and the incremental session (incremental.ts):
 * directive-without-reason across sentences, inline disables, findings, score. Hits stay
 * relative to their block (only the directives reported are moved), so a re-analysis after an
 * edit does not copy the document's hits.
 */
export function resultOf(text: string, options: AnalyzeOptions, blocks: readonly PlacedBlock[], htmlSpans: readonly Span[]): AnalysisResult {
  return runToEnd(resultSteps(text, options, blocks, htmlSpans));
}

/** `resultOf` as steps of a few thousand blocks, for the sliced analysis of a large document. */
/**
 * Blocks placed, or directives reported, between two yields of `resultSteps`: a few ms of work
 * (at 2,000, a unit took 12–22 ms at the end of a 1M-word analysis, and slices went past 50 ms).
 */
const STEP = 500;

export function* resultSteps(text: string, options: AnalyzeOptions, blocks: readonly PlacedBlock[], htmlSpans: readonly Span[]): Steps<AnalysisResult> {
  // A whole-text scan comes first: on a 1M-word document it costs as much as a few hundred blocks.
  yield FRESH_SLICE;
  // Inline `<!-- leadlint-disable… -->` comments silence hits before they count for the score.
  const isDisabled = disabledCheck(text, findDirectives(text, options.languageId, htmlSpans));
  const placed: PlacedHit[] = [];
  const findings: Finding[] = [];
  let sentenceBase = 0;
  let words = 0;
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b];
    const offset = block.offset ?? 0;
    for (let i = 0; i < block.hits.length; i++) {
      const hit = block.hits[i];
      if (hit.rule.role) placed.push({ hit, offset, sentence: sentenceBase + hit.sentence });
      if (isDisabled(hit.start + offset, hit.rule.id)) continue;
      const finding = block.findings ? block.findings[i] : toFinding(offset ? shiftHit(hit, offset) : hit, text, options);
      if (finding) findings.push(finding);
    }
    sentenceBase += block.sentenceCount;
    words += block.words;
    if (b % STEP === STEP - 1) yield;
  }
  let made = 0;
  // Pairing every directive with the purposes around it is one pass over all hits: ~18 ms at 1M words.
  yield FRESH_SLICE;
  for (const hit of findDirectivesWithoutReason(placed)) {
    // Tens of thousands in a 1M-word document, each with its suggestions.
    if (++made % STEP === 0) yield;
    if (isDisabled(hit.start, hit.rule.id)) continue;
    const finding = toFinding(hit, text, options);
    if (finding) findings.push(finding);
  }
  // The first sort of a long list runs before V8 has optimised the comparison: ~25 ms on 46k findings.
  yield FRESH_SLICE;
  findings.sort(byPosition);
  return { findings, words, ...scoreFindings(findings, words) };
}

export function toFinding(hit: RuleHit, text: string, options: AnalyzeOptions): Finding | undefined {
  const { rule } = hit;
  const severity = severityOf(rule, options);
  if (severity === 'off') return undefined;
  const matched = text.slice(hit.start, hit.end);
  if (isIgnored(matched, options.ignoredPhrases)) return undefined;
  return {
    ruleId: rule.id,
    dimension: rule.dimension,
    polarity: rule.polarity,
    severity,
    offset: hit.start,
    length: hit.end - hit.start,
    text: matched,
    message: rule.message,
    explanation: rule.explanation,
    // A rewrite over markup (`must **book**`) would break the Markdown: offer none there.
    suggestions: matched === hit.prose ? suggestionsFor(hit, text) : [],
  };
}

function severityOf(rule: LexiconRule, options: AnalyzeOptions): Severity | 'off' {
  return (
    options.ruleSeverity?.[rule.id] ??
    options.dimensionSeverity?.[rule.dimension] ??
    rule.severity ??
    (rule.polarity === 'control' ? 'warning' : 'hint')
  );
}

function normalisePhrase(phrase: string): string {
  return phrase.toLowerCase().split(/\s+/).filter(Boolean).join(' ');
}

function isIgnored(matched: string, ignored: readonly string[] | undefined): boolean {
  if (!ignored?.length) return false;
  const normal = normalisePhrase(matched);
  return ignored.some((phrase) => normalisePhrase(phrase) === normal);
}

/** A hit of a block that starts at `offset`, in document offsets. */
export function shiftHit(hit: RuleHit, offset: number): RuleHit {
  const groups: RuleHit['groups'] = {};
  for (const name in hit.groups) groups[name] = { start: hit.groups[name].start + offset, end: hit.groups[name].end + offset };
  return { ...hit, start: hit.start + offset, end: hit.end + offset, groups };
}

function byPosition(a: Finding, b: Finding): number {
  return a.offset - b.offset || a.length - b.length || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}
