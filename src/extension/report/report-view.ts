// The report's body as HTML, from the report model alone (no vscode here: unit-testable).
// Every piece of draft text goes through escapeHtml; actions carry data-* attributes that the
// webview script turns into messages, which the panel validates before touching the document.
import type { SentenceTone, Tactic, ToneReport, TopFinding } from '../../core/report';
import { mostControlling } from '../../core/report/report-markdown';
import { divergingBar, pronounBar, scoreGauge } from './charts';
import { clip, escapeHtml, formatNumber } from './html';

export interface ViewContext {
  /** The document's name as shown to the writer. */
  name: string;
  /** The document version the report was made from; every action sends it back. */
  version: number;
}

/** The five tone buckets of the strip, from clearly controlling to clearly inspiring. */
export function toneBucket(tone: number): { className: string; words: string } {
  if (tone <= -0.5) return { className: 'tone-c2', words: 'controlling' };
  if (tone < 0) return { className: 'tone-c1', words: 'leans controlling' };
  if (tone === 0) return { className: 'tone-0', words: 'neutral' };
  if (tone < 0.5) return { className: 'tone-i1', words: 'leans inspiring' };
  return { className: 'tone-i2', words: 'inspiring' };
}

function section(id: string, title: string, body: string): string {
  return `<section aria-labelledby="${id}"><h2 id="${id}">${escapeHtml(title)}</h2>${body}</section>`;
}

function revealAttrs(offset: number, length: number): string {
  return `data-action="reveal" data-offset="${offset}" data-length="${length}"`;
}

function header(report: ToneReport, context: ViewContext): string {
  return `<header>
  <p class="file">${escapeHtml(context.name)} · ${report.words} words</p>
  <div class="score">
    <p class="score-number" aria-hidden="true">${formatNumber(report.score)}<span class="score-max">/100</span></p>
    ${scoreGauge(report.score, report.verdict)}
  </div>
  <p class="summary" id="summary" role="status">${escapeHtml(report.summary)}</p>
</header>`;
}

/**
 * At most this many strip cells: past it, neighbouring sentences share a cell. A 1 MB draft
 * has ~40k sentences; a button each made 6.9 MB of HTML, built and posted to the webview in
 * one piece (the extension host stalled for up to 0.9 s), for a strip too fine to read.
 */
export const MAX_STRIP_CELLS = 1000;

/** A shared cell's tone: its sentences' tones, weighted by their length. */
function meanTone(group: readonly SentenceTone[]): number {
  let weighted = 0;
  let total = 0;
  for (const s of group) {
    weighted += s.tone * s.length;
    total += s.length;
  }
  return total ? weighted / total : 0;
}

function strip(report: ToneReport): string {
  const { sentences } = report;
  if (!sentences.length) return '';
  const size = Math.ceil(sentences.length / MAX_STRIP_CELLS);
  const cells: string[] = [];
  for (let from = 0; from < sentences.length; from += size) {
    const group = sentences.slice(from, from + size);
    const first = group[0];
    const last = group[group.length - 1];
    const length = last.offset + last.length - first.offset;
    const bucket = toneBucket(group.length === 1 ? first.tone : meanTone(group));
    const label =
      group.length === 1
        ? `Sentence ${from + 1} of ${sentences.length}, line ${first.line}, ${bucket.words}: ${clip(first.text)}`
        : `Sentences ${from + 1}–${from + group.length} of ${sentences.length}, ${first.line === last.line ? `line ${first.line}` : `lines ${first.line}–${last.line}`}, ${bucket.words}: ${clip(first.text)}`;
    // flex-grow ∝ length: a long sentence takes more of the strip, as it does of the draft.
    const grow = Math.max(1, Math.min(12, Math.round(length / size / 20)));
    cells.push(`<button class="cell ${bucket.className} grow-${grow}" ${revealAttrs(first.offset, length)} tabindex="${from === 0 ? 0 : -1}" title="${escapeHtml(clip(first.text, 160))}" aria-label="${escapeHtml(label)}"></button>`);
  }
  const worst = mostControlling(report, 3);
  const list = worst.length
    ? `<p class="hint">Most controlling:</p><ol class="sentences">${worst
        .map((s) => `<li><button class="link" ${revealAttrs(s.offset, s.length)}><span class="swatch ${toneBucket(s.tone).className}" aria-hidden="true"></span>Line ${s.line}: ${escapeHtml(clip(s.text, 120))}</button></li>`)
        .join('')}</ol>`
    : '';
  return section(
    'h-sentences',
    'Sentence by sentence',
    `<div class="strip" role="group" aria-label="Sentences coloured by tone; arrow keys move, Enter shows the sentence in the editor">${cells.join('')}</div>
<p class="legend scale" aria-hidden="true">controls <span class="swatch tone-c2"></span><span class="swatch tone-c1"></span><span class="swatch tone-0"></span><span class="swatch tone-i1"></span><span class="swatch tone-i2"></span> inspires · click a sentence to see it in the draft</p>
${list}`,
  );
}

function findingItem(top: TopFinding): string {
  const { finding, rewrite } = top;
  const apply =
    rewrite !== undefined
      ? `<button class="primary" data-action="apply" data-key="${escapeHtml(top.key)}" aria-label="Apply: replace “${escapeHtml(clip(finding.text, 60))}” with “${escapeHtml(clip(rewrite, 60))}”">Apply</button>`
      : '';
  const change =
    rewrite !== undefined
      ? `<p class="rewrite"><del>${escapeHtml(finding.text)}</del> <span aria-hidden="true">→</span><span class="sr-only">becomes</span> <ins>${escapeHtml(rewrite || '(delete)')}</ins></p>`
      : `<p class="rewrite"><q>${escapeHtml(finding.text)}</q></p>`;
  return `<li class="finding">
  ${change}
  <p class="message">${escapeHtml(finding.message)} <span class="chip">${escapeHtml(finding.dimension)}</span></p>
  <div class="actions">${apply}<button class="secondary" ${revealAttrs(finding.offset, finding.length)}>Show line ${top.line}</button></div>
</li>`;
}

function findings(report: ToneReport): string {
  const body = report.topFindings.length
    ? `<ol class="findings">${report.topFindings.map(findingItem).join('')}</ol>`
    : '<p class="muted">Nothing controlling found.</p>';
  return section('h-findings', 'Change first', body);
}

function dimensions(report: ToneReport): string {
  const scale = Math.max(3, ...report.dimensions.map((d) => Math.max(d.control, d.inspiring)));
  const rows = report.dimensions
    .map(
      (d) => `<li class="dimension">
  <div class="dimension-name">${escapeHtml(d.label)} <span class="dimension-score" title="Score of this dimension, 0–100 (50 neutral)">${Math.round(d.score)}</span></div>
  <div class="dimension-row">
    <span class="pole pole-control">${escapeHtml(d.controlPole)}</span>
    <span class="count count-control" aria-hidden="true">${d.control || ''}</span>
    ${divergingBar(d, scale)}
    <span class="count count-inspiring" aria-hidden="true">${d.inspiring || ''}</span>
    <span class="pole pole-inspiring">${escapeHtml(d.inspiringPole)}</span>
  </div>
</li>`,
    )
    .join('');
  return section(
    'h-dimensions',
    'Seven dimensions',
    `<p class="axis" aria-hidden="true"><span>◀ controls</span><span>inspires ▶</span></p><ul class="dimensions">${rows}</ul>`,
  );
}

function missing(report: ToneReport): string {
  if (!report.missing.length) return '';
  const items = report.missing
    .map((m) => `<li><strong>${escapeHtml(m.title)}</strong> <span class="chip">${escapeHtml(m.dimension)}</span><p>${escapeHtml(m.advice)}</p></li>`)
    .join('');
  return section('h-missing', 'Missing', `<ul class="missing">${items}</ul>`);
}

function tacticItem(t: Tactic): string {
  const mark = t.present ? '<span class="mark present" aria-hidden="true">✓</span>' : '<span class="mark absent" aria-hidden="true">–</span>';
  const status = `<span class="sr-only">${t.present ? 'present' : 'not found'}: </span>`;
  const evidence = t.present
    ? `<ul class="evidence">${t.evidence.map((e) => `<li><button class="link" ${revealAttrs(e.offset, e.length)}>“${escapeHtml(clip(e.text, 80))}”</button></li>`).join('')}</ul>`
    : `<p class="muted">${escapeHtml(t.description)}</p>`;
  const note = t.note ? ` <span class="muted">(${escapeHtml(t.note)})</span>` : '';
  return `<li class="tactic ${t.present ? 'is-present' : 'is-absent'}">${mark}${status}<strong>${escapeHtml(t.label)}</strong>${note}${evidence}</li>`;
}

function rhetoric(report: ToneReport): string {
  const present = report.tactics.filter((t) => t.present).length;
  return section(
    'h-rhetoric',
    `Leadership rhetoric: ${present} of ${report.tactics.length}`,
    `<ul class="tactics">${[...report.tactics].sort((a, b) => Number(b.present) - Number(a.present)).map(tacticItem).join('')}</ul>`,
  );
}

function pronouns(report: ToneReport): string {
  const p = report.pronouns;
  const d = report.directives;
  return section(
    'h-pronouns',
    'Pronouns and directives',
    `${pronounBar(p)}
<p class="legend"><span class="swatch pronoun-i"></span>I ${p.i} <span class="swatch pronoun-we"></span>we ${p.we} <span class="swatch pronoun-you"></span>you ${p.you}</p>
<p>${d.total} ${d.total === 1 ? 'directive' : 'directives'}, ${d.withReason} with a reason.</p>`,
  );
}

/** The whole report body for one document version. */
export function reportBody(report: ToneReport, context: ViewContext): string {
  return [
    header(report, context),
    strip(report),
    findings(report),
    missing(report),
    dimensions(report),
    rhetoric(report),
    pronouns(report),
  ].join('\n');
}

/** What the panel says when there is nothing it can report on. */
export function messageBody(title: string, detail: string): string {
  return `<div class="empty" role="status"><h2>${escapeHtml(title)}</h2><p>${escapeHtml(detail)}</p></div>`;
}
