import type { Dimension } from '../core';

/** Each dimension's two poles in one sentence (../../THEORY.md), for hovers and the report. */
export const DIMENSION_POLES: Record<Dimension, string> = {
  vision: 'Vision runs from executing a plan handed down with no purpose given (control) to painting the destination and the why, so people buy in (inspiring).',
  challenge: 'Challenge runs from following the set process (control) to questioning the norm and improving even what works (inspiring).',
  originality: 'Originality runs from replicating what others did (control) to finding a way of your own and standing out (inspiring).',
  risk: 'Risk runs from minimising risk and avoiding problems (control) to taking risks, where failing is how you get closer (inspiring).',
  horizon: 'Horizon runs from short-term goals and deadlines only (control) to the long term, keeping going without instant results (inspiring).',
  people: 'People runs from the systems that deliver daily results (control) to people and their growth (inspiring).',
  commitment: 'Commitment runs from staff who comply because it is in their contract (control) to people who go the extra mile because they believe (inspiring).',
};
