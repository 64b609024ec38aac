import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { analyze } from '../../src/core';
import { createAnalysisSession } from '../../src/core/incremental';
import { fragment, languageId, phrase, shortHostileText } from './arbitraries';
import { type Tally, checkAsyncProperty, checkProperty, count } from './figures';

/**
 * test/unit/incremental.test.ts checks sessions on well-formed Markdown with tens of cases.
 * Here the documents and the edits are hostile: an edit may split a CRLF or a surrogate pair,
 * open a fence or a comment, or paste a phrase, and there are thousands of edit steps.
 */
const edit = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.oneof(fc.nat({ max: 3 }), fc.nat({ max: 60 })),
  insert: fc.oneof(fragment.filter((f) => f.length < 1000), phrase, fc.constantFrom('', '\r', '\n', '\ud83d', '```\n', '<!--', '-->', '---\n', '[x]: /y\n', '    ')),
});

type Edit = { at: number; remove: number; insert: string };

function applyEdit(text: string, e: Edit): string {
  const at = Math.floor(e.at * text.length);
  return text.slice(0, at) + e.insert + text.slice(at + e.remove);
}

describe('robust: incremental analysis equals analysis from scratch', function () {
  it('after any sequence of edits (session.update)', () => {
    const tally: Tally = {};
    checkProperty(
      'incremental == from scratch after hostile edits',
      fc.property(shortHostileText, fc.array(edit, { minLength: 1, maxLength: 10 }), languageId, (start, edits, lang) => {
        const session = createAnalysisSession();
        let text = start;
        session.update(text, { languageId: lang });
        for (const e of edits) {
          text = applyEdit(text, e);
          assert.deepEqual(session.update(text, { languageId: lang }), analyze(text, { languageId: lang }));
          count(tally, 'edit steps compared');
        }
      }),
      300,
      tally,
    );
  });

  it('in slices, yielding between them (what the editor runs)', async () => {
    const tally: Tally = {};
    await checkAsyncProperty(
      'sliced incremental == from scratch',
      fc.asyncProperty(shortHostileText, fc.array(edit, { minLength: 1, maxLength: 5 }), languageId, async (start, edits, lang) => {
        const session = createAnalysisSession();
        let text = start;
        const slicing = { maxSliceMs: 0, yield: async () => void count(tally, 'yields') };
        await session.updateInSlices(text, { languageId: lang }, slicing);
        for (const e of edits) {
          text = applyEdit(text, e);
          assert.deepEqual(await session.updateInSlices(text, { languageId: lang }, slicing), analyze(text, { languageId: lang }));
          count(tally, 'edit steps compared');
        }
      }),
      150,
      tally,
    );
  });
});
