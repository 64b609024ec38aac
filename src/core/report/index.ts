/** The "Analyze tone" report: what it shows, computed from a text and its analysis (no view). */
export { buildReport, findingKey, reportSentenceCache, reportSteps, verdictFor, type ReportOptions } from './build-report';
export { POLES } from './poles';
export { SentenceCache } from './sentences';
export { mostControlling, reportMarkdown } from './report-markdown';
export type * from './types';
