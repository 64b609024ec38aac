import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { type AnalyzeOptions, type TextEdit, analyze, applyEdits, fixAllEdits, suggestionEdit } from '../../src/core';
import { fixText } from '../../src/cli/fix';
import { languageId, proseText, shortHostileText, splitsSurrogatePair } from './arbitraries';
import { type Tally, checkProperty, count } from './figures';

// Long lines are analyze's concern (analyze.test.ts); here each case is analysed several times.
const anyText = fc.oneof({ weight: 3, arbitrary: proseText }, { weight: 1, arbitrary: shortHostileText });

/** Applies edits front to back by plain concatenation: an independent oracle for applyEdits. */
function spliceForward(text: string, edits: readonly TextEdit[]): string {
  let out = '';
  let at = 0;
  for (const edit of edits) {
    out += text.slice(at, edit.offset) + edit.newText;
    at = edit.offset + edit.length;
  }
  return out + text.slice(at);
}

/** Every suggestion of every finding, each applied alone to the text. */
function* appliedSuggestions(text: string, options: AnalyzeOptions) {
  for (const finding of analyze(text, options).findings) {
    for (const suggestion of finding.suggestions) {
      const edit = suggestionEdit(text, finding, suggestion);
      yield { finding, suggestion, edit, out: applyEdits(text, [edit]) };
    }
  }
}

describe('robust: fixes on generated input', function () {
  it('applying any suggestion changes only its range; the rest is byte-identical', () => {
    const tally: Tally = {};
    checkProperty(
      'one suggestion changes only its range',
      fc.property(anyText, languageId, (text, lang) => {
        for (const { finding, suggestion, edit, out } of appliedSuggestions(text, { languageId: lang })) {
          // The edit is the finding's range, widened by at most the one space a deletion takes.
          const widenedBy = finding.offset - edit.offset + (edit.offset + edit.length - finding.offset - finding.length);
          assert.ok(edit.offset <= finding.offset && edit.offset + edit.length >= finding.offset + finding.length, 'edit does not cover its finding');
          assert.ok(widenedBy === 0 || (suggestion === '' && widenedBy === 1), `edit widened by ${widenedBy}`);
          assert.ok(!splitsSurrogatePair(text, edit.offset) && !splitsSurrogatePair(text, edit.offset + edit.length), 'edit splits a surrogate pair');
          assert.equal(out.slice(0, edit.offset), text.slice(0, edit.offset), 'text before the edit changed');
          assert.equal(out.slice(edit.offset + suggestion.length), text.slice(edit.offset + edit.length), 'text after the edit changed');
          assert.equal(out.slice(edit.offset, edit.offset + suggestion.length), suggestion);
          count(tally, 'suggestions applied');
        }
      }),
      1500,
      tally,
    );
  });

  it('fix-all edits never overlap, each is one finding\'s first suggestion, and nothing outside them changes', () => {
    const tally: Tally = {};
    checkProperty(
      'fix-all edits disjoint and local',
      fc.property(anyText, languageId, (text, lang) => {
        const { findings } = analyze(text, { languageId: lang });
        const edits = fixAllEdits(text, findings);
        for (let i = 1; i < edits.length; i++) {
          assert.ok(edits[i].offset >= edits[i - 1].offset + edits[i - 1].length, `edits ${i - 1} and ${i} overlap`);
        }
        for (const edit of edits) {
          const own = findings.some((f) => f.suggestions.length && JSON.stringify(suggestionEdit(text, f, f.suggestions[0])) === JSON.stringify(edit));
          assert.ok(own, `edit ${JSON.stringify(edit)} is no finding's first suggestion`);
        }
        assert.equal(applyEdits(text, edits), spliceForward(text, edits));
        count(tally, 'edits', edits.length);
      }),
      1500,
      tally,
    );
  });

  it('a suggestion, once applied, is not flagged again by its own rule (else --fix loops over its own output)', () => {
    const tally: Tally = {};
    checkProperty(
      'an applied suggestion does not re-trigger its rule',
      // Prose only: each suggestion costs a whole re-analysis.
      fc.property(proseText, languageId, (text, lang) => {
        const options = { languageId: lang };
        for (const { finding, suggestion, edit, out } of appliedSuggestions(text, options)) {
          const end = edit.offset + suggestion.length;
          const again = analyze(out, options).findings.find((f) => f.ruleId === finding.ruleId && f.offset < end && f.offset + f.length > edit.offset);
          assert.equal(again, undefined, `${finding.ruleId}: ${JSON.stringify(finding.text)} -> ${JSON.stringify(suggestion)} is flagged again as ${JSON.stringify(again?.text)}`);
          count(tally, 'suggestions re-analysed');
        }
      }),
      600,
      tally,
    );
  });

  it('--fix twice gives the same text as --fix once (idempotent)', () => {
    const tally: Tally = {};
    checkProperty(
      '--fix idempotent (CLI fixText, to a fixed point)',
      fc.property(anyText, languageId, (text, lang) => {
        const options = { languageId: lang };
        const once = fixText(text, options);
        const twice = fixText(once.text, options);
        assert.equal(twice.text, once.text, 'a second --fix changed the text again');
        assert.equal(twice.fixes.length, 0, 'a second --fix still found fixes');
        count(tally, 'fixes', once.fixes.length);
        // One pass of fixAllEdits (what an editor's "fix all" applies) can leave a fix the next
        // pass makes: an overlapping finding it had to skip. Counted, not failed: see the README.
        const onePass = applyEdits(text, fixAllEdits(text, analyze(text, options).findings));
        if (onePass !== once.text) count(tally, 'cases where one pass was not yet a fixed point');
      }),
      800,
      tally,
    );
  });
});
