import { PARSED } from './generated/parsed-patterns';
import type { Reg } from './lexicon-index';
import { nlp } from './nlp';

/**
 * compromise's `parseMatch(text)` for the built-in lexicon, made at build time
 * (scripts/parsed-patterns.cjs): parsing ~1,200 patterns was most of the first analysis of a
 * process. Looked up by the exact string compromise would parse; anything else (custom rules,
 * a lexicon edited since the build, another compromise version) is parsed as before. Each call
 * returns a fresh copy, as parseMatch does.
 */
export function parseMatchOf(text: string, parse: (text: string) => Reg[]): Reg[] {
  if (PARSED.version === (nlp as unknown as { version: string }).version && Object.prototype.hasOwnProperty.call(PARSED.regs, text)) {
    return decode(PARSED.regs[text]) as Reg[];
  }
  return parse(text);
}

/** Sets and undefined values were tagged to survive JSON; the same as `decode` in scripts/parsed-patterns.cjs. */
function decode(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decode);
  if (value !== null && typeof value === 'object') {
    const tagged = value as { $u?: number; $set?: unknown[] };
    if (tagged.$u === 1) return undefined;
    if (Array.isArray(tagged.$set)) return new Set(tagged.$set.map(decode));
    const object: Record<string, unknown> = {};
    for (const key of Object.keys(value)) object[key] = decode((value as Record<string, unknown>)[key]);
    return object;
  }
  return value;
}
