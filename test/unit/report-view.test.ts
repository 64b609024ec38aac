import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core';
import { buildReport } from '../../src/core/report';
import { parseMessage } from '../../src/extension/report/messages';
import { pageHtml } from '../../src/extension/report/page';
import { MAX_STRIP_CELLS, reportBody, toneBucket } from '../../src/extension/report/report-view';

const TEXT = 'You must submit <b>the form</b> by Friday. Attendance is mandatory. We want to grow, learn and have fun.';

describe('report view (webview HTML)', function () {
  // The strip-cap case analyses a draft of a few thousand sentences.
  this.timeout(30_000);
  const report = buildReport(TEXT, analyze(TEXT), {});
  const html = reportBody(report, { name: 'memo "draft".txt', version: 7 });

  it('escapes the draft: its text never becomes markup', () => {
    assert.ok(!html.includes('<b>'), 'raw tag from the draft');
    assert.ok(html.includes('&lt;b&gt;the form&lt;/b&gt;'));
    assert.ok(html.includes('memo &quot;draft&quot;.txt'));
  });

  it('draws the score, seven dimensions, a strip cell per sentence and Apply buttons', () => {
    assert.match(html, /role="img" aria-label="Score [\d.]+ out of 100: Mostly controlling\./);
    assert.equal(html.match(/class="dimension"/g)?.length, 7);
    assert.equal(html.match(/class="cell /g)?.length, report.sentences.length);
    assert.match(html, /data-action="apply" data-key="obligation-must@0\+15"/);
    assert.match(html, /<del>You must submit<\/del>.*<ins>We&#39;re asking you to submit<\/ins>/);
    // Every chart has a text alternative.
    assert.equal(html.match(/<svg /g)?.length, html.match(/<svg [^>]*role="img" aria-label="[^"]+"/g)?.length);
  });

  it('caps the strip: past MAX_STRIP_CELLS sentences, neighbours share a cell that reveals them all', () => {
    const many = Array.from({ length: 2 * MAX_STRIP_CELLS + 1 }, (_, i) => (i % 2 ? 'You must sign the form today.' : 'We invite you to shape the plan.')).join(' ');
    const big = buildReport(many, analyze(many), {});
    assert.equal(big.sentences.length, 2 * MAX_STRIP_CELLS + 1);
    const bigHtml = reportBody(big, { name: 'big.txt', version: 1 });
    // Groups of 3: ceil((2 × MAX + 1) / MAX) sentences each.
    assert.equal(bigHtml.match(/class="cell /g)?.length, Math.ceil(big.sentences.length / 3));
    const [first, , third] = big.sentences;
    assert.ok(bigHtml.includes(`data-offset="${first.offset}" data-length="${third.offset + third.length - first.offset}"`));
    assert.match(bigHtml, new RegExp(`aria-label="Sentences 1–3 of ${big.sentences.length}, line 1, `));
  });

  it('buckets tone into five steps', () => {
    assert.deepEqual([-0.9, -0.2, 0, 0.3, 0.8].map((t) => toneBucket(t).words), [
      'controlling',
      'leans controlling',
      'neutral',
      'leans inspiring',
      'inspiring',
    ]);
  });

  it('serves a page with a strict CSP: nothing by default, one script by nonce', () => {
    const page = pageHtml({ cspSource: 'vscode-resource:', styleUri: 'vscode-resource:/r.css', scriptUri: 'vscode-resource:/r.js', nonce: 'abc123' }, '');
    assert.match(page, /content="default-src &#39;none&#39;; style-src vscode-resource:; script-src &#39;nonce-abc123&#39;/);
    assert.match(page, /<script nonce="abc123" src="vscode-resource:\/r.js"><\/script>/);
    assert.ok(!/style="/.test(page + html), 'no inline styles (the CSP forbids them)');
  });
});

describe('report view: messages from the webview', () => {
  it('accepts only known shapes with whole, non-negative numbers', () => {
    assert.deepEqual(parseMessage({ type: 'apply', version: 3, key: 'a@1+2' }), { type: 'apply', version: 3, key: 'a@1+2' });
    assert.deepEqual(parseMessage({ type: 'reveal', version: 3, offset: 4, length: 5, extra: 1 }), { type: 'reveal', version: 3, offset: 4, length: 5 });
    for (const bad of [null, 'apply', { type: 'apply', version: '3', key: 'k' }, { type: 'apply', version: 3, key: '' }, { type: 'reveal', version: 1, offset: -1, length: 2 }, { type: 'reveal', version: 1, offset: 1.5, length: 2 }, { type: 'eval', code: 'x' }]) {
      assert.equal(parseMessage(bad), undefined, JSON.stringify(bad));
    }
  });
});
