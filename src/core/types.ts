/** The seven dimensions of the leadership-vs-management theory (../THEORY.md). */
export const DIMENSIONS = ['vision', 'challenge', 'originality', 'risk', 'horizon', 'people', 'commitment'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** `control` leans on position and obligation; `inspiring` gives reasons, invites and trusts. */
export type Polarity = 'control' | 'inspiring';

export const SEVERITIES = ['error', 'warning', 'info', 'hint'] as const;
export type Severity = (typeof SEVERITIES)[number];

/**
 * What a rule contributes beyond its own finding. `directive` marks an order (obligation,
 * imperative); `purpose` marks a stated reason. The directive-without-reason check pairs them.
 */
export type RuleRole = 'directive' | 'purpose';

/** One lexicon rule, exactly as it is written in `lexicon/*.json` (see lexicon.schema.json). */
export interface LexiconRule {
  id: string;
  dimension: Dimension;
  polarity: Polarity;
  severity?: Severity;
  /** compromise match patterns; any one of them firing makes a finding. */
  patterns: string[];
  /** compromise match patterns; a hit that overlaps the finding, in the same sentence, cancels it. */
  exceptions?: string[];
  /** Also fire inside questions (control rules are silent in questions by default). */
  inQuestions?: boolean;
  role?: RuleRole;
  message: string;
  explanation: string;
  /** Rewrite templates for the matched span; `{group}` and `{group|infinitive}` refer to named groups. */
  suggestions?: string[];
  examples: { flag: string[]; pass: string[] };
}

export interface LexiconFile {
  $schema?: string;
  rules: LexiconRule[];
}

export interface Finding {
  ruleId: string;
  dimension: Dimension;
  polarity: Polarity;
  severity: Severity;
  /** UTF-16 code units into the analysed text, as VS Code counts them. */
  offset: number;
  length: number;
  text: string;
  message: string;
  explanation: string;
  /** Replacements for `text`, best first; each keeps the numbers, dates and names of the original. */
  suggestions: string[];
}

export interface DimensionFigures {
  score: number;
  control: number;
  inspiring: number;
}

export interface AnalysisResult {
  findings: Finding[];
  /** 0..100, 50 neutral, higher is more inspiring (README: "Score"). */
  score: number;
  dimensions: Record<Dimension, DimensionFigures>;
  /** Words of prose analysed (code, front matter, URLs and HTML excluded). */
  words: number;
}

/** Settings that change what is reported; the CLI and the extension both build one from `.leadlint.json`. */
export interface AnalyzeOptions {
  /** `markdown` analyses prose only; anything else is treated as plain text. */
  languageId?: string;
  /** Rules to use instead of the built-in lexicon (already validated). */
  rules?: readonly LexiconRule[];
  /** Per-rule severity override, or `off`. */
  ruleSeverity?: Record<string, Severity | 'off'>;
  /** Per-dimension severity override, or `off`; a rule's own override wins. */
  dimensionSeverity?: Partial<Record<Dimension, Severity | 'off'>>;
  /** Phrases never reported (compared case-insensitively with the matched text). */
  ignoredPhrases?: readonly string[];
}
