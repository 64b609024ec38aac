import { PARSED } from './generated/parsed-patterns';
import { nlp } from './nlp';
import { type PatternFacts, type Reg, patternFacts } from './pattern-facts';

/** A pattern (or exception): its facts now, its parse when first asked for. */
export interface PrebuiltPattern {
  facts: PatternFacts;
  /** A fresh copy of compromise's `parseMatch(text)` on every call, as parseMatch returns. */
  regs(): Reg[];
}

/** A row of the build's tables (scripts/parsed-patterns.cjs): the facts, then (exceptions only) the parse as JSON text. */
type Row = [required: string[][], trigger: number, readsTags: 0 | 1, readsChunks: 0 | 1, regsJson?: string];

const usable = PARSED.version === (nlp as unknown as { version: string }).version;

/*
 * What lexicon-index.ts needs to know about each built-in pattern and exception
 * (pattern-facts.ts), and compromise's parse of each exception, made at build time: parsing and
 * inspecting ~1,500 patterns was most of the first analysis of a process. Looked up by text;
 * anything else (custom rules, a lexicon edited since the build, another compromise version)
 * is parsed and inspected here. A pattern itself is parsed only when a sentence has its words:
 * a document runs a few dozen of ~1,300.
 */

/** A pattern by its text; `parse` is compromise's `parseMatch` of it. */
export function patternOf(text: string, parse: (text: string) => Reg[]): PrebuiltPattern {
  return prebuilt(PARSED.patterns, text, parse) ?? parsedNow(text, parse);
}

/** An exception by its text; `parse` is compromise's `parseMatch` of its `killUnicode` (as `.match(text)` does). */
export function exceptionOf(text: string, parse: (text: string) => Reg[]): PrebuiltPattern {
  return prebuilt(PARSED.exceptions, text, parse) ?? parsedNow(text, parse);
}

function prebuilt(table: Record<string, unknown>, text: string, parse: (text: string) => Reg[]): PrebuiltPattern | undefined {
  if (!usable || !Object.prototype.hasOwnProperty.call(table, text)) return undefined;
  const [required, trigger, readsTags, readsChunks, json] = table[text] as Row;
  return {
    facts: { required, trigger, readsTags: readsTags === 1, readsChunks: readsChunks === 1 },
    regs: () => (json === undefined ? parse(text) : (decode(JSON.parse(json)) as Reg[])),
  };
}

function parsedNow(text: string, parse: (text: string) => Reg[]): PrebuiltPattern {
  const regs = parse(text);
  // The first caller may keep this very parse; later callers get a fresh one, like parseMatch.
  let first: Reg[] | undefined = regs;
  return {
    facts: patternFacts(regs),
    regs: () => {
      const out = first ?? parse(text);
      first = undefined;
      return out;
    },
  };
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
