/** A rule no built-in rule matches, so its findings prove the good part of a file still loads. */
export const GOOD_RULE = {
  id: 'weekend-heroics',
  dimension: 'people',
  polarity: 'control',
  patterns: ['weekend heroics'],
  message: 'Celebrating weekend heroics rewards burnout.',
  explanation: 'Praise the planning that made the weekend unnecessary.',
  examples: { flag: ['We count on weekend heroics again.'], pass: ['We planned ahead.'] },
};

/** The base every broken-rule case starts from (each case breaks one field of it). */
export const BAD_RULE = { ...GOOD_RULE, id: 'bad-rule', patterns: ['urgent push'] };
