import type * as Core from '../core';
import type * as Report from '../core/report';

/*
 * The analysis core is loaded on first use, not with the extension. Loading it evaluates
 * compromise, which expands its lexicon at load (~150–200 ms), and VS Code counts a module's
 * load in its activation, which every extension activating after leadlint waits for. esbuild
 * bundles these `require`s and runs the core's modules only on the first call. The modules the
 * extension imports statically (types, the built-in lexicon data, fix.ts, the report's Markdown
 * and poles) do not reach compromise; `test/unit/lazy-core.test.ts` checks that loading the
 * extension runs none of compromise's code.
 */

let core: typeof Core | undefined;
let report: typeof Report | undefined;

export function loadCore(): typeof Core {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a lazy load (see above)
  core ??= require('../core') as typeof Core;
  return core;
}

export function loadReport(): typeof Report {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a lazy load (see above)
  report ??= require('../core/report') as typeof Report;
  return report;
}
