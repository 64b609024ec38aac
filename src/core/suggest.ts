import { nlp } from './nlp';
import type { RuleHit } from './match-block';

type Transform = (text: string) => string;

/** Template transforms: conjugation goes through compromise, never through string pasting. */
const TRANSFORMS: Record<string, Transform> = {
  infinitive: (text) => nlp(text).verbs().toInfinitive().text() || text,
  gerund: (text) => nlp(text).verbs().toGerund().text().replace(/^is /, '') || text,
  past: (text) => nlp(text).verbs().toPastTense().text() || text,
  present: (text) => nlp(text).verbs().toPresentTense().text() || text,
  lower: (text) => text.toLowerCase(),
};

export const TEMPLATE_TRANSFORMS = Object.keys(TRANSFORMS);

/** One `{name}` or `{name|transform}` slot, or literal text, in a suggestion template. */
export type TemplatePart = { literal: string } | { group: string; transform?: string };

/** Splits a template into literal text and slots by scanning for braces. */
export function parseTemplate(template: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf('{', i);
    if (open < 0) {
      parts.push({ literal: template.slice(i) });
      break;
    }
    const close = template.indexOf('}', open);
    if (close < 0) throw new Error(`unclosed "{" at character ${open + 1}`);
    if (open > i) parts.push({ literal: template.slice(i, open) });
    const [group, transform] = template.slice(open + 1, close).split('|');
    parts.push(transform ? { group: group.trim(), transform: transform.trim() } : { group: group.trim() });
    i = close + 1;
  }
  return parts;
}

/**
 * Fills a rule's suggestion templates for one hit. A suggestion that would lose a number, a
 * date or a name from the original is dropped: rewrites change the stance, never the facts.
 */
export function suggestionsFor(hit: RuleHit, text: string): string[] {
  const original = text.slice(hit.start, hit.end);
  const out: string[] = [];
  for (const template of hit.rule.suggestions ?? []) {
    const filled = fill(template, hit, text);
    if (filled === undefined) continue;
    const suggestion = matchCase(tidy(filled), original, startsSentence(text, hit.start));
    if (keepsFacts(original, suggestion) && !out.includes(suggestion) && suggestion !== original) out.push(suggestion);
  }
  return out;
}

function fill(template: string, hit: RuleHit, text: string): string | undefined {
  let result = '';
  for (const part of parseTemplate(template)) {
    if ('literal' in part) {
      result += part.literal;
      continue;
    }
    const range = hit.groups[part.group];
    if (!range) return undefined;
    const value = text.slice(range.start, range.end);
    result += part.transform ? TRANSFORMS[part.transform](value) : value;
  }
  return result;
}

/** No double spaces, no space before punctuation, no stray edges. */
function tidy(text: string): string {
  let out = '';
  for (const ch of text) {
    if (ch === ' ' && (out.endsWith(' ') || out === '')) continue;
    if ((ch === ',' || ch === '.' || ch === ';' || ch === ':') && out.endsWith(' ')) out = out.slice(0, -1);
    out += ch;
  }
  return out.trimEnd();
}

/** Markup and list markers that may stand between a sentence's start and its first word. */
const LEADING_MARKUP = new Set([' ', '\t', '\u00a0', '*', '_', '>', '#', '-', '+', '`', '"', '“', '‘', "'", '(', '[']);
const SENTENCE_ENDS = new Set(['.', '!', '?', '\n', '\r']);

/** Whether the span at `offset` opens a sentence (or a line, heading or list item). */
function startsSentence(text: string, offset: number): boolean {
  let i = offset - 1;
  while (i >= 0 && LEADING_MARKUP.has(text[i])) i--;
  return i < 0 || SENTENCE_ENDS.has(text[i]);
}

/**
 * Keeps the original's capitalisation: a rewrite at the start of a sentence starts with a
 * capital; mid-sentence it starts in lower case unless it begins with "I" (a capitalised
 * original there is a name or an acronym, and the template says how to write its replacement).
 */
function matchCase(suggestion: string, original: string, atSentenceStart: boolean): string {
  if (!suggestion) return suggestion;
  if (atSentenceStart) return suggestion[0].toUpperCase() + suggestion.slice(1);
  const first = original[0];
  if (first !== first.toLowerCase()) return suggestion;
  const startsWithI = suggestion.startsWith('I ') || suggestion.startsWith("I'") || suggestion === 'I';
  return startsWithI ? suggestion : suggestion[0].toLowerCase() + suggestion.slice(1);
}

function isAllCaps(word: string): boolean {
  return word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();
}

/**
 * Words that carry facts: anything with a digit, and capitalised words after the first (names,
 * acronyms). Shouting ("YOU WILL update…": two all-caps words in a row) is stance, not fact.
 */
function factWords(text: string): string[] {
  const words = text.split(/\s+/).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''));
  const shouting = words.some((word, i) => i > 0 && isAllCaps(word) && isAllCaps(words[i - 1]));
  return words.filter(
    (word, i) => /\p{N}/u.test(word) || (i > 0 && /^\p{Lu}/u.test(word) && word !== 'I' && !(shouting && isAllCaps(word))),
  );
}

function keepsFacts(original: string, suggestion: string): boolean {
  const kept = new Set(factWords(suggestion));
  const lower = suggestion.toLowerCase();
  return factWords(original).every((word) => kept.has(word) || lower.includes(word.toLowerCase()));
}
