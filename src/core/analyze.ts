import { BUILTIN_RULES } from './builtin-lexicon';
import { type PlacedHit, findDirectivesWithoutReason } from './checks/directive-without-reason';
import { type CompiledLexicon, compileLexicon } from './compiled-lexicon';
import { disabledCheck, findDirectives } from './inline-disables';
import { type RuleHit, matchBlock } from './match-block';
import { proseBlocks } from './prose';
import type { Span } from './prose-block';
import { scoreFindings } from './score';
import { suggestionsFor } from './suggest';
import type { AnalysisResult, AnalyzeOptions, Finding, LexiconRule, Severity } from './types';

const compiled = new WeakMap<readonly LexiconRule[], CompiledLexicon>();

/** Building a match-net costs far more than sweeping one; build it once per rule set. */
function lexiconFor(rules: readonly LexiconRule[]): CompiledLexicon {
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
  const placed: PlacedHit[] = [];
  let sentenceBase = 0;
  let words = 0;
  const htmlSpans: Span[] = [];
  for (const block of proseBlocks(text, options.languageId, htmlSpans)) {
    const result = matchBlock(block, lexicon);
    for (const hit of result.hits) placed.push({ hit, sentence: sentenceBase + hit.sentence });
    sentenceBase += result.sentenceCount;
    words += result.words;
  }
  // Inline `<!-- leadlint-disable… -->` comments silence hits before they count for the score.
  const isDisabled = disabledCheck(text, findDirectives(text, options.languageId, htmlSpans));
  const hits = [...placed.map((p) => p.hit), ...findDirectivesWithoutReason(placed)].filter((hit) => !isDisabled(hit.start, hit.rule.id));
  const findings = hits
    .map((hit) => toFinding(hit, text, options))
    .filter((finding): finding is Finding => finding !== undefined)
    .sort(byPosition);
  return { findings, words, ...scoreFindings(findings, words) };
}

function toFinding(hit: RuleHit, text: string, options: AnalyzeOptions): Finding | undefined {
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

function byPosition(a: Finding, b: Finding): number {
  return a.offset - b.offset || a.length - b.length || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}
