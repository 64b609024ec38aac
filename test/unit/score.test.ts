import * as assert from 'node:assert/strict';
import { type LexiconRule, analyze, toneScore } from '../../src/core';

function rule(id: string, polarity: LexiconRule['polarity'], dimension: LexiconRule['dimension'], pattern: string): LexiconRule {
  return { id, dimension, polarity, patterns: [pattern], message: 'test', explanation: 'a rule for tests only', examples: { flag: [], pass: [] } };
}
const RULES = [rule('t-mandatory', 'control', 'commitment', 'mandatory'), rule('t-thanks', 'inspiring', 'people', 'thank you')];
const score = (text: string) => analyze(text, { rules: RULES });

describe('score', () => {
  it('is 50 for a text with no findings, and stays within 0..100', () => {
    assert.equal(score('The kitchen closes at five.').score, 50);
    assert.ok(toneScore(0, 10_000, 10) >= 0);
    assert.ok(toneScore(10_000, 0, 10) <= 100);
  });

  it('never rises when a control finding is added, never falls when an inspiring one is', () => {
    for (let words = 1; words <= 2000; words += 37) {
      for (let i = 0; i < 12; i++) {
        for (let c = 0; c < 12; c++) {
          assert.ok(toneScore(i, c + 1, words) <= toneScore(i, c, words), `control ${i}/${c}/${words}`);
          assert.ok(toneScore(i + 1, c, words) >= toneScore(i, c, words), `inspiring ${i}/${c}/${words}`);
        }
      }
    }
  });

  it('is normalised for length: the same findings weigh less in a longer text', () => {
    const short = score('Attendance is mandatory.').score;
    const long = score(`Attendance is mandatory. ${'The kitchen closes at five. '.repeat(60)}`).score;
    assert.ok(short < long && long < 50, `${short} < ${long} < 50`);
  });

  it('reports the same figure per dimension', () => {
    const result = score('Attendance is mandatory. Thank you for coming.');
    assert.deepEqual(result.dimensions.commitment, { score: toneScore(0, 1, result.words), control: 1, inspiring: 0 });
    assert.deepEqual(result.dimensions.people, { score: toneScore(1, 0, result.words), control: 0, inspiring: 1 });
    assert.equal(result.dimensions.vision.score, 50);
  });
});
