import * as assert from 'node:assert/strict';
import { BUILTIN_RULES } from '../../src/core';
import { lexiconFor } from '../../src/core/analyze';
import { compromiseMatch, fastMatch, installFastMatch } from '../../src/core/fast-match';
import type { Reg } from '../../src/core/lexicon-index';
import { nlp, type Term } from '../../src/core/nlp';
import { MISSING_PATTERNS } from '../../src/core/report/missing';
import { TACTIC_PATTERNS } from '../../src/core/report/tactics';
import { corpusTexts } from './corpus-texts';

interface World {
  methods: { one: { match: unknown; parseMatch: (pattern: string, opts: object, world: unknown) => Reg[] } };
  model: { two: { matches: object[] } };
}
const world = nlp.world() as unknown as World;
type Match = (docs: Term[][], todo: object, cache?: unknown[]) => unknown;

/** Every pattern compromise's matcher meets in leadlint: the tagger's, the lexicon's (both parses), its exceptions', the report's. */
function allPatterns(): { name: string; regs: Reg[] }[] {
  const out: { name: string; regs: Reg[] }[] = [];
  // A copy: buildNet writes its parse into the objects it is given.
  const net = (nlp as unknown as { buildNet: (m: object[]) => { hooks: Record<string, { match: string; regs: Reg[] }[]>; always: { match: string; regs: Reg[] }[] } }).buildNet(
    world.model.two.matches.map((match) => ({ ...match })),
  );
  const tagger = new Set([...Object.values(net.hooks).flat(), ...net.always]);
  for (const pattern of tagger) out.push({ name: `tagger: ${pattern.match}`, regs: pattern.regs });
  const lexicon = lexiconFor(BUILTIN_RULES);
  for (const entry of lexicon.index?.entries ?? []) {
    out.push({ name: `lexicon: ${entry.match}`, regs: entry.regs });
    // The parse `.match()` makes differs from the net's only for some patterns.
    if (JSON.stringify(entry.matchRegs) !== JSON.stringify(entry.regs)) out.push({ name: `lexicon (.match): ${entry.match}`, regs: entry.matchRegs });
  }
  const parse = (text: string) => world.methods.one.parseMatch(text, {}, world);
  for (const exception of new Set(BUILTIN_RULES.flatMap((rule) => rule.exceptions ?? []))) out.push({ name: `exception: ${exception}`, regs: parse(exception) });
  for (const pattern of [...MISSING_PATTERNS, ...TACTIC_PATTERNS]) out.push({ name: `report: ${pattern}`, regs: parse(pattern) });
  return out;
}

describe('fast match (compromise’s matcher, trying only the words a pattern can start at)', function () {
  this.timeout(300_000);
  before(() => installFastMatch(world as never));

  it('is in place of compromise’s matcher (no silent fallback)', () => {
    assert.equal(world.methods.one.match, fastMatch);
    assert.equal(typeof compromiseMatch, 'function');
  });

  it('gives exactly compromise’s results for every pattern leadlint uses, on every corpus text', () => {
    const patterns = allPatterns();
    // Tagged as a full parse tags them, so tag tests meet real tags. The corpus's single
    // sentences are left out: the matcher works sentence by sentence, and "all sentences" has them.
    const texts = corpusTexts().filter(({ name }) => !/^(sentence|lexicon example) \d/.test(name));
    const documents = texts.map(({ name, text }) => ({ name, sentences: (nlp(text) as unknown as { document: Term[][] }).document }));
    let compared = 0;
    let hits = 0;
    for (const { name, regs } of patterns) {
      // Named groups are compared too: they come back in `byGroup`.
      for (const document of documents) {
        const expected = (compromiseMatch as Match)(document.sentences, { regs }) as { ptrs: unknown[] };
        assert.deepEqual(fastMatch(document.sentences, { regs }), expected, `${name} on ${document.name}`);
        compared++;
        hits += expected.ptrs.length;
      }
    }
    console.log(`      ${patterns.length} patterns, ${documents.length} texts, ${hits} hits`);
    assert.ok(patterns.length > 1500 && hits > 1000, `${patterns.length} patterns, ${compared} comparisons, ${hits} hits`);
  });

  it('keeps compromise’s rules the first-word test could break: `$`, a skip past each match, justOne, optional and negative first tokens', () => {
    const sentences = (nlp('The team must ship. The team must ship the team report. Nobody must wait, nobody.') as unknown as { document: Term[][] }).document;
    const parse = (text: string) => world.methods.one.parseMatch(text, {}, world);
    for (const pattern of ['team', 'team$', 'ship$', 'the team', '#Noun+', 'nobody', '!the team', 'the? team', '(the|a) team', 'the team .', '[<who>the team] must']) {
      for (const justOne of [false, true]) {
        const todo = { regs: parse(pattern), justOne };
        assert.deepEqual(fastMatch(sentences, todo), (compromiseMatch as Match)(sentences, todo), pattern);
      }
    }
  });
});
