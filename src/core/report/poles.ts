import type { Dimension } from '../types';

/** Each dimension's name and its two poles in a few words (THEORY.md's table), for charts. */
export const POLES: Record<Dimension, { label: string; control: string; inspiring: string }> = {
  vision: { label: 'Vision', control: 'Task handed down', inspiring: 'Destination and why' },
  challenge: { label: 'Challenge', control: 'Follows the process', inspiring: 'Questions the norm' },
  originality: { label: 'Originality', control: 'Replicates others', inspiring: 'Finds its own way' },
  risk: { label: 'Risk', control: 'Avoids risk', inspiring: 'Takes risks, learns' },
  horizon: { label: 'Horizon', control: 'This week only', inspiring: 'The long term' },
  people: { label: 'People', control: 'Systems and resources', inspiring: 'People and growth' },
  commitment: { label: 'Commitment', control: 'Compliance', inspiring: 'Belief' },
};
