import type { ToneReport } from './types';

export interface MarkdownOptions {
  /** Shown in the heading, e.g. the file name. */
  title?: string;
}

/** Text from the draft, made safe inside a table cell or an inline quote. */
function inline(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[\\`*_[\]|<>]/g, (c) => `\\${c}`).trim();
}

/** One square per sentence, coloured by tone: a heatmap that survives a paste into a PR. */
function toneSquare(tone: number): string {
  if (tone <= -0.5) return '🟥';
  if (tone < 0) return '🟧';
  if (tone === 0) return '⬜';
  if (tone < 0.5) return '🟨';
  return '🟩';
}

/** The sentences that control most, worst first (ties in document order). */
export function mostControlling(report: ToneReport, limit: number): ToneReport['sentences'] {
  return report.sentences
    .filter((s) => s.tone < 0)
    .map((s, i) => ({ s, i }))
    .sort((a, b) => a.s.tone - b.s.tone || a.i - b.i)
    .slice(0, limit)
    .map(({ s }) => s);
}

/** The tone report as Markdown, pasteable into a pull request or an issue. */
export function reportMarkdown(report: ToneReport, options: MarkdownOptions = {}): string {
  const out: string[] = [];
  out.push(`## Tone report${options.title ? `: ${inline(options.title)}` : ''}`, '');
  out.push(`**Score ${report.score} / 100** (50 is neutral; higher inspires more). ${report.summary}.`, '');
  out.push(
    `${report.words} words · ${report.counts.control} controlling · ${report.counts.inspiring} inspiring · ` +
      `${report.directives.total} directives (${report.directives.withReason} with a reason) · ` +
      `pronouns: I ${report.pronouns.i}, we ${report.pronouns.we}, you ${report.pronouns.you}`,
    '',
  );

  out.push('### Dimensions', '', '| Dimension | Control pole | Control | Inspiring | Inspiring pole | Score |', '|---|---|--:|--:|---|--:|');
  for (const d of report.dimensions) {
    out.push(`| ${d.label} | ${d.controlPole} | ${d.control} | ${d.inspiring} | ${d.inspiringPole} | ${d.score} |`);
  }
  out.push('');

  if (report.sentences.length) {
    out.push('### Sentences', '', report.sentences.map((s) => toneSquare(s.tone)).join(''), '');
    out.push('🟥 controlling · 🟧 leans controlling · ⬜ neutral · 🟨 leans inspiring · 🟩 inspiring', '');
    const worst = mostControlling(report, 3);
    if (worst.length) {
      out.push('Most controlling:', '');
      for (const s of worst) out.push(`- Line ${s.line}: ${inline(s.text)}`);
      out.push('');
    }
  }

  out.push('### Change first', '');
  if (!report.topFindings.length) out.push('Nothing controlling found.');
  for (const { finding, rewrite, line } of report.topFindings) {
    const change = rewrite !== undefined ? ` → “${inline(rewrite)}”` : '';
    out.push(`- Line ${line}: “${inline(finding.text)}”${change}: ${inline(finding.message)} (${finding.dimension})`);
  }
  out.push('');

  if (report.missing.length) {
    out.push('### Missing', '');
    for (const m of report.missing) out.push(`- **${m.title}** (${m.dimension}): ${m.advice}`);
    out.push('');
  }

  out.push('### Leadership rhetoric', '');
  for (const t of report.tactics) {
    const evidence = t.evidence.map((e) => `“${inline(e.text)}”`).join(', ');
    const note = t.note ? ` (${t.note})` : '';
    out.push(`- ${t.present ? '✅' : '▫️'} **${t.label}**${note}: ${t.present ? evidence : `not found. ${t.description}`}`);
  }
  out.push('');
  return out.join('\n');
}
