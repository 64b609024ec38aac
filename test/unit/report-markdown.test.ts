import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core';
import { buildReport, reportMarkdown } from '../../src/core/report';

const TEXT = 'You must submit the form by Friday. Attendance is mandatory. You must book a desk so that the team can plan seating.';

describe('report: Markdown export', () => {
  const report = buildReport(TEXT, analyze(TEXT), {});
  const markdown = reportMarkdown(report, { title: 'memo|draft.md' });

  it('leads with the score and the line in words', () => {
    const lines = markdown.split('\n');
    assert.equal(lines[0], '## Tone report: memo\\|draft.md');
    assert.match(lines[2], /^\*\*Score \d+(\.\d)? \/ 100\*\* .*Mostly controlling: 3 directives, 2 with a reason/);
  });

  it('has a row per dimension with both poles', () => {
    assert.match(markdown, /^\| Commitment \| Compliance \| 3 \| 0 \| Belief \| [\d.]+ \|$/m);
    assert.equal(markdown.match(/^\| [A-Z][a-z]+ \|/gm)?.length, 8, 'header + 7 dimensions');
  });

  it('has a sentence strip, the rewrites, what is missing and the rhetoric', () => {
    assert.match(markdown, /^🟥🟥⬜$/m);
    // In words too, for readers whose font has no coloured squares.
    assert.match(markdown, /^Most controlling:\n\n- Line 1: You must submit the form by Friday\.\n- Line 1: Attendance is mandatory\.\n\n/m);
    assert.match(markdown, /^- Line 1: “You must submit” → “We're asking you to submit”: /m);
    assert.match(markdown, /^- \*\*No thanks\*\* \(people\): /m);
    assert.match(markdown, /^- ▫️ \*\*Contrast\*\*: not found\./m);
  });
});
