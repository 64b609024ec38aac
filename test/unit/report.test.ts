import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core';
import { SentenceCache, buildReport, findingKey, reportSentenceCache, reportSteps, verdictFor } from '../../src/core/report';
import { runInSlices } from '../../src/core/slices';

function reportOf(text: string, languageId = 'plaintext') {
  return buildReport(text, analyze(text, { languageId }), { languageId });
}

const ORDERS = 'You must submit the form by Friday. Attendance is mandatory. You must book a desk so that the team can plan seating.';
const RALLY =
  'We built this together, and we will keep improving it. Why do we do this? ' +
  'Not because we must, but because our customers deserve it. Thank you all, and let us know your ideas. ' +
  'Last year we shipped late and learned a lot. We want to ship faster, learn more and worry less.';

describe('report: score and summary', () => {
  it('counts directives and those with a reason (same sentence or the next)', () => {
    const report = reportOf(ORDERS);
    assert.deepEqual(report.directives, { total: 3, withReason: 2 });
    assert.equal(report.verdict, 'Mostly controlling');
    assert.match(report.summary, /^Mostly controlling: 3 directives, 2 with a reason; 1 inspiring move$/);
  });

  it('says so when there is nothing to analyse', () => {
    const report = reportOf('');
    assert.equal(report.verdict, 'Nothing to analyse');
    assert.deepEqual(report.sentences, []);
    assert.deepEqual(report.missing, []);
  });

  it('names the bands around the neutral 50', () => {
    assert.deepEqual([10, 40, 50, 60, 90].map(verdictFor), [
      'Mostly controlling',
      'Leans controlling',
      'Balanced',
      'Leans inspiring',
      'Mostly inspiring',
    ]);
  });
});

describe('report: dimensions', () => {
  it('lists all seven with both poles and the analysis figures', () => {
    const report = reportOf(ORDERS);
    assert.deepEqual(
      report.dimensions.map((d) => d.dimension),
      ['vision', 'challenge', 'originality', 'risk', 'horizon', 'people', 'commitment'],
    );
    const commitment = report.dimensions.find((d) => d.dimension === 'commitment')!;
    assert.equal(`${commitment.controlPole} ↔ ${commitment.inspiringPole}`, 'Compliance ↔ Belief');
    assert.ok(commitment.control >= 3 && commitment.score < 10, JSON.stringify(commitment));
  });
});

describe('report: sentences', () => {
  it('splits where analyze does and scores each sentence from its findings', () => {
    const report = reportOf(ORDERS);
    assert.deepEqual(
      report.sentences.map((s) => `${s.offset}+${s.length} ${s.tone}: ${s.text}`),
      [
        '0+35 -0.87: You must submit the form by Friday.',
        '36+24 -0.58: Attendance is mandatory.',
        '61+55 0: You must book a desk so that the team can plan seating.',
      ],
    );
  });

  it('keeps document offsets in Markdown (markup masked, not removed)', () => {
    const text = '# Plan\n\nYou **must** attend. We care.\n';
    const report = reportOf(text, 'markdown');
    assert.deepEqual(
      report.sentences.map((s) => `${s.line}: ${text.slice(s.offset, s.offset + s.length)}`),
      ['1: Plan', '3: You **must** attend.', '3: We care.'],
    );
  });
});

describe('report: top findings', () => {
  it('puts controlling findings with a rewrite first, keyed for the webview', () => {
    const report = reportOf(ORDERS);
    const first = report.topFindings[0];
    assert.equal(first.key, findingKey(first.finding));
    assert.equal(`${first.key} → ${first.rewrite}`, "obligation-must@0+15 → We're asking you to submit");
    assert.ok(report.topFindings.every((t) => t.finding.polarity === 'control'));
    const last = report.topFindings[report.topFindings.length - 1];
    assert.equal(last.rewrite, undefined, 'the directive-without-reason check has no rewrite: last');
  });
});

describe('report: what is missing', () => {
  it('reports thanks, invitation and horizon for a memo of orders, each with its dimension', () => {
    assert.deepEqual(
      reportOf(ORDERS).missing.map((m) => `${m.id}/${m.dimension}`),
      ['thanks/people', 'invitation/commitment', 'long-term/horizon'],
    );
  });

  it('reports no purpose when nothing says why, and counts the orders it applies to', () => {
    const text = 'You must attend the meeting on Monday. You must bring your laptop. Attendance is mandatory for everyone on the team.';
    const purpose = reportOf(text).missing.find((m) => m.id === 'purpose')!;
    assert.equal(purpose.dimension, 'vision');
    assert.match(purpose.advice, /^3 directives and not one reason\./);
  });

  it('does not nag a one-liner', () => {
    assert.deepEqual(reportOf('You must attend.').missing, []);
  });

  it('finds thanks and an invitation in an inspiring draft', () => {
    assert.deepEqual(reportOf(RALLY).missing.map((m) => m.id), ['long-term']);
  });
});

describe('report: rhetoric and pronouns', () => {
  it('detects the charismatic leadership tactics with the phrase as evidence', () => {
    const report = reportOf(RALLY);
    const shown = Object.fromEntries(report.tactics.map((t) => [t.id, t.present ? t.evidence[0]?.text : '-']));
    assert.deepEqual(shown, {
      collective: 'We built this',
      'rhetorical-question': 'Why do we do this?',
      contrast: 'Not because we must, but because our customers deserve',
      'list-of-three': 'ship faster, learn more and worry less',
      'stated-goal': 'We want to ship faster, learn more and',
      story: 'Last year we shipped late and learned a lot.',
      'moral-conviction': 'our customers deserve it',
    });
    for (const t of report.tactics) {
      for (const e of t.evidence) assert.equal(RALLY.slice(e.offset, e.offset + e.length), e.text, t.id);
    }
  });

  it('finds none in a memo of orders, and balances pronouns', () => {
    const report = reportOf(ORDERS);
    assert.deepEqual(report.tactics.filter((t) => t.present).map((t) => t.id), []);
    assert.deepEqual(report.pronouns, { i: 0, we: 0, you: 2 });
    assert.deepEqual(reportOf(RALLY).pronouns, { i: 0, we: 8, you: 2 });
  });

  it('does not take a request for a rhetorical question, nor dates for a list of three', () => {
    const report = reportOf('Can you send the slides? We meet Tuesday, Wednesday and Thursday.');
    const present = report.tactics.filter((t) => t.present).map((t) => t.id);
    assert.ok(!present.includes('rhetorical-question'));
    assert.ok(!present.includes('list-of-three'));
  });
});

describe('report: sentences across line breaks', () => {
  it('joins a sentence wrapped over two lines for the strip, but not two paragraphs or list items', () => {
    const text = 'Desk booking will be mandatory, and\nbadge data will be monitored.\n\nThank you.\n\n- one item\n- two item\n';
    const report = reportOf(text, 'markdown');
    assert.deepEqual(
      report.sentences.map((s) => text.slice(s.offset, s.offset + s.length)),
      ['Desk booking will be mandatory, and\nbadge data will be monitored.', 'Thank you.', 'one item', 'two item'],
    );
  });
});

describe('report: sentence cache (the panel parses only what changed, in slices)', function () {
  this.timeout(30_000);
  const paragraphs = Array.from({ length: 120 }, (_, i) => (i % 3 === 0 ? ORDERS : RALLY).replace('Friday', `day ${i}`));
  const draft = `# Plan\n\n${paragraphs.join('\n\n')}\n`;
  const edited = draft.replace('day 60', 'day sixty');

  it('gives the same report as parsing from scratch, edit after edit (prepared in slices or not)', async () => {
    const plain = new SentenceCache();
    const prepared = reportSentenceCache();
    for (const text of [draft, edited, draft, `${edited}\nOne more line: you must read it.\n`, RALLY, '']) {
      const options = { languageId: 'markdown' };
      const result = analyze(text, options);
      const expected = buildReport(text, result, options);
      assert.deepEqual(buildReport(text, result, { ...options, sentences: plain }), expected);
      assert.equal(await prepared.prepare(text, 'markdown', { yield: async () => undefined }), true);
      assert.deepEqual(buildReport(text, result, { ...options, sentences: prepared }), expected);
    }
  });

  it('parses again only the blocks that changed', () => {
    const cache = new SentenceCache();
    const before = cache.sentences(draft, 'markdown');
    const after = cache.sentences(edited, 'markdown');
    const changed = after.filter((sentence, i) => sentence.terms !== before[i].terms);
    assert.equal(after.length, before.length);
    assert.ok(changed.length > 0 && changed.length <= 5, `${changed.length} sentences parsed again`);
    // All of them in the edited paragraph.
    const at = edited.indexOf('sixty');
    const [start, end] = [edited.lastIndexOf('\n\n', at), edited.indexOf('\n\n', at)];
    assert.ok(changed.every((sentence) => sentence.offset > start && sentence.offset < end));
  });

  it('prepares in slices that give the event loop turns, and stops when aborted', async () => {
    let turns = 0;
    const prepared = new SentenceCache();
    assert.equal(await prepared.prepare(draft, 'markdown', { yield: async () => void turns++, maxSliceMs: 1 }), true);
    assert.ok(turns > 10, `${turns} turns`);
    const sentences = prepared.sentences(draft, 'markdown');
    const fresh = new SentenceCache().sentences(draft, 'markdown');
    const fields = (list: typeof sentences) => list.map(({ offset, length, text, termStarts, question }) => ({ offset, length, text, termStarts, question }));
    assert.deepEqual(fields(sentences), fields(fresh));
    // Nothing left for `sentences` to parse: it returns the very terms `prepare` made.
    assert.equal(prepared.sentences(draft, 'markdown')[5].terms, sentences[5].terms);

    const signal = { aborted: false };
    const aborted = new SentenceCache();
    const done = await aborted.prepare(draft, 'markdown', { signal, yield: async () => void (signal.aborted = true), maxSliceMs: 1 });
    assert.equal(done, false);
  });
});

describe('report: in slices', function () {
  // A 1,500-paragraph draft analysed and reported twice: ~2 s here, more on a loaded CI machine.
  this.timeout(30_000);
  it('builds the same report in slices, yielding within the sentence-by-sentence steps', async () => {
    const text = Array.from({ length: 1500 }, (_, i) => `${i % 3 ? ORDERS : RALLY}\n\n`).join('');
    const result = analyze(text, { languageId: 'markdown' });
    const sentences = reportSentenceCache();
    await sentences.prepare(text, 'markdown', { yield: async () => {} });
    let yields = 0;
    // maxSliceMs 0: a yield after every unit of work, so the count is the number of units.
    const sliced = await runInSlices(reportSteps(text, result, { languageId: 'markdown', sentences }), { maxSliceMs: 0, yield: async () => void yields++ });
    assert.deepEqual(sliced, buildReport(text, result, { languageId: 'markdown' }));
    // Each tactic alone yields once per 500 sentences.
    const perTactics = sliced!.tactics.length * Math.floor(sliced!.sentences.length / 500);
    assert.ok(yields > perTactics, `${yields} yields, ${sliced!.sentences.length} sentences`);
  });
});
