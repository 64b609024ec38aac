import { buildReport, reportMarkdown } from '../core/report';
import { languageOf } from './language';
import type { RunReport } from './report';

/**
 * The "Analyze tone" report as Markdown, one section per file: the same content as the
 * editor's report panel and its export, so it can be pasted into a pull request.
 */
export function* formatMarkdown(report: RunReport): Generator<string> {
  let first = true;
  for (const file of report.files) {
    const tone = buildReport(file.text, file.result, { languageId: languageOf(file.path), rules: report.rules });
    yield (first ? '' : '\n') + reportMarkdown(tone, { title: file.path });
    first = false;
  }
}
