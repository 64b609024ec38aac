/** leadlint's language-analysis core: pure TypeScript, no `vscode`, no Node built-ins. */
export { analyze } from './analyze';
export { type AnalysisSession, type SliceOptions, analyzeInSlices, createAnalysisSession } from './incremental';
export { BUILTIN_LEXICON_FILES, BUILTIN_RULES } from './builtin-lexicon';
export {
  MAX_FIX_PASSES,
  applyEdits,
  fixAllEdits,
  fixToFixedPoint,
  minimalEdit,
  suggestionEdit,
  type FixPass,
  type FixedPoint,
  type TextEdit,
} from './fix';
export { proseBlocks } from './prose';
export { toneScore } from './score';
export * from './types';
export { CODED_RULES, CONFIG_FILE_NAME, configOptions, emptyConfig, parseConfigFile, rulesWithExtras, type LoadedConfig, type ProjectConfig } from './config-file';
export { disabledCheck, findDirectives, type InlineDirective } from './inline-disables';
export type { FileProblem } from './json-problems';
