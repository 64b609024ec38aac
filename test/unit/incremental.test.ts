import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { BUILTIN_RULES, analyze, analyzeInSlices, createAnalysisSession } from '../../src/core';
import { lexiconFor, resultOf } from '../../src/core/analyze';
import { matchBlock } from '../../src/core/match-block';
import { markdownBlocks } from '../../src/core/markdown-prose';
import { proseBlocks } from '../../src/core/prose';
import { type Span, splitLongBlock } from '../../src/core/prose-block';
import type { AnalyzeOptions } from '../../src/core/types';
import { corpusTexts } from './corpus-texts';

/**
 * The reference pipeline with no shortcut: one Markdown parse of the whole document, and
 * every sentence tagged and swept (no lexicon index). Fast paths must give exactly its result.
 */
function fullPipeline(text: string, options: AnalyzeOptions = {}) {
  const lexicon = { ...lexiconFor(options.rules ?? BUILTIN_RULES), index: undefined };
  const htmlSpans: Span[] = [];
  const blocks =
    options.languageId === 'markdown'
      ? markdownBlocks(text, htmlSpans).flatMap((block) => splitLongBlock(block))
      : proseBlocks(text, options.languageId);
  return resultOf(text, options, blocks.map((block) => matchBlock(block, lexicon)), htmlSpans);
}

/** Markdown pieces chosen to stress the chunk scanner: constructs that cross blank lines. */
const PIECES = [
  'You must submit the form by Friday.',
  'Attendance is mandatory. We meet on Monday so that everyone hears it first.',
  'Everyone must attend the review because the launch moved.',
  '# Heading with must',
  '## Plain heading, trailing spaces  ',
  '###   Spaced heading ##',
  'Two lines of plain prose\nwith a soft break and you must read it',
  'Title\n===',
  '- item one: staff must sign\n- item two\n\n  continued item, so that it is clear',
  '1. first\n2. second because reasons',
  '```\ncode must be\n\nstill code\n```',
  // Not a fence: a backtick fence's info string cannot hold a backtick (inline code instead).
  '```not a fence ``` so you must read it',
  '~~~~\nyou must\n```\n\n~~~~',
  '    indented code\n\n    you must indent',
  '<!-- a comment\n\nyou must not see this -->',
  '<!-- leadlint-disable -->',
  '<!-- leadlint-enable -->',
  '<pre>\nyou must\n\n</pre>',
  '> quoted: you must read\n>\n> more',
  'See [the plan][plan] and [^1] and [missing].',
  '[plan]: https://example.com "Plan"',
  '[^1]: Footnote: you must read it.',
  '| a | b |\n|---|---|\n| you must | x |',
  // GFM's additions: strikethrough, autolink literals, task items (tables above).
  'a ~~struck~~ word, and ~one~ you must read',
  'Visit www.example.com or https://example.com/x so that you must not ask me@example.com.',
  '- [ ] a task you must do\n- [x] done because it was due',
  '---',
  '+++',
  'Use `code must` and *you must emphasise* it.',
  '"You must," she wrote, "sign."',
  'It\'s mandatory, isn\'t it? We\'d like everyone\'s view.',
  '',
];

const markdownDoc = fc
  .array(fc.constantFrom(...PIECES), { maxLength: 14 })
  .chain((pieces) => fc.constantFrom('\n\n', '\n', '\n\n\n', '\r\n\r\n').map((sep) => pieces.join(sep)));

const edit = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.nat({ max: 12 }),
  insert: fc.constantFrom('', ' must', 'x', '\n\n', '\n', '```', '<!--', '-->', '[plan]: /x', 'because ', '    ', '---\n', ' is mandatory.', 'We'),
});

function applyEdit(text: string, e: { at: number; remove: number; insert: string }): string {
  const at = Math.floor(e.at * text.length);
  return text.slice(0, at) + e.insert + text.slice(at + e.remove);
}

describe('incremental analysis and fast paths', function () {
  this.timeout(120_000);

  it('parses Markdown chunk by chunk into the same prose blocks as one whole-document parse', () => {
    const same = (text: string) => {
      const spans: Span[] = [];
      const whole = markdownBlocks(text, spans).flatMap((block) => splitLongBlock(block));
      const chunkedSpans: Span[] = [];
      assert.deepEqual(proseBlocks(text, 'markdown', chunkedSpans), whole);
      assert.deepEqual(chunkedSpans, spans);
    };
    for (const { text } of corpusTexts()) same(text);
    // Found by the random-edits property below: "```because ```" had opened a fence in the scan.
    same('```because ```\ncode must be\n\nstill code\n```\n\n+++\n\n```\ncode must be\n\nstill code\n```\n\n- staff must sign\n\nYou must submit the form.');
    fc.assert(fc.property(markdownDoc, same), { numRuns: 500 });
  });

  it('gives the full pipeline’s result on the whole dev corpus (fast paths: lexicon index, chunks)', function () {
    this.timeout(120_000);
    const texts = corpusTexts();
    for (const { name, text, languageId } of texts) {
      assert.deepEqual(analyze(text, { languageId }), fullPipeline(text, { languageId }), name);
    }
  });

  it('gives the full pipeline’s result on generated Markdown', () => {
    fc.assert(
      fc.property(markdownDoc, (text) => assert.deepEqual(analyze(text, { languageId: 'markdown' }), fullPipeline(text, { languageId: 'markdown' }))),
      { numRuns: 60 },
    );
  });

  it('after random edits, equals analysing the final text from scratch', () => {
    fc.assert(
      fc.property(markdownDoc, fc.array(edit, { minLength: 1, maxLength: 8 }), fc.constantFrom('markdown', 'plaintext'), (start, edits, languageId) => {
        const session = createAnalysisSession();
        let text = start;
        session.update(text, { languageId });
        for (const e of edits) {
          text = applyEdit(text, e);
          assert.deepEqual(session.update(text, { languageId }), analyze(text, { languageId }));
        }
      }),
      { numRuns: 80 },
    );
  });

  it('gives the same result whatever part of a Markdown document is analysed first', async () => {
    const markdown = { languageId: 'markdown' };
    await fc.assert(
      // Front matter must stay first in its parse, and a fence left open last.
      fc.asyncProperty(fc.boolean(), markdownDoc, fc.boolean(), fc.double({ min: 0, max: 1, noNaN: true }), async (frontMatter, body, openFence, at) => {
        const text = (frontMatter ? '---\ntitle: You must read this\n---\n\n' : '') + body + (openFence ? '\n\n```\nYou must' : '');
        const start = Math.floor(at * text.length);
        const sliced = await analyzeInSlices(text, markdown, { maxSliceMs: 0, yield: async () => {}, priorityRange: { start, end: start + 1 } });
        assert.deepEqual(sliced, analyze(text, markdown));
      }),
      { numRuns: 150 },
    );
  });

  it('follows option changes (severity off, ignored phrases) without stale findings', () => {
    const session = createAnalysisSession();
    const text = 'You must submit the form. Attendance is mandatory.';
    session.update(text);
    const options: AnalyzeOptions = { ruleSeverity: { mandatory: 'off' }, ignoredPhrases: ['you must submit'] };
    assert.deepEqual(session.update(text, options), analyze(text, options));
    assert.deepEqual(session.update(text), analyze(text));
  });

  it('keeps each update right when a blocking update with other options runs during a sliced one', async () => {
    const session = createAnalysisSession();
    const text = Array.from({ length: 12 }, (_, i) => `You must read part ${i}. Attendance is mandatory.`).join('\n\n');
    const quiet: AnalyzeOptions = { ruleSeverity: { mandatory: 'off' } };
    let interrupted = false;
    const sliced = session.updateInSlices(text, {}, {
      maxSliceMs: 0,
      yield: async () => {
        if (interrupted) return;
        interrupted = true;
        assert.deepEqual(session.update(text, quiet), analyze(text, quiet));
      },
    });
    assert.deepEqual(await sliced, analyze(text));
    assert.ok(interrupted);
  });

  it('analyses in slices, with the same result, and stops when cancelled', async () => {
    const text = Array.from({ length: 40 }, (_, i) => `## Part ${i}\n\nYou must read part ${i}. It is mandatory.`).join('\n\n');
    const options = { languageId: 'markdown' };
    let yields = 0;
    let early: number | undefined;
    const result = await analyzeInSlices(text, options, {
      maxSliceMs: 1,
      yield: async () => void yields++,
      priorityRange: { start: text.length - 100, end: text.length },
      onPriorityFindings: (findings) => (early = findings.length),
    });
    assert.deepEqual(result, analyze(text, options));
    assert.ok(yields > 0, 'never yielded');
    assert.ok(early !== undefined && early > 0, 'priority findings not reported');
    const controller = new AbortController();
    const cancelled = analyzeInSlices(text, options, { signal: controller.signal, maxSliceMs: 0, yield: async () => controller.abort() });
    assert.equal(await cancelled, undefined);
  });
});
