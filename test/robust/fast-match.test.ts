import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { compromiseMatch, fastMatch, installFastMatch } from '../../src/core/fast-match';
import type { Reg } from '../../src/core/lexicon-index';
import { nlp, type Term } from '../../src/core/nlp';
import { PHRASES } from './arbitraries';
import { type Tally, checkProperty, count } from './figures';

interface World {
  methods: { one: { parseMatch: (pattern: string, opts: object, world: unknown) => Reg[] } };
}
const world = nlp.world() as unknown as World;
type Match = (docs: Term[][], todo: object) => { ptrs: unknown[] };

/** Words that occur in the sentences below, so generated patterns do match now and then. */
const WORDS = ['you', 'we', 'must', 'the', 'team', 'all', 'staff', 'to', 'by', 'will', 'not', 'our', 'thanks', 'be', 'is', 'imagine', 'a', 'why'];
const TAGS = ['#Noun', '#Verb', '#Adjective', '#Determiner', '#Pronoun', '#Modal', '#ProperNoun', '#Value'];

/** One token of compromise's match syntax, in every form a custom rule may use. */
const token: fc.Arbitrary<string> = fc
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

const pattern = fc
  .tuple(fc.constantFrom('', '', '^'), fc.array(token, { minLength: 1, maxLength: 5 }), fc.constantFrom('', '', '$'), fc.boolean())
  .map(([start, tokens, end, group]) => {
    const body = group && tokens.length > 1 ? `[<g>${tokens[0]}] ${tokens.slice(1).join(' ')}` : tokens.join(' ');
    return `${start}${body}${end}`;
  });

describe('robust: fast match on generated patterns', function () {
  this.timeout(600_000);
  before(() => installFastMatch(nlp.world() as never));

  it('gives compromise’s own results (pointers and named groups) for any pattern a custom rule may write', () => {
    const text = [...PHRASES.slice(0, 120), 'You must not, under any circumstances, be late.', "We won't ship it; the team will.", 'All of you must attend, Maria.'].join(' ');
    const sentences = (nlp(text) as unknown as { document: Term[][] }).document;
    const tally: Tally = {};
    checkProperty(
      'fastMatch == compromise match',
      fc.property(pattern, fc.boolean(), (text, justOne) => {
        let regs: Reg[];
        try {
          regs = world.methods.one.parseMatch(text, {}, world);
        } catch {
          count(tally, 'unparsable');
          return;
        }
        const todo = { regs, justOne };
        const expected = (compromiseMatch as Match)(sentences, todo);
        assert.deepEqual(fastMatch(sentences, todo), expected, text);
        count(tally, 'patterns');
        count(tally, 'matches', expected.ptrs.length);
      }),
      5000,
      tally,
    );
    assert.ok((tally.matches ?? 0) > 100, 'the generated patterns match often enough to compare');
  });
});
