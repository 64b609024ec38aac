import * as assert from 'node:assert/strict';
import { BUILTIN_RULES } from '../../src/core';
import type { Reg } from '../../src/core/lexicon-index';
import { nlp } from '../../src/core/nlp';
import { parseMatchOf, patternOf } from '../../src/core/parsed-patterns';
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

  it('the build-time facts of every built-in pattern, and parse of every exception, are what compromise gives now', function () {
    const parseNow = (t: string) => one.parseMatch(t, {}, world);
    let fromBuild = 0;
    const inputs = [
      ...BUILTIN_RULES.flatMap((rule) => rule.patterns),
      ...BUILTIN_RULES.flatMap((rule) => (rule.exceptions ?? []).map((text) => one.killUnicode(text, world))),
    ];
    for (const input of new Set(inputs)) {
      let parsedNow = false;
      const pattern = patternOf(input, (t) => {
        parsedNow = true;
        return parseNow(t);
      });
      if (!parsedNow) fromBuild++;
      assert.deepStrictEqual(pattern.facts, patternFacts(parseNow(input)), input);
      assert.deepStrictEqual(pattern.regs(), parseNow(input), input);
      assert.deepStrictEqual(parseMatchOf(input, parseNow), parseNow(input), input);
    }
    // Not all: the lexicon may have been edited since the last build; most come from the build.
    assert.ok(fromBuild > new Set(inputs).size / 2, `${fromBuild} of ${new Set(inputs).size} from the build`);
  });

  it('never rules out a pattern that matches a tagged sentence', function () {
    const index = lexiconFor(BUILTIN_RULES).index;
    assert.ok(index);
    const text =
      'Imagine a launch where nobody has to stay late. You must submit your expense report by Friday. ' +
      "It doesn't have to be this way. Staff must not use the old badge readers. We need you to be on time, so that customers get answers faster.";
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
});
