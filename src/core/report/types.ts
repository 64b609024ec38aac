import type { Dimension, Finding, Polarity } from '../types';

/** A sentence of the draft and how it leans, for the strip/heatmap. */
export interface SentenceTone {
  /** UTF-16 offsets into the document, as findings use. */
  offset: number;
  length: number;
  /** The sentence as written (whitespace collapsed). */
  text: string;
  /** 1-based line of its first character. */
  line: number;
  /** −1 controlling … 0 neutral … +1 inspiring. */
  tone: number;
  control: number;
  inspiring: number;
}

export interface DimensionRow {
  dimension: Dimension;
  /** The dimension's name as a person reads it ("Vision"). */
  label: string;
  /** Short names of the two poles (THEORY.md). */
  controlPole: string;
  inspiringPole: string;
  score: number;
  control: number;
  inspiring: number;
}

export interface TopFinding {
  /** Stable while the document is unchanged: `ruleId@offset+length`. */
  key: string;
  finding: Finding;
  /** The first suggested rewrite, when the rule has one. */
  rewrite?: string;
  /** 1-based line, for the Markdown export. */
  line: number;
}

export interface MissingMove {
  id: 'purpose' | 'thanks' | 'invitation' | 'long-term';
  dimension: Dimension;
  /** What the draft does not do, in a few words ("No stated purpose"). */
  title: string;
  /** Why it matters and how to add it, tied to what the draft does contain. */
  advice: string;
}

export type TacticId =
  | 'collective'
  | 'rhetorical-question'
  | 'contrast'
  | 'list-of-three'
  | 'stated-goal'
  | 'story'
  | 'moral-conviction';

/** One of Antonakis et al.'s charismatic leadership tactics, with the phrases that show it. */
export interface Tactic {
  id: TacticId;
  label: string;
  /** What the tactic is, for a reader who has not met the term. */
  description: string;
  present: boolean;
  /** Figures behind the verdict, when there are any (pronoun counts for the collective "we"). */
  note?: string;
  evidence: { offset: number; length: number; text: string }[];
}

export interface PronounBalance {
  /** I, me, my, mine, myself. */
  i: number;
  /** we, us, our, ours, ourselves. */
  we: number;
  /** you, your, yours, yourself, yourselves. */
  you: number;
}

export interface ToneReport {
  score: number;
  /** "Mostly controlling", "Balanced", … */
  verdict: string;
  /** The verdict with the figures behind it: "Mostly controlling: 9 directives, 2 with a reason". */
  summary: string;
  words: number;
  counts: Record<Polarity, number>;
  directives: { total: number; withReason: number };
  dimensions: DimensionRow[];
  sentences: SentenceTone[];
  topFindings: TopFinding[];
  missing: MissingMove[];
  tactics: Tactic[];
  pronouns: PronounBalance;
}
