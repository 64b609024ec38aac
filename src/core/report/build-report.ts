import { BUILTIN_RULES } from '../builtin-lexicon';
import { directiveWithoutReason } from '../checks/directive-without-reason';
import { runToEnd } from '../slices';
import { type AnalysisResult, DIMENSIONS, type Finding, type LexiconRule, type Severity } from '../types';
import { MISSING_PATTERNS, findMissing } from './missing';
import { POLES } from './poles';
import { pronounBalance } from './pronouns';
import { type ParsedSentence, SentenceCache, parseSentences, sentenceAt } from './sentences';
import { TACTIC_PATTERNS, detectTactics } from './tactics';
import type { SentenceTone, TopFinding, ToneReport } from './types';

export interface ReportOptions {
  languageId?: string;
  /** The rules the result was made with (to know which are directives and reasons). */
  rules?: readonly LexiconRule[];
  /** How many findings to put first; 5 fit on a screen beside the draft. */
  topFindings?: number;
  /** The draft's sentences from the last report, so only changed blocks are parsed again. */
  sentences?: SentenceCache;
}

/** Sentences joined or placed between two yields of `sentenceTones` (a few milliseconds). */
const SENTENCES_PER_STEP = 2000;

/** How fast a sentence's tone saturates: one finding ≈ ±0.58, two ≈ ±0.87. */
const SENTENCE_SPREAD = 1.5;

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2, hint: 3 };

/** The score in words. 50 is neutral; the bands are narrow near it so small drafts read "Balanced". */
export function verdictFor(score: number): string {
  if (score < 30) return 'Mostly controlling';
  if (score < 45) return 'Leans controlling';
  if (score <= 55) return 'Balanced';
  if (score <= 70) return 'Leans inspiring';
  return 'Mostly inspiring';
}

/** A sentence cache for reports: it also matches the report's own patterns while it prepares. */
export function reportSentenceCache(): SentenceCache {
  return new SentenceCache([...MISSING_PATTERNS, ...TACTIC_PATTERNS]);
}

/** Everything the "Analyze tone" report shows, computed from the text and its analysis. */
export function buildReport(text: string, result: AnalysisResult, options: ReportOptions = {}): ToneReport {
  return runToEnd(reportSteps(text, result, options));
}

/**
 * `buildReport` as units of work, for `runInSlices`: the panel and its export build a large
 * draft's report without blocking the editor (a 1 MB draft's took ~200–250 ms in one piece).
 */
export function* reportSteps(text: string, result: AnalysisResult, options: ReportOptions = {}): Generator<void, ToneReport> {
  const rules = options.rules ?? BUILTIN_RULES;
  const rulesById = new Map<string, LexiconRule>(rules.map((r) => [r.id, r]));
  rulesById.set(directiveWithoutReason.id, directiveWithoutReason);
  const parsed = options.sentences ? yield* options.sentences.sentenceSteps(text, options.languageId) : parseSentences(text, options.languageId);
  yield;
  const sentenceOf = result.findings.map((f) => sentenceAt(parsed, f.offset));
  const directives = countDirectives(result.findings, sentenceOf, rulesById);
  yield;
  const pronouns = pronounBalance(parsed);
  yield;
  const counts = {
    control: result.findings.filter((f) => f.polarity === 'control').length,
    inspiring: result.findings.filter((f) => f.polarity === 'inspiring').length,
  };
  const verdict = result.words === 0 ? 'Nothing to analyse' : verdictFor(result.score);
  const { missing } = yield* findMissing(parsed, result.findings, rulesById, { directives, findings: result.findings }, result.words);
  const sentences = yield* sentenceTones(text, parsed, result.findings, sentenceOf);
  const tactics = yield* detectTactics(parsed, pronouns);

  return {
    score: result.score,
    verdict,
    summary: summaryLine(verdict, directives, counts, result.words),
    words: result.words,
    counts,
    directives,
    dimensions: DIMENSIONS.map((dimension) => ({
      dimension,
      label: POLES[dimension].label,
      controlPole: POLES[dimension].control,
      inspiringPole: POLES[dimension].inspiring,
      ...result.dimensions[dimension],
    })),
    sentences,
    topFindings: topFindings(text, result.findings, options.topFindings ?? 5),
    missing,
    tactics,
    pronouns,
  };
}

/**
 * An order counts as reasoned when its sentence or the next one states a purpose, the same
 * pairing the directive-without-reason check makes (so the figures agree with the diagnostics
 * even when that check is switched off).
 */
function countDirectives(findings: readonly Finding[], sentenceOf: readonly number[], rules: ReadonlyMap<string, LexiconRule>) {
  const withPurpose = new Set<number>();
  findings.forEach((f, i) => {
    if (rules.get(f.ruleId)?.role === 'purpose') withPurpose.add(sentenceOf[i]);
  });
  let total = 0;
  let withReason = 0;
  findings.forEach((f, i) => {
    if (rules.get(f.ruleId)?.role !== 'directive') return;
    total++;
    const s = sentenceOf[i];
    if (s >= 0 && (withPurpose.has(s) || withPurpose.has(s + 1))) withReason++;
  });
  return { total, withReason };
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function summaryLine(verdict: string, directives: ToneReport['directives'], counts: ToneReport['counts'], words: number): string {
  if (words === 0) return 'Nothing to analyse: the draft has no prose yet.';
  const figures = directives.total
    ? `${plural(directives.total, 'directive')}, ${directives.withReason} with a reason`
    : `no directives, ${plural(counts.control, 'controlling phrase')}`;
  return `${verdict}: ${figures}; ${counts.inspiring} inspiring ${counts.inspiring === 1 ? 'move' : 'moves'}`;
}

/** A sentence that runs on after a line break: no end punctuation, then one newline and more words. */
const ENDS_SENTENCE = /[.!?:;…]["'”’)\]*_]*$/;
const SOFT_BREAK = /^[ \t]*\r?\n[ \t]*$/;

/**
 * The strip's sentences. compromise ends a sentence at every line break, so a paragraph wrapped
 * at 80 columns would show as halves; for the strip (only) the halves are joined again. The
 * directive figures keep compromise's split, so they agree with the diagnostics.
 */
function* sentenceTones(text: string, parsed: readonly ParsedSentence[], findings: readonly Finding[], sentenceOf: readonly number[]): Generator<void, SentenceTone[]> {
  const tones: SentenceTone[] = [];
  const shownAs: number[] = [];
  for (let i = 0; i < parsed.length; i++) {
    const s = parsed[i];
    const previous = tones[tones.length - 1];
    const gap = previous ? text.slice(previous.offset + previous.length, s.offset) : '';
    if (previous && i > 0 && !ENDS_SENTENCE.test(parsed[i - 1].text) && SOFT_BREAK.test(gap)) {
      previous.length = s.offset + s.length - previous.offset;
      previous.text = `${previous.text} ${s.text}`;
    } else {
      tones.push({ offset: s.offset, length: s.length, text: s.text, line: 0, tone: 0, control: 0, inspiring: 0 });
    }
    shownAs.push(tones.length - 1);
    if (i % SENTENCES_PER_STEP === SENTENCES_PER_STEP - 1) yield;
  }
  yield;
  findings.forEach((f, i) => {
    const tone = tones[shownAs[sentenceOf[i]]];
    if (tone) tone[f.polarity]++;
  });
  // Sentences are in document order: count line breaks in one pass.
  let line = 1;
  let at = 0;
  for (const tone of tones) {
    for (; at < tone.offset; at++) if (text.charCodeAt(at) === 10) line++;
    tone.line = line;
    tone.tone = Math.round(Math.tanh((tone.inspiring - tone.control) / SENTENCE_SPREAD) * 100) / 100;
  }
  return tones;
}

/** Controlling findings, most severe first, those with a ready rewrite ahead of those without. */
function topFindings(text: string, findings: readonly Finding[], limit: number): TopFinding[] {
  return findings
    .filter((f) => f.polarity === 'control')
    .map((finding, order) => ({ finding, order }))
    .sort(
      (a, b) =>
        SEVERITY_RANK[a.finding.severity] - SEVERITY_RANK[b.finding.severity] ||
        Number(b.finding.suggestions.length > 0) - Number(a.finding.suggestions.length > 0) ||
        a.order - b.order,
    )
    .slice(0, limit)
    .map(({ finding }) => ({
      key: findingKey(finding),
      finding,
      rewrite: finding.suggestions[0],
      line: lineOf(text, finding.offset),
    }));
}

/** Identifies a finding within one version of a document (the webview sends it back). */
export function findingKey(finding: Pick<Finding, 'ruleId' | 'offset' | 'length'>): string {
  return `${finding.ruleId}@${finding.offset}+${finding.length}`;
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
