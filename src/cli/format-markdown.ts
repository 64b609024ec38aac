import { buildReport, reportMarkdown } from '../core/report';
import type { RunReport } from './report';

/**
 * The "Analyze tone" report as Markdown, one section per file: the same content as the
 * editor's report panel and its export, so it can be pasted into a pull request.
 */
export function formatMarkdown(report: RunReport): string {
  const sections = report.files.map((file) => {
    const lower = file.path.toLowerCase();
    const languageId = lower.endsWith('.md') || lower.endsWith('.markdown') ? 'markdown' : 'plaintext';
    const tone = buildReport(file.text, file.result, { languageId, rules: report.rules });
    return reportMarkdown(tone, { title: file.path });
  });
  return sections.join('\n');
}
