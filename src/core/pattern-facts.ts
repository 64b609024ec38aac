/**
 * What the lexicon index needs to know about one parsed pattern. Pure functions of compromise's
 * parse and nothing else (no imports), so the build (scripts/parsed-patterns.cjs) runs this very
 * file on every built-in pattern and the first analysis only looks the answers up.
 */

/** One token of compromise's parsed match syntax (only the fields we read). */
export interface Reg {
  word?: string;
  tag?: string;
  fastOr?: Set<string>;
  choices?: Reg[][];
  operator?: 'or' | 'and';
  optional?: boolean;
  negative?: boolean;
  greedy?: boolean;
  fuzzy?: boolean;
  root?: string;
  use?: string;
  min?: number;
}

export interface PatternFacts {
  /** Per required token, the words it can match; empty when the pattern requires no fixed word. */
  required: string[][];
  /** Which of `required` to index the pattern by: the rarest (the first of the rarest). */
  trigger: number;
  /** False when the pattern reads only words and punctuation, never tags. */
  readsTags: boolean;
  /** Whether it reads compromise's chunks (`<Noun>`). */
  readsChunks: boolean;
}

export function patternFacts(regs: readonly Reg[]): PatternFacts {
  const required = regs.map(regWords).filter((words): words is string[] => words !== undefined);
  return {
    required,
    trigger: rarest(required, -1) ?? 0,
    readsTags: !wordsOnly(regs),
    readsChunks: readsChunks(regs),
  };
}

/** The index of the rarest required token other than `skip` (the first of the rarest), if any. */
export function rarest(required: readonly (readonly string[])[], skip: number): number | undefined {
  let best: number | undefined;
  for (let i = 0; i < required.length; i++) if (i !== skip && (best === undefined || cost(required[i]) < cost(required[best]))) best = i;
  return best;
}

/** Words so frequent that triggering on them saves little; any rarer required token is preferred. */
const COMMON = new Set(['a', 'an', 'the', 'is', 'are', 'be', 'to', 'of', 'in', 'on', 'and', 'or', 'so', 'that', 'you', 'we', 'i', 'it', 'all', 'this', 'for', 'with', 'your', 'our', 'will', 'not', 'do', 'by', 'as', 'have', 'from']);

function cost(words: readonly string[]): number {
  return words.reduce((sum, word) => sum + (COMMON.has(word) ? 100 : 1), 0);
}

/** Token fields that read only a term's words and punctuation, which tagging never changes. */
const WORD_FIELDS = new Set(['word', 'fastOr', 'choices', 'operator', 'optional', 'negative', 'greedy', 'min', 'max', 'start', 'end', 'group', 'groupStart', 'groupEnd', 'anything', 'pre', 'post']);

function wordsOnly(regs: readonly Reg[]): boolean {
  return regs.every((reg) => Object.keys(reg).every((key) => WORD_FIELDS.has(key)) && (reg.choices ?? []).every(wordsOnly));
}

function readsChunks(regs: readonly Reg[]): boolean {
  return regs.some((reg) => (reg as { chunk?: string }).chunk !== undefined || (reg.choices ?? []).some(readsChunks));
}

/**
 * The words one token can match, or undefined when it may be absent or match open-ended
 * text. Deliberately narrow: anything unusual (fuzzy, {root}, case-sensitive, repeats) gives
 * undefined, which only costs speed.
 */
function regWords(reg: Reg): string[] | undefined {
  if (reg.optional || reg.negative || reg.greedy || reg.fuzzy || reg.root !== undefined || reg.use || reg.min === 0) return undefined;
  const keys = Object.keys(reg).filter((key) => !['group', 'groupStart', 'groupEnd', 'start', 'end'].includes(key));
  if (reg.word !== undefined && keys.length === 1) return [reg.word];
  if (reg.fastOr && reg.operator === 'or' && keys.length === 2) return [...reg.fastOr];
  if (reg.choices && reg.operator === 'or' && keys.length === 2) {
    const words: string[] = [];
    for (const choice of reg.choices) {
      // A choice matches only if its own rarest required token does.
      const options = choice.map(regWords).filter((w): w is string[] => w !== undefined);
      if (!options.length) return undefined;
      words.push(...options.reduce((best, w) => (cost(w) < cost(best) ? w : best)));
    }
    return words;
  }
  if (reg.choices && reg.operator === 'and' && keys.length === 2) {
    const sides = reg.choices.flatMap((side) => side.map(regWords)).filter((w): w is string[] => w !== undefined);
    return sides.sort((a, b) => cost(a) - cost(b))[0];
  }
  return undefined;
}
