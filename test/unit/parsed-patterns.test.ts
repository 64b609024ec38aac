import * as assert from 'node:assert/strict';
import { BUILTIN_RULES } from '../../src/core';
import type { Reg } from '../../src/core/lexicon-index';
import { nlp } from '../../src/core/nlp';
import { exceptionOf, patternOf } from '../../src/core/parsed-patterns';
import { patternFacts } from '../../src/core/pattern-facts';
import { mayMatchInOrder } from '../../src/core/word-order';
import { lexiconFor } from '../../src/core/analyze';

interface Methods {
  parseMatch: (pattern: string, opts: object, world: unknown) => Reg[];
  killUnicode: (text: string, world: unknown) => string;
}

describe('build-time pattern parses and the word-order check', function () {
  const world = nlp.world() as unknown as { methods: { one: Methods } };
  const one = world.methods.one;

  it('the build-time facts of every built-in pattern and exception, and parse of every exception, are what compromise gives now', function () {
    const parseNow = (t: string) => one.parseMatch(t, {}, world);
    const parseException = (t: string) => parseNow(one.killUnicode(t, world));
    const inputs = [
      ...[...new Set(BUILTIN_RULES.flatMap((rule) => rule.patterns))].map((text) => ({ text, of: patternOf, parse: parseNow })),
      ...[...new Set(BUILTIN_RULES.flatMap((rule) => rule.exceptions ?? []))].map((text) => ({ text, of: exceptionOf, parse: parseException })),
    ];
    let fromBuild = 0;
    for (const { text, of, parse } of inputs) {
      let parsedNow = false;
      const pattern = of(text, (t) => {
        parsedNow = true;
        return parse(t);
      });
      if (!parsedNow) fromBuild++;
      assert.deepStrictEqual(pattern.facts, patternFacts(parse(text)), text);
      assert.deepStrictEqual(pattern.regs(), parse(text), text);
    }
    // Not all: the lexicon may have been edited since the last build; most come from the build.
    assert.ok(fromBuild > inputs.length / 2, `${fromBuild} of ${inputs.length} from the build`);
  });

  it('never rules out a pattern that matches a tagged sentence', function () {
    const index = lexiconFor(BUILTIN_RULES).index;
    assert.ok(index);
    const text =
      'Imagine a launch where nobody has to stay late. You must submit your expense report by Friday. ' +
      "It doesn't have to be this way. Staff must not use the old badge readers. We need you to be on time, so that customers get answers faster. " +
      'Imagine teams that ship every week. Thanks to Maria for the fix. Thanks to the platform team for the careful work.';
    let hits = 0;
    for (const sentence of (nlp(text) as unknown as { document: Parameters<typeof mayMatchInOrder>[0][] }).document) {
      for (const entry of index.entries) {
        const matches = (world.methods.one as unknown as { match: (d: unknown, t: { regs: Reg[] }) => { ptrs: unknown[] } }).match([sentence], { regs: entry.regs }).ptrs.length > 0;
        if (matches) assert.ok(mayMatchInOrder(sentence, entry), entry.match);
        if (matches) hits++;
      }
    }
    // The corpus test in incremental.test.ts checks the same over the whole dev corpus, end to end.
    assert.ok(hits >= 4, `${hits} hits`);
  });

  it('counts a tag token as one term of any word, so a fixed word after it must be right there', () => {
    const entry = lexiconFor(BUILTIN_RULES).index?.entries.find((e) => e.match.startsWith('^imagine (#Noun|#Gerund) (that|where'));
    assert.ok(entry, 'the vision rule’s "imagine <noun> that" pattern');
    const firstSentence = (text: string) => (nlp(text) as unknown as { document: Parameters<typeof mayMatchInOrder>[0][] }).document[0];
    // "where" is three terms after "imagine": one term for the tag token is not enough.
    assert.equal(mayMatchInOrder(firstSentence('Imagine a launch where nobody has to stay late.'), entry), false);
    assert.equal(mayMatchInOrder(firstSentence('Imagine teams that ship every week.'), entry), true);
  });

  it('assumes no order after a negated repeat, which throws compromise’s alignment off', () => {
    const pattern = '!@isTitleCase{0,2} (why|you) you';
    const sentence = (nlp("You'll find out why when you need to.") as unknown as { document: Parameters<typeof mayMatchInOrder>[0][] }).document[0];
    // compromise matches "why when you" here, though the pattern reads as two neighbours.
    assert.equal(nlp("You'll find out why when you need to.").match(pattern).text(), 'why when you');
    const regs = one.parseMatch(pattern, {}, world) as never;
    assert.equal(mayMatchInOrder(sentence, { regs, match: pattern } as never), true);
  });
});
