import { type LexiconIndex, indexLexicon } from './lexicon-index';
import { nlp } from './nlp';
import type { LexiconRule } from './types';

/**
 * The lexicon turned into one compromise match-net, so a block is swept once for all rules
 * (rather than one `.match()` per pattern). Built once per rule set and reused for every block.
 */
export interface CompiledLexicon {
  rules: readonly LexiconRule[];
  // compromise's Net is opaque; we only hand it back to doc.sweep().
  net: unknown;
  /** Patterns by the words they require (lexicon-index.ts); undefined: tag every sentence and sweep. */
  index?: LexiconIndex;
  /**
   * Pattern texts that more than one rule uses, with all those rules. compromise's net (and our
   * index) keep one entry per pattern text, so the other rules would otherwise never fire.
   */
  sharedPatterns: Map<string, number[]>;
}

function sharedPatternsOf(rules: readonly LexiconRule[]): Map<string, number[]> {
  const byText = new Map<string, number[]>();
  rules.forEach((rule, ruleIndex) => {
    for (const pattern of new Set(rule.patterns)) byText.set(pattern, [...(byText.get(pattern) ?? []), ruleIndex]);
  });
  return new Map([...byText].filter(([, users]) => users.length > 1));
}

export function compileLexicon(rules: readonly LexiconRule[]): CompiledLexicon {
  let net: unknown;
  return {
    rules,
    index: indexLexicon(rules),
    sharedPatterns: sharedPatternsOf(rules),
    // Only the plain path sweeps the net; with an index it is never built (faster activation).
    get net() {
      net ??= nlp.buildNet(rules.flatMap((rule, ruleIndex) => rule.patterns.map((pattern) => ({ match: pattern, ruleIndex }))));
      return net;
    },
  };
}
