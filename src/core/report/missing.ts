import type { Dimension, Finding, LexiconRule } from '../types';
import { type Evidence, matchRanges, termSpan } from './evidence';
import type { ParsedSentence } from './sentences';
import type { MissingMove } from './types';

/** A one-liner need not thank anyone; below this many words nothing is reported missing. */
export const MIN_WORDS_FOR_MISSING = 20;

interface Move {
  id: MissingMove['id'];
  dimension: Dimension;
  title: string;
  /** Lexicon rules whose findings show the move (the lexicon grows; the report follows it). */
  rule(rule: LexiconRule): boolean;
  /** Phrases that show the move where no rule covers it yet (compromise patterns). */
  patterns: readonly string[];
  advice(context: MoveContext): string;
}

export interface MoveContext {
  directives: { total: number; withReason: number };
  findings: readonly Finding[];
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

const MOVES: Move[] = [
  {
    id: 'purpose',
    dimension: 'vision',
    title: 'No stated purpose',
    rule: (rule) => rule.role === 'purpose',
    patterns: ['(our|the) (goal|aim|mission|purpose) (is|was)', '(we|i) (want|aim|hope) to #Verb'],
    advice: ({ directives }) =>
      (directives.total ? `${plural(directives.total, 'directive')} and not one reason. ` : 'Nothing says why. ') +
      'People who know the why can make good calls on their own. Add “so that…” or “because…”, or the outcome it serves.',
  },
  {
    id: 'thanks',
    dimension: 'people',
    title: 'No thanks',
    rule: (rule) => rule.polarity === 'inspiring' && /thank|grat|apprec/.test(rule.id),
    patterns: ['(thank|thanks|grateful|gratitude|appreciate|appreciated|kudos|shout-out)'],
    advice: () => 'Name who did the work and thank them; people follow those who notice them.',
  },
  {
    id: 'invitation',
    dimension: 'commitment',
    title: 'No invitation to respond',
    rule: (rule) => rule.polarity === 'inspiring' && /invit|idea|feedback|input|join|voice/.test(rule.id),
    patterns: [
      'let (me|us) know',
      '(your|any) (ideas|thoughts|feedback|input|concerns|suggestions|questions)',
      '(reach|get) (out|in touch)',
      '(ask|tell|show) (me|us)',
      'join us',
      '(we would|we\'d|i would|i\'d) love',
      'what do you think',
    ],
    advice: () => 'Ask for questions, ideas or objections and say where to send them: commitment grows where people have a say.',
  },
  {
    id: 'long-term',
    dimension: 'horizon',
    title: 'Nothing beyond this week',
    rule: (rule) => rule.dimension === 'horizon' && rule.polarity === 'inspiring',
    patterns: [
      'next (year|quarter|decade|season)',
      '(long term|long-term|longer term|in the future|over time|years from now|for years)',
      '#Value (years|months)',
      'this (year|decade)',
      'by #Year',
    ],
    advice: ({ findings }) => {
      const deadlines = findings.filter((f) => f.dimension === 'horizon' && f.polarity === 'control').length;
      return (
        (deadlines
          ? `${plural(deadlines, 'short deadline')} and no horizon. Say what this builds toward next quarter or next year, so the deadline reads as a step, not the goal.`
          : 'Say what this builds toward next quarter or next year: people keep going when they can see where it leads.')
      );
    },
  },
];

/**
 * What a draft does not do: each move counts as present when a lexicon rule for it fired, or
 * when the report's own parse finds one of its phrases. Returns the evidence of the moves present
 * too, so a test (or a curious reader) can see why a move was not reported missing. A generator
 * that yields between moves, for `runInSlices`.
 */
export function* findMissing(
  sentences: readonly ParsedSentence[],
  findings: readonly Finding[],
  rulesById: ReadonlyMap<string, LexiconRule>,
  context: MoveContext,
  words: number,
): Generator<void, { missing: MissingMove[]; present: Partial<Record<MissingMove['id'], Evidence>> }> {
  const missing: MissingMove[] = [];
  const present: Partial<Record<MissingMove['id'], Evidence>> = {};
  if (words < MIN_WORDS_FOR_MISSING) return { missing, present };
  for (const move of MOVES) {
    const byRule = findings.find((f) => {
      const rule = rulesById.get(f.ruleId);
      return rule !== undefined && move.rule(rule);
    });
    // A move no rule found is looked for in every sentence: one step per move (see detectTactics).
    const evidence = byRule ? { offset: byRule.offset, length: byRule.length, text: byRule.text } : byPattern(sentences, move.patterns);
    if (evidence) present[move.id] = evidence;
    else missing.push({ id: move.id, dimension: move.dimension, title: move.title, advice: move.advice(context) });
    yield;
  }
  return { missing, present };
}

/** Every pattern the moves read, so the panel can match them in slices before a report (SentenceCache). */
export const MISSING_PATTERNS: readonly string[] = MOVES.flatMap((move) => move.patterns);

function byPattern(sentences: readonly ParsedSentence[], patterns: readonly string[]): Evidence | undefined {
  for (const sentence of sentences) {
    for (const pattern of patterns) {
      const [range] = matchRanges(sentence, pattern);
      if (range) return termSpan(sentence, range[0], range[1]);
    }
  }
  return undefined;
}
