import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { nlp } from '../../src/core/nlp';
import { corpusTexts } from './corpus-texts';

// compromise as its own package builds it, loaded at run time (not bundled): the reference for
// the bundled copy, whose tagger model the build expands ahead of time (scripts/compromise-snapshot.cjs).
const compromisePath = require.resolve('compromise');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const plain = require(compromisePath) as typeof nlp;

type Document = { normal: string; tags: Set<string> }[][];

/** Every term's word and tags after a full parse, sentence by sentence. */
function tagsOf(parse: typeof nlp, text: string): string[] {
  const document = (parse(text) as unknown as { document: Document }).document;
  return document.map((terms) => terms.map((term) => `${term.normal}/${[...term.tags].sort().join(',')}`).join(' '));
}

describe('compromise with its tagger model expanded at build time', function () {
  this.timeout(120_000);

  it('is what this bundle runs (the build applied the snapshot)', () => {
    // esbuild may requote the string (as a template literal here), so either quoting is accepted.
    assert.match(fs.readFileSync(__filename, 'utf8'), /JSON\.parse\([`'"]\{\\?"lexicon\\?":\{/, 'no snapshot of the tagger model in the bundle');
  });

  it('has the same model as compromise’s own build: lexicon, switches, conjugation models, every other part', () => {
    const bundled = nlp.world() as unknown as { model: Record<string, unknown> };
    const reference = plain.world() as unknown as { model: Record<string, unknown> };
    assert.ok(Object.keys((reference.model.one as { lexicon: object }).lexicon).length > 20_000);
    assert.deepStrictEqual(bundled.model, reference.model);
  });

  it('tags every corpus text exactly as compromise’s own build does', () => {
    let terms = 0;
    for (const { name, text } of corpusTexts()) {
      const expected = tagsOf(plain, text);
      assert.deepEqual(tagsOf(nlp, text), expected, name);
      terms += expected.length;
    }
    assert.ok(terms > 1_000);
  });
});
