// Inline SVG charts for the report. No library: each chart is a few shapes, coloured by CSS
// classes (media/report/report.css) so they follow the VS Code theme, and each carries a text
// alternative (role="img" + aria-label) so a screen reader hears the figures, not the shapes.
import type { DimensionRow, PronounBalance } from '../../core/report';
import { escapeHtml, formatNumber } from './html';

/** The score on a 0–100 track: orange (controls) left of the neutral 50, blue (inspires) right. */
export function scoreGauge(score: number, verdict: string): string {
  const width = 300;
  const x = (Math.max(0, Math.min(100, score)) / 100) * width;
  const label = `Score ${formatNumber(score)} out of 100: ${verdict}. 50 is neutral; lower controls, higher inspires.`;
  return `<svg class="gauge" viewBox="-8 0 ${width + 16} 46" role="img" aria-label="${escapeHtml(label)}">
  <rect class="gauge-control" x="0" y="14" width="${width / 2}" height="12" rx="2"></rect>
  <rect class="gauge-inspiring" x="${width / 2}" y="14" width="${width / 2}" height="12" rx="2"></rect>
  <line class="gauge-neutral" x1="${width / 2}" y1="10" x2="${width / 2}" y2="30"></line>
  <path class="gauge-marker" d="M ${x - 7} 2 L ${x + 7} 2 L ${x} 13 Z"></path>
  <rect class="gauge-needle" x="${x - 1.5}" y="12" width="3" height="16"></rect>
  <text class="gauge-tick" x="0" y="42" text-anchor="start">0 controls</text>
  <text class="gauge-tick" x="${width / 2}" y="42" text-anchor="middle">50</text>
  <text class="gauge-tick" x="${width}" y="42" text-anchor="end">inspires 100</text>
</svg>`;
}

/**
 * One dimension as a diverging bar: control findings grow left of the centre line, inspiring
 * ones right, on a scale shared by all seven rows so they can be compared.
 */
export function divergingBar(row: DimensionRow, scale: number): string {
  const half = 100;
  const w = (n: number) => (n / scale) * (half - 4);
  const label =
    `${row.label}: ${row.control} controlling (${row.controlPole}), ${row.inspiring} inspiring (${row.inspiringPole}); ` +
    `score ${formatNumber(row.score)}.`;
  const cw = w(row.control);
  const iw = w(row.inspiring);
  return `<svg class="diverging" viewBox="0 0 ${half * 2} 22" preserveAspectRatio="none" role="img" aria-label="${escapeHtml(label)}">
  <rect class="bar-track" x="0" y="3" width="${half * 2}" height="16"></rect>
  ${cw ? `<rect class="bar-control" x="${half - cw}" y="3" width="${cw}" height="16"></rect>` : ''}
  ${iw ? `<rect class="bar-inspiring" x="${half}" y="3" width="${iw}" height="16"></rect>` : ''}
  <line class="bar-axis" x1="${half}" y1="0" x2="${half}" y2="22"></line>
</svg>`;
}

/** I / we / you as one stacked bar with a legend; the text alternative says the counts. */
export function pronounBar(p: PronounBalance): string {
  const total = p.i + p.we + p.you;
  const label = `Pronouns: I ${p.i}, we ${p.we}, you ${p.you}.`;
  if (!total) return `<p class="muted">${escapeHtml('No I, we or you in this draft.')}</p>`;
  let x = 0;
  const parts = (['i', 'we', 'you'] as const).map((key) => {
    const width = (p[key] / total) * 300;
    const rect = width ? `<rect class="pronoun-${key}" x="${x}" y="0" width="${width}" height="16"></rect>` : '';
    x += width;
    return rect;
  });
  return `<svg class="pronouns" viewBox="0 0 300 16" preserveAspectRatio="none" role="img" aria-label="${escapeHtml(label)}">${parts.join('')}</svg>`;
}
