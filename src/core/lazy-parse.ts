import { nlp, type Term, type View } from './nlp';

/**
 * compromise's `nlp(text)` runs these hooks in order. The first four only tokenise (word forms,
 * contractions, indexes, about 7× faster than the rest); the rest tag, sentence by sentence.
 */
const HOOKS = nlp.hooks() as string[];
const TOKEN_HOOKS = ['contractions', 'alias', 'machine', 'index'];
const SPLIT_OK = TOKEN_HOOKS.every((hook, i) => HOOKS[i] === hook);
const TAG_HOOKS = HOOKS.slice(TOKEN_HOOKS.length);

interface World {
  methods: { one: { tokenize: { fromString: (text: string, world: World) => Term[][] } } };
}

export interface ParsedBlock {
  doc: View;
  sentences: Term[][];
  /** The sentences that were tagged and may hold hits; all when undefined. */
  tagged?: number[];
}

/**
 * Parses a block exactly as `nlp(text)` does, except that only sentences containing an anchor
 * word (see lexicon-anchors.ts) are tagged. Tagging works sentence by sentence, so the tagged
 * sentences get the same tags as in a full parse; the others keep their tokens, which is all
 * the word and sentence counts need. One exception: compromise's second contraction pass
 * (`'s`, `'d`) can insert words after tagging, so a sentence with an unexpanded apostrophe is
 * always tagged. `npm test` checks this against the full parse over the whole dev corpus.
 */
export function parseBlock(text: string, anchors: ReadonlySet<string> | undefined): ParsedBlock {
  if (!anchors || !SPLIT_OK) {
    const doc = nlp(text);
    return { doc, sentences: documentOf(doc) };
  }
  const world = nlp.world() as unknown as World;
  const doc = nlp('');
  (doc as unknown as { document: Term[][] }).document = world.methods.one.tokenize.fromString(text, world);
  doc.compute(TOKEN_HOOKS);
  const sentences = documentOf(doc);
  const tagged: number[] = [];
  for (let n = 0; n < sentences.length; n++) if (mayMatch(sentences[n], anchors)) tagged.push(n);
  if (tagged.length) doc.update(tagged.map((n) => [n]) as never).compute(TAG_HOOKS);
  return { doc, sentences, tagged };
}

function documentOf(doc: View): Term[][] {
  return (doc as unknown as { document: Term[][] }).document;
}

interface WordForms extends Term {
  machine?: string | null;
  implicit?: string | null;
  alias?: string[];
}

/** Every form compromise matches a word against: normal, text, machine, implicit, alias. */
function mayMatch(sentence: readonly Term[], anchors: ReadonlySet<string>): boolean {
  for (const term of sentence as readonly WordForms[]) {
    if (anchors.has(term.normal) || anchors.has(term.text)) return true;
    if (term.machine && anchors.has(term.machine)) return true;
    if (term.implicit) {
      if (anchors.has(term.implicit)) return true;
    } else if (term.normal.includes("'")) return true;
    if (term.alias?.some((alias) => anchors.has(alias))) return true;
  }
  return false;
}
