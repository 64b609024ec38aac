import { DIMENSIONS, type Dimension, type DimensionFigures, type Finding } from './types';

/** Findings per this many words count as one unit of tone; shorter texts count as this long. */
const WORDS_PER_UNIT = 100;
/** How quickly the score leaves 50: a net of `SPREAD` findings per 100 words gives ~88 or ~12. */
const SPREAD = 1.5;

/**
 * score = 50 + 50 · tanh(net / SPREAD), where
 * net = (inspiring − control) / max(1, words / 100).
 * Monotonic by construction: one more control finding lowers `net`, one more inspiring raises it.
 */
export function toneScore(inspiring: number, control: number, words: number): number {
  const units = Math.max(1, words / WORDS_PER_UNIT);
  const net = (inspiring - control) / units;
  return Math.round((50 + 50 * Math.tanh(net / SPREAD)) * 10) / 10;
}

export function scoreFindings(findings: readonly Finding[], words: number) {
  // One pass: this runs on every keystroke for documents with tens of thousands of findings.
  const counts = {} as Record<Dimension, { inspiring: number; control: number }>;
  for (const dimension of DIMENSIONS) counts[dimension] = { inspiring: 0, control: 0 };
  let inspiring = 0;
  for (const finding of findings) {
    const count = counts[finding.dimension];
    if (finding.polarity === 'inspiring') {
      inspiring++;
      if (count) count.inspiring++;
    } else if (count) count.control++;
  }
  const dimensions = {} as Record<Dimension, DimensionFigures>;
  for (const dimension of DIMENSIONS) {
    const { inspiring: up, control } = counts[dimension];
    dimensions[dimension] = { score: toneScore(up, control, words), control, inspiring: up };
  }
  return { score: toneScore(inspiring, findings.length - inspiring, words), dimensions };
}
