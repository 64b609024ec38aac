import * as assert from 'node:assert/strict';
import { BUILTIN_RULES } from '../../src/core';
import { lexiconFor } from '../../src/core/analyze';
import { compromiseBulkMatch, fastBulkMatch, installFastSweep, planFor } from '../../src/core/fast-sweep';
import { nlp } from '../../src/core/nlp';
import { corpusTexts } from './corpus-texts';

interface Methods {
  one: { bulkMatch: unknown };
}
const world = nlp.world() as unknown as { methods: Methods; model: { two: { matches: object[] } } };

/** Runs `work` with compromise's own bulkMatch in place, then puts the fast one back. */
function withCompromiseSweep<T>(work: () => T): T {
  world.methods.one.bulkMatch = compromiseBulkMatch;
  try {
    return work();
  } finally {
    world.methods.one.bulkMatch = fastBulkMatch;
  }
}

/** Every term's word, tags and chunk after compromise's full tagging. */
function tagsOf(text: string): string[] {
  const document = (nlp(text) as unknown as { document: { normal: string; tags: Set<string>; chunk?: string }[][] }).document;
  return document.flatMap((terms) => terms.map((term) => `${term.normal} ${[...term.tags].sort().join(',')} ${term.chunk ?? ''}`));
}

/** What sweeping the lexicon's match-net finds, as pattern and place. */
function lexiconHits(text: string): string[] {
  const { found } = nlp(text).sweep(lexiconFor(BUILTIN_RULES).net as never, { tagger: false }) as unknown as { found: { match: string; view: { ptrs: number[][] } }[] };
  return found.map((hit) => `${hit.match} @ ${hit.view.ptrs[0].join(',')}`);
}

describe('fast sweep (compromise’s bulkMatch looked up from the sentence’s side)', function () {
  this.timeout(120_000);
  before(() => installFastSweep(world as never));

  it('is in place, and compromise’s tagger net is one it can plan (no silent fallback)', () => {
    assert.equal(world.methods.one.bulkMatch, fastBulkMatch);
    assert.equal(typeof compromiseBulkMatch, 'function');
    // A copy: buildNet writes its parse into the objects it is given, and compromise builds its own net from these later.
    assert.ok(planFor((nlp as unknown as { buildNet: (m: object[]) => never }).buildNet(world.model.two.matches.map((match) => ({ ...match })))));
    assert.ok(planFor(lexiconFor(BUILTIN_RULES).net as never));
  });

  /** `read` of every corpus text gives the same with both sweeps; returns how many items were compared. */
  function compareOnCorpus(read: (text: string) => string[]): number {
    let compared = 0;
    for (const { name, text } of corpusTexts()) {
      const expected = withCompromiseSweep(() => read(text));
      assert.deepEqual(read(text), expected, name);
      compared += expected.length;
    }
    return compared;
  }

  it('tags every text of the dev corpus exactly as compromise’s own sweep does', () => {
    const terms = compareOnCorpus(tagsOf);
    assert.ok(terms > 1000, `compared ${terms} terms`);
  });

  it('finds the lexicon’s patterns exactly where compromise’s own sweep does', () => {
    const hits = compareOnCorpus(lexiconHits);
    assert.ok(hits > 100, `compared ${hits} hits`);
  });

  it('keeps compromise’s first-wins rule for two patterns of the same text', () => {
    const net = (nlp as unknown as { buildNet: (m: object[]) => never }).buildNet([
      { match: 'the #Noun', tag: 'Place' },
      { match: 'the #Noun', tag: 'Person' },
      { match: 'big', tag: 'Adjective' },
    ]);
    const text = 'The dog saw the big cat.';
    const sweep = () => (nlp(text).sweep(net, { tagger: false }).found as { match: string; tag: string }[]).map((hit) => `${hit.match} ${hit.tag}`);
    const found = sweep();
    assert.deepEqual(found, withCompromiseSweep(sweep));
    assert.ok(found.includes('the #Noun Place') && found.includes('big Adjective') && !found.includes('the #Noun Person'), found.join('; '));
  });
});
