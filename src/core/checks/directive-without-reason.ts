import type { RuleHit } from '../match-block';
import type { LexiconRule } from '../types';

/**
 * Vision, control pole: an order with no stated purpose in its sentence or the next one.
 * Which hits are orders and which are reasons is lexicon data (`role`); this check only pairs
 * them, which a phrase list cannot do.
 */
export const directiveWithoutReason: LexiconRule = {
  id: 'directive-without-reason',
  dimension: 'vision',
  polarity: 'control',
  patterns: [],
  message: 'A directive with no reason: say why.',
  explanation:
    'Vision runs from a task handed down (control) to a destination people buy into (inspiring). ' +
    'This sentence tells people what to do, but neither it nor the next sentence says why. ' +
    'Readers who know the purpose can make good calls on their own; readers who only have the ' +
    'order can only comply. Add "so that…", "because…" or the outcome it serves.',
  suggestions: [],
  examples: { flag: [], pass: [] },
};

/** A hit located in the document's sequence of sentences. */
export interface PlacedHit {
  /** In offsets relative to `offset` (its block's start), so placing a hit never copies it. */
  hit: RuleHit;
  offset: number;
  /** Sentence number across the whole document. */
  sentence: number;
}

/** The directives without a reason, in document offsets. */
export function findDirectivesWithoutReason(placed: readonly PlacedHit[]): RuleHit[] {
  const withPurpose = new Set(placed.filter((p) => p.hit.rule.role === 'purpose').map((p) => p.sentence));
  const reported = new Set<number>();
  const out: RuleHit[] = [];
  for (const { hit, offset, sentence } of placed) {
    if (hit.rule.role !== 'directive' || reported.has(sentence)) continue;
    if (withPurpose.has(sentence) || withPurpose.has(sentence + 1)) continue;
    reported.add(sentence);
    out.push({ ...hit, start: hit.start + offset, end: hit.end + offset, rule: directiveWithoutReason, groups: {} });
  }
  return out;
}
