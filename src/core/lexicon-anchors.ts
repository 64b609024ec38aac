import { nlp } from './nlp';
import type { LexiconRule } from './types';

/** One token of compromise's parsed match syntax (only the fields we read). */
interface Reg {
  word?: string;
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

/** Words so frequent that anchoring on them saves little; any rarer required word is preferred. */
const COMMON = new Set(['a', 'an', 'the', 'is', 'are', 'be', 'to', 'of', 'in', 'on', 'and', 'or', 'so', 'that', 'you', 'we', 'i', 'it', 'all', 'this', 'for', 'with']);

/**
 * The words a block must contain for any rule to fire there: for every pattern, one
 * required token that can only match a fixed set of words (`must`, `(mandatory|compulsory)`).
 * A sentence containing none of them cannot match, so it need not be tagged. Returns
 * undefined when some pattern has no such token (e.g. `#Modal #Verb`): then every sentence
 * is tagged, as before.
 */
export function lexiconAnchors(rules: readonly LexiconRule[]): ReadonlySet<string> | undefined {
  const world = nlp.world() as unknown as { methods: { one: { parseMatch: (p: string, o: object, w: unknown) => Reg[] } } };
  const anchors = new Set<string>();
  for (const rule of rules) {
    for (const pattern of rule.patterns) {
      const regs = world.methods.one.parseMatch(pattern, {}, world);
      const best = bestAnchor(regs);
      if (!best) return undefined;
      for (const word of best) anchors.add(word);
    }
  }
  return anchors;
}

/** Of a sequence's required tokens, the one whose words are rarest. */
function bestAnchor(regs: readonly Reg[]): string[] | undefined {
  let best: string[] | undefined;
  for (const reg of regs) {
    const words = regAnchor(reg);
    if (words && (!best || cost(words) < cost(best))) best = words;
  }
  return best;
}

function cost(words: readonly string[]): number {
  return words.reduce((sum, word) => sum + (COMMON.has(word) ? 100 : 1), 0);
}

/**
 * The words one token can match, or undefined when it can be absent or match open-ended
 * text. Deliberately narrow: anything unusual (fuzzy, {root}, case-sensitive, repeats) is
 * not an anchor, which only costs speed.
 */
function regAnchor(reg: Reg): string[] | undefined {
  if (reg.optional || reg.negative || reg.greedy || reg.fuzzy || reg.root !== undefined || reg.use || reg.min === 0) return undefined;
  const keys = Object.keys(reg).filter((key) => !['group', 'groupStart', 'groupEnd', 'start', 'end'].includes(key));
  if (reg.word !== undefined && keys.length === 1) return [reg.word];
  if (reg.fastOr && reg.operator === 'or' && keys.length === 2) return [...reg.fastOr];
  if (reg.choices && reg.operator === 'or' && keys.length === 2) {
    const words: string[] = [];
    for (const choice of reg.choices) {
      const anchor = bestAnchor(choice);
      if (!anchor) return undefined;
      words.push(...anchor);
    }
    return words;
  }
  if (reg.choices && reg.operator === 'and' && keys.length === 2) {
    const sides = reg.choices.map(bestAnchor).filter((side): side is string[] => side !== undefined);
    return sides.sort((a, b) => cost(a) - cost(b))[0];
  }
  return undefined;
}
