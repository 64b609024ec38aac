/**
 * Generated documents for the properties: hostile Unicode, Markdown syntax and line breaks,
 * with real leadership phrases from the lexicon's own examples mixed in so findings (and
 * suggestions) actually occur in most cases.
 */
import * as fc from 'fast-check';
import { BUILTIN_RULES } from '../../src/core';
import type { Reg } from '../../src/core/lexicon-index';
import { nlp, type Term } from '../../src/core/nlp';
import { type Tally, count } from './figures';

export const PHRASES: readonly string[] = BUILTIN_RULES.flatMap((rule) => rule.examples.flag);

export const phrase = fc.constantFrom(...PHRASES);

/** Characters and clusters that break naive offset arithmetic or tokenizers. */
const HOSTILE = [
  '\0', '\r\n', '\r', '\n', '\n\n', '\r\r', '\u2028', '\u2029', '\ufeff', '\u00a0', '\t', '\v', '\f',
  '\u200b', '\u200d', '\u202e', '\u200f', '\u2066', 'e\u0301', '\u0301', 'Z\u0337\u031b\u0353\u0324',
  '👍', '👩‍👩‍👧', '🇫🇷', '🏳️‍🌈', '𝕳𝖊𝖑𝖑𝖔', '𠜎', 'שלום עולם', 'مرحبا بكم', '日本語のテキスト', 'İı', 'ß', 'ﬁ',
  '\ud83d', '\ude00', '\udc00\ud800', '\ud800 ', ' \udfff',
];

/** Markdown syntax in pieces, so documents nest and half-open constructs in every way. */
const MARKDOWN = [
  '# ', '## ', '###### ', '> ', '- ', '* ', '+ ', '1. ', '2) ', '- [ ] ', '**', '*', '_', '__', '~~', '`', '``',
  '```', '~~~', '```js\n', '    ', '|', '| a | b |\n| --- | --- |\n', '[', ']', '](', ')', '![', '[^1]', '[^1]: ',
  '[x]: https://example.com\n', '<', '>', '<!--', '-->', '<div>', '</div>', '<br/>', '---', '+++', '***', '\\',
  '&amp;', '&#x1F600;', '&nbsp;', 'https://example.com/you/must', 'www.example.com', '<https://a.example/b>', '$$',
];

const anyCodePoints = fc.string({ unit: 'binary', maxLength: 24 });
/** Any UTF-16 code units, lone surrogates included (what a damaged file can hold). */
const anyCodeUnits = fc.string({ unit: fc.nat(0xffff).map((c) => String.fromCharCode(c)), maxLength: 24 });

/** One very long line: letters, words, emoji (surrogate pairs at every cut point) or a phrase repeated. */
const longLine = fc
  .tuple(fc.integer({ min: 1500, max: 6000 }), fc.constantFrom('a', 'word ', '😀', 'é', 'You must comply ', '\u0301'), phrase)
  .map(([n, unit, p]) => unit.repeat(Math.ceil(n / unit.length)) + ' ' + p);

/** Deep nesting: blockquotes, lists, brackets, emphasis and HTML, hundreds of levels. */
const deepNesting = fc
  .tuple(fc.integer({ min: 8, max: 400 }), fc.constantFrom('> ', '- ', '  - ', '[', '*', '_', '<div>', '(', '> - '), phrase)
  .map(([depth, unit, p]) => unit.repeat(depth) + p);

const lineBreak = fc.constantFrom('\n', '\r\n', '\r', '\n\n', '\r\n\r\n');

/** One piece of a hostile document. */
export const fragment = fc.oneof(
  { weight: 30, arbitrary: phrase },
  { weight: 15, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 15, arbitrary: fc.constantFrom(...MARKDOWN) },
  { weight: 15, arbitrary: lineBreak },
  { weight: 10, arbitrary: anyCodePoints },
  { weight: 10, arbitrary: anyCodeUnits },
  { weight: 10, arbitrary: fc.constantFrom(' ', '. ', ', ', ': ', '? ', '! ', '"', '“', '”', "'") },
  // Rare, because each costs as much as a hundred short fragments; still in about one case in ten.
  { weight: 3, arbitrary: deepNesting },
  { weight: 1, arbitrary: longLine },
);

/** A hostile document: up to 30 fragments. */
export const hostileText = fc.array(fragment, { maxLength: 30 }).map((parts) => parts.join(''));

/** The same without very long lines, for properties that analyse each case many times. */
export const shortHostileText = fc
  .array(
    fragment.filter((f) => f.length < 1000),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''));

export const languageId = fc.constantFrom('markdown', 'plaintext');

/** Prose-like documents (phrases, punctuation, line breaks, a little noise): many findings, many suggestions. */
export const proseText = fc
  .array(
    fc.oneof(
      { weight: 8, arbitrary: phrase },
      { weight: 3, arbitrary: fc.constantFrom(' ', '. ', ', ', '; ', ' and ', '\n', '\r\n', '\n\n', '  ') },
      { weight: 1, arbitrary: fc.constantFrom(...HOSTILE) },
      { weight: 1, arbitrary: fc.constantFrom('**', '_', '`', '# ', '- ', '> ') },
    ),
    { minLength: 1, maxLength: 16 },
  )
  .map((parts) => parts.join(''));

const HIGH = (c: number) => c >= 0xd800 && c <= 0xdbff;
const LOW = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** True when `offset` falls between the two halves of a surrogate pair (VS Code would split a character there). */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && HIGH(text.charCodeAt(offset - 1)) && LOW(text.charCodeAt(offset));
}

/** Words that occur in `patternSentences`, so generated patterns do match now and then. */
const WORDS = ['you', 'we', 'must', 'the', 'team', 'all', 'staff', 'to', 'by', 'will', 'not', 'our', 'thanks', 'be', 'is', 'imagine', 'a', 'why'];
const TAGS = ['#Noun', '#Verb', '#Adjective', '#Determiner', '#Pronoun', '#Modal', '#ProperNoun', '#Value'];

/** One token of compromise's match syntax, in every form a custom rule may use. */
const patternToken: fc.Arbitrary<string> = fc
  .tuple(
    fc.oneof(
      fc.constantFrom(...WORDS),
      fc.constantFrom(...TAGS),
      fc.constantFrom('.', '*', '@hasComma', '@isTitleCase'),
      fc.array(fc.constantFrom(...WORDS), { minLength: 2, maxLength: 4 }).map((words) => `(${words.join('|')})`),
      fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.constantFrom(...TAGS), fc.constant('the team')), { minLength: 2, maxLength: 3 }).map((parts) => `(${parts.join('|')})`),
    ),
    fc.constantFrom('', '', '', '?', '+', '*', '{0,2}', '{1,2}'),
    fc.constantFrom('', '', '', '', '!'),
  )
  .map(([body, suffix, not]) => `${not}${body}${suffix}`);

/** A compromise match pattern as a custom rule may write it (see `patternToken`). */
export const matchPattern = fc
  .tuple(fc.constantFrom('', '', '^'), fc.array(patternToken, { minLength: 1, maxLength: 5 }), fc.constantFrom('', '', '$'), fc.boolean())
  .map(([start, tokens, end, group]) => {
    const body = group && tokens.length > 1 ? `[<g>${tokens[0]}] ${tokens.slice(1).join(' ')}` : tokens.join(' ');
    return `${start}${body}${end}`;
  });

/** Sentences to match generated patterns on: lexicon examples and a few with contractions, names and commas, tagged by a full parse. */
export function patternSentences(): Term[][] {
  const text = [...PHRASES.slice(0, 120), 'You must not, under any circumstances, be late.', "We won't ship it; the team will.", 'All of you must attend, Maria.'].join(' ');
  return (nlp(text) as unknown as { document: Term[][] }).document;
}

/** A generated pattern as compromise parses it for `.match()`; undefined (and counted) if it does not parse. */
export function parsedPattern(text: string, tally: Tally): Reg[] | undefined {
  const world = nlp.world() as unknown as { methods: { one: { parseMatch: (pattern: string, opts: object, world: unknown) => Reg[] } } };
  try {
    return world.methods.one.parseMatch(text, {}, world);
  } catch {
    count(tally, 'unparsable');
    return undefined;
  }
}
