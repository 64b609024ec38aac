// Builds every bundle into dist/ (and, with --tests, the test suites into out/).
// The `yo code` conventions: --production minifies, --watch rebuilds; `npm run check-types` type-checks.
const esbuild = require('esbuild');
const fs = require('node:fs');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const { generateParsedPatterns } = require('./scripts/parsed-patterns.cjs');
const { compromiseSnapshot } = require('./scripts/compromise-snapshot.cjs');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const tests = process.argv.includes('--tests');

/** Ajv's standalone mode turns the JSON Schemas into plain validation code: no eval at run time. */
function generateValidators() {
  const Ajv = require('ajv');
  const standaloneCode = require('ajv/dist/standalone').default;
  const lexiconSchema = require('./lexicon/lexicon.schema.json');
  const configSchema = require('./schemas/leadlint-config.schema.json');
  const ajv = new Ajv({ allErrors: true, code: { source: true, esm: true } });
  ajv.addSchema(lexiconSchema);
  ajv.addSchema(configSchema);
  const code = standaloneCode(ajv, { validateLexicon: lexiconSchema.$id, validateConfig: configSchema.$id });
  const out = path.join(__dirname, 'src/core/generated/validators.js');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  if (!fs.existsSync(out) || fs.readFileSync(out, 'utf8') !== code) fs.writeFileSync(out, code);
}

/** Prints errors in the form VS Code's esbuild problem matcher reads. */
const problemMatcher = {
  name: 'problem-matcher',
  setup(build) {
    build.onStart(() => {
      if (watch) console.log('[watch] build started');
    });
    build.onEnd((result) => {
      for (const { text, location } of result.errors) {
        console.error(`✘ [ERROR] ${text}`);
        if (location) console.error(`    ${location.file}:${location.line}:${location.column}:`);
      }
      if (watch) console.log('[watch] build finished');
    });
  },
};

const common = {
  bundle: true,
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'silent',
  // jsonc-parser's "main" is a UMD build esbuild cannot follow; its ESM build bundles cleanly.
  mainFields: ['module', 'main'],
  // compromise's tagger model is expanded at build time, not at every start (scripts/compromise-snapshot.cjs).
  plugins: [problemMatcher, compromiseSnapshot],
};

function listTests(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true }).filter((f) => f.endsWith('.ts')).map((f) => path.join(dir, f));
}

function exists(file) {
  return fs.existsSync(path.join(__dirname, file));
}

async function main() {
  generateValidators();
  // compromise's parse of the built-in patterns, so the first analysis does not parse the lexicon.
  generateParsedPatterns();
  // The lexicon is data: validate it (schema, patterns, templates) before anything ships it.
  await esbuild.build({ ...common, entryPoints: ['scripts/check-lexicon.ts'], platform: 'node', format: 'cjs', outfile: 'out/check-lexicon.js' });
  execFileSync(process.execPath, ['out/check-lexicon.js'], { stdio: 'inherit' });
  // docs/rules.md (each diagnostic links to its rule's anchor) is generated from the lexicon.
  await esbuild.build({ ...common, entryPoints: ['scripts/generate-rules-doc.ts'], platform: 'node', format: 'cjs', outfile: 'out/generate-rules-doc.js' });
  execFileSync(process.execPath, ['out/generate-rules-doc.js'], { stdio: 'inherit' });

  const builds = [
    // The CLI and the core: `vscode` is NOT external here, so a stray import in the core fails the build.
    {
      ...common,
      entryPoints: ['src/cli/main.ts'],
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      outfile: 'dist/cli.js',
      // tinyglobby's ESM build (via fdir) calls createRequire(import.meta.url), which a CJS bundle lacks.
      define: { 'import.meta.url': '__leadlintImportMetaUrl' },
      banner: { js: '#!/usr/bin/env node\n"use strict";\nconst __leadlintImportMetaUrl = require("node:url").pathToFileURL(__filename).href;' },
    },
  ];
  // `npm run eval` imports the core from this bundle (scripts/eval.mjs is plain JavaScript).
  builds.push({ ...common, entryPoints: ['scripts/eval-core.ts'], platform: 'node', format: 'cjs', target: 'node20', outfile: 'out/eval-core.js' });
  if (exists('src/extension/extension.ts')) {
    builds.push(
      { ...common, entryPoints: ['src/extension/extension.ts'], platform: 'node', format: 'cjs', target: 'node20', outfile: 'dist/extension.js', external: ['vscode'] },
      // The web extension (vscode.dev): same features, browser platform, so Node built-ins cannot sneak in.
      // Web extensions run in a Web Worker: the `worker` condition keeps DOM-only builds out (e.g.
      // decode-named-character-reference's `browser` build calls document.createElement).
      { ...common, entryPoints: ['src/extension/extension.ts'], platform: 'browser', conditions: ['worker'], format: 'cjs', target: 'es2022', outfile: 'dist/web/extension.js', external: ['vscode'], define: { 'process.env.NODE_ENV': '"production"' } },
    );
  }
  if (tests) {
    const unit = listTests('test/unit');
    if (unit.length) builds.push({ ...common, entryPoints: unit, outbase: 'test', outdir: 'out/test', platform: 'node', format: 'cjs', target: 'node20', external: ['mocha'] });
    // `npm run test:robust`: generated-input properties, bad input, huge files, security.
    const robust = listTests('test/robust');
    if (robust.length) builds.push({ ...common, entryPoints: robust, outbase: 'test', outdir: 'out/test', platform: 'node', format: 'cjs', target: 'node20', external: ['mocha'] });
    const host = listTests('test/vscode');
    if (host.length) builds.push({ ...common, entryPoints: host, outbase: 'test', outdir: 'out/test', platform: 'node', format: 'cjs', target: 'node20', external: ['vscode', 'mocha'] });
  }
  if (watch) {
    for (const options of builds) await (await esbuild.context(options)).watch();
    return;
  }
  const results = await Promise.allSettled(builds.map((options) => esbuild.build(options)));
  if (results.some((r) => r.status === 'rejected')) process.exit(1);
  fs.chmodSync('dist/cli.js', 0o755);
}

main().catch((error) => {
  console.error(error.message ?? error);
  process.exit(1);
});
