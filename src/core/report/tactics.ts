import type { Term } from '../nlp';
import { type Evidence, matchRanges, matches, termSpan, wholeSentence } from './evidence';
import { pronounGroup } from './pronouns';
import type { ParsedSentence } from './sentences';
import type { PronounBalance, Tactic, TacticId } from './types';

/** At most this many phrases are shown per tactic: enough to recognise it, not a list to read. */
const MAX_EVIDENCE = 3;

interface Detector {
  id: TacticId;
  label: string;
  description: string;
  find(sentence: ParsedSentence): Evidence[];
}

/** Asking for something ("Can you send…?") is a request, not rhetoric. */
const REQUEST = '^(can|could|would|will|please) you';
const RHETORICAL_OPENING = '^(#QuestionWord|what if|imagine|is|are|do|does|did|isn|aren|don|doesn|wouldn|shouldn|isn\'t|aren\'t|don\'t|wouldn\'t|shouldn\'t)';

const CONTRASTS = ['not .{1,8} but', 'rather than', 'instead of'];

const GOALS = [
  // "The goal is not seat time" says what the goal is not.
  '(our|the|my|this) (goal|aim|mission|ambition|vision|purpose|hope) (is|was|for) !not',
  // "I want to explain why" announces the text, not a goal.
  '(we|i) (want|aim|hope|plan|intend|mean) to !(be|explain|say|tell|share|remind|thank|let|ask)',
  '(we|i) (want|would love) .{1,8} to #Verb',
  '(we|i) (are|am) (aiming|hoping|trying|working) to #Verb',
];

/** A story is told in the past and anchored in a time. */
const STORY_TIME = [
  'last (week|month|year|quarter|summer|winter|spring|autumn|fall|time)',
  '#Value (days|weeks|months|years) ago',
  'yesterday',
  'when (i|we|she|he|they) #PastTense',
  '^once',
  'back in',
];

const CONVICTION = [
  'the right thing',
  '(fair|unfair|fairness|honest|honesty|integrity|dignity|deserve|deserves|owe|proud)',
  '(we|i) (believe|care)',
  '(it|this|that|you|people) (matters|matter)',
];

/** Every pattern the tactics read, so the panel can match them in slices before a report (SentenceCache). */
export const TACTIC_PATTERNS: readonly string[] = [REQUEST, RHETORICAL_OPENING, ...CONTRASTS, ...GOALS, '#PastTense', ...STORY_TIME, ...CONVICTION];

/** Evidence for each match, widened by a few terms on each side so the phrase reads on its own. */
function byPatterns(patterns: readonly string[], before = 0, after = 0) {
  return (sentence: ParsedSentence): Evidence[] =>
    patterns.flatMap((p) => matchRanges(sentence, p)).map(([from, to]) => termSpan(sentence, from - before, to + after));
}

/** "We will ship faster, learn more and worry less": three short items, commas, then and/or. */
function listsOfThree(sentence: ParsedSentence): Evidence[] {
  const { terms } = sentence;
  const MAX_ITEM = 5;
  const stops = (i: number) => /[.;:!?,]/.test(terms[i].post);
  const found: Evidence[] = [];
  for (let k = 2; k < terms.length - 1; k++) {
    if (terms[k].normal !== 'and' && terms[k].normal !== 'or') continue;
    // Third item: after the conjunction, up to the next punctuation or the sentence's end.
    let end = k + 1;
    while (end < terms.length - 1 && !stops(end)) end++;
    if (end - k > MAX_ITEM) continue;
    // Second item: back to the previous comma (a serial comma may sit right before "and").
    let start2 = k - 1;
    while (start2 > 0 && !terms[start2 - 1].post.includes(',') && !/[.;:!?]/.test(terms[start2 - 1].post)) start2--;
    if (start2 === 0 || !terms[start2 - 1].post.includes(',') || k - start2 > MAX_ITEM) continue;
    // Parallel items are about the same length; "Tuesday, Wednesday and Thursday in the office" is not.
    const second = k - start2;
    if (end - k > second + 2) continue;
    // Parallel items open alike ("your questions, your screenshots and your skepticism").
    const opening = wordClass(terms[start2]);
    if (wordClass(terms[k + 1]) !== opening) continue;
    // First item: starts at the nearest word of the same class before the comma.
    const comma = start2 - 1;
    let start1 = comma;
    while (start1 > 0 && wordClass(terms[start1]) !== opening && comma - start1 < MAX_ITEM && !stops(start1 - 1)) start1--;
    if (wordClass(terms[start1]) !== opening) continue;
    // A list of dates or numbers is logistics, not rhetoric.
    const items = [[start1, comma + 1], [start2, k], [k + 1, end + 1]];
    if (items.every(([a, b]) => b - a === 1 && (terms[a].tags.has('Date') || terms[a].tags.has('Value')))) continue;
    found.push(termSpan(sentence, start1, end + 1));
    k = end;
  }
  return found;
}

const WORD_CLASSES = ['Possessive', 'Determiner', 'Preposition', 'Adjective', 'Adverb', 'Verb', 'Noun'];

/** A coarse part of speech, enough to tell whether list items are parallel. */
function wordClass(term: Term): string {
  return WORD_CLASSES.find((c) => term.tags.has(c)) ?? 'Other';
}

const DETECTORS: Detector[] = [
  {
    id: 'collective',
    label: 'Collective “we”',
    description: 'Speaks for the group (we, us, our) rather than giving orders from “I” to “you”.',
    find: (sentence) =>
      sentence.terms.flatMap((term, i) => (pronounGroup(term.normal) === 'we' ? [termSpan(sentence, i - 1, i + 3)] : [])),
  },
  {
    id: 'rhetorical-question',
    label: 'Rhetorical question',
    description: 'A question that makes readers think, not a request.',
    find: (sentence) =>
      sentence.question && !matches(sentence, REQUEST) && matches(sentence, RHETORICAL_OPENING) ? [wholeSentence(sentence)] : [],
  },
  {
    id: 'contrast',
    label: 'Contrast',
    description: '“Not X, but Y”: sets what we do against what we do not.',
    find: byPatterns(CONTRASTS, 0, 4),
  },
  {
    id: 'list-of-three',
    label: 'List of three',
    description: 'Three parallel items; easy to remember and repeat.',
    find: listsOfThree,
  },
  {
    id: 'stated-goal',
    label: 'Stated goal',
    description: 'Names where we are going, so people can aim for it.',
    find: byPatterns(GOALS, 0, 4),
  },
  {
    id: 'story',
    label: 'Story',
    description: 'Something that happened, told in the past and anchored in time.',
    find: (sentence) =>
      matches(sentence, '#PastTense') && STORY_TIME.some((p) => matches(sentence, p)) ? [wholeSentence(sentence)] : [],
  },
  {
    id: 'moral-conviction',
    label: 'Moral conviction',
    description: 'Says what is right, fair or worth caring about.',
    find: byPatterns(CONVICTION, 2, 2),
  },
];

/** Sentences read between two yields of `detectTactics`: a few milliseconds of work. */
const SENTENCES_PER_STEP = 500;

/**
 * The charismatic leadership tactics (Antonakis et al.) a draft uses, with phrases as evidence.
 * A generator that yields between runs of sentences, for `runInSlices` (a 1 MB draft has ~40k).
 */
export function* detectTactics(sentences: readonly ParsedSentence[], pronouns: PronounBalance): Generator<void, Tactic[]> {
  const tactics: Tactic[] = [];
  for (const detector of DETECTORS) {
    // Phrases from whole sentences read better as evidence than those from headings ("Why we are doing this").
    const found: { e: Evidence; prose: boolean }[] = [];
    for (let i = 0; i < sentences.length; i++) {
      const s = sentences[i];
      for (const e of detector.find(s)) found.push({ e, prose: /[.!?]["'”’)]*$/.test(s.text) });
      if (i % SENTENCES_PER_STEP === SENTENCES_PER_STEP - 1) yield;
    }
    const evidence = [...found.filter((f) => f.prose), ...found.filter((f) => !f.prose)].slice(0, MAX_EVIDENCE).map((f) => f.e);
    const tactic: Tactic = {
      id: detector.id,
      label: detector.label,
      description: detector.description,
      present: evidence.length > 0,
      evidence,
    };
    if (detector.id === 'collective') {
      tactic.note = `“we/us/our” ${pronouns.we}×, “I/me/my” ${pronouns.i}×, “you/your” ${pronouns.you}×`;
      // One "we" in a memo of orders is not speaking for the group.
      tactic.present = pronouns.we > 0 && pronouns.we >= Math.min(pronouns.i + pronouns.you, 3);
    }
    tactics.push(tactic);
    yield;
  }
  return tactics;
}
