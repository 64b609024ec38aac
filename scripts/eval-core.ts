// What scripts/eval.mjs needs from the TypeScript core, bundled by esbuild.js to out/eval-core.js.
export { analyze, applyEdits, fixAllEdits, suggestionEdit } from '../src/core';
export type { Finding, TextEdit } from '../src/core';
