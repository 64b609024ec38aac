import * as assert from 'node:assert/strict';
import * as core from '../../src/core';
import { DIMENSIONS, analyze } from '../../src/core';

const controlIn = (text: string) => analyze(text).findings.filter((f) => f.polarity === 'control').map((f) => f.ruleId);
const inspiringIn = (text: string) => analyze(text).findings.filter((f) => f.polarity === 'inspiring').map((f) => f.ruleId);

describe('analyze', () => {
  it('exposes the public API', () => {
    for (const name of ['analyze', 'createAnalysisSession', 'analyzeInSlices', 'fixAllEdits', 'applyEdits', 'suggestionEdit', 'parseConfigFile', 'proseBlocks', 'toneScore']) {
      assert.equal(typeof (core as Record<string, unknown>)[name], 'function', name);
    }
    assert.deepEqual([...DIMENSIONS], ['vision', 'challenge', 'originality', 'risk', 'horizon', 'people', 'commitment']);
  });

  it('returns findings with every documented field', () => {
    const result = analyze('Attendance at the all-hands is mandatory.');
    const finding = result.findings.find((f) => f.polarity === 'control');
    assert.ok(finding, 'a control finding');
    for (const key of ['ruleId', 'dimension', 'polarity', 'severity', 'offset', 'length', 'text', 'message', 'explanation', 'suggestions']) {
      assert.ok(key in finding, key);
    }
    assert.ok(DIMENSIONS.includes(finding.dimension));
    assert.equal(finding.text, 'Attendance at the all-hands is mandatory.'.slice(finding.offset, finding.offset + finding.length));
    assert.deepEqual(Object.keys(result.dimensions).sort(), [...DIMENSIONS].sort());
  });

  it('is deterministic', () => {
    const text = 'You are required to attend. Join us, we would love your ideas. Badge data will be audited weekly.';
    assert.deepEqual(analyze(text), analyze(text));
  });

  describe('the built-in lexicon is not fooled by look-alikes', () => {
    const lookAlikes = [
      'You must be exhausted after the launch week.',
      'The printer must have run out of toner again.',
      'Attendance at the demo is not mandatory.',
      'Is the workshop mandatory for contractors?',
      'The vendor wrote, “You must respond within 24 hours.”',
      'The API must return JSON for every request.',
      'Node 20 is required to build the site.',
      'Required fields are marked with an asterisk.',
      'Resources: the style guide and the onboarding FAQ.',
      'The headcount for the dinner is 40.',
      'The deadline for talk proposals is June 12.',
      'CPU utilization peaked at 80% on Tuesday.',
    ];
    for (const text of lookAlikes) {
      it(`no control finding: ${text}`, () => assert.deepEqual(controlIn(text), []));
    }
  });

  describe('reads stance beyond phrase lists', () => {
    const controls: [string, string][] = [
      ['an obligation with a human subject', 'All engineers must complete the survey by Friday.'],
      ['an impersonal decree', 'It has been decided that the team moves to the new tracker.'],
      ['a threat', 'Failure to complete the module will result in disciplinary action.'],
      ['surveillance', 'Your screen activity will be monitored during working hours.'],
      ['people as units', 'We need two more bodies on the support queue.'],
    ];
    for (const [what, text] of controls) it(`control: ${what}`, () => assert.notDeepEqual(controlIn(text), []));

    it('adds directive-without-reason to an order with no stated purpose, not to one with a reason', () => {
      assert.ok(controlIn('All staff are required to attend the briefing on Tuesday.').includes('directive-without-reason'));
      assert.ok(!controlIn('All staff are required to attend the briefing on Tuesday, so that everyone hears the plan first-hand.').includes('directive-without-reason'));
    });

    const inspirings: [string, string][] = [
      ['an invitation', 'Join us on Thursday to shape the new review process.'],
      ['a stated purpose', 'We are moving to the new platform so that analysts can answer their own questions.'],
      ['gratitude that names a person', 'Thank you, Maria, for staying late to help the new hires.'],
      ['a long horizon', 'Five years from now, this platform should still be a joy to work on.'],
      ['permission to fail', "It's okay if this experiment fails, as long as we learn from it."],
    ];
    for (const [what, text] of inspirings) it(`inspiring: ${what}`, () => assert.notDeepEqual(inspiringIn(text), []));

    it('drops an inspiring phrase that a negation governs in a sentence that controls, and keeps it elsewhere', () => {
      const refusal = "We've run it this way for eleven seasons and we're not reinventing it because somebody read an article.";
      assert.notDeepEqual(controlIn(refusal), []);
      assert.deepEqual(inspiringIn(refusal), []);
      // The same phrase, not negated: it stands beside the control finding.
      assert.ok(inspiringIn("We've run it this way for eleven seasons; let's rethink it because somebody read an article.").length > 0);
      // Negated, in a sentence that does not control: it stands too.
      assert.notDeepEqual(inspiringIn("Don't hesitate to ask why we do it this way."), []);
    });
  });
});
