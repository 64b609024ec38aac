// An esbuild plugin: compromise's tagger model, expanded at build time instead of at every start.
//
// When compromise loads, its pre-tagger model (src/2-two/preTagger/model/index.js) unpacks the
// compressed lexicon, conjugates and inflects its words into ~24k entries, and uncompresses the
// conjugation models: about half of compromise's load time, and the largest part of leadlint's
// activation. The result is plain data, the same on every run. So the build computes it once,
// from compromise's own source in Node, and the bundle's copy of that one module reads it back
// with JSON.parse. Everything else in compromise is bundled unchanged.
// test/unit/compromise-snapshot.test.ts checks that the bundled world's model equals the one
// compromise's own build makes.
const path = require('node:path');
const fs = require('node:fs');
const { pathToFileURL } = require('node:url');

const root = path.dirname(__dirname);
const modelFile = path.join(root, 'node_modules/compromise/src/2-two/preTagger/model/index.js');

/**
 * The lines of model/index.js that compute the data, and what replaces each. The imports of
 * the lexicon, the models and the expansion go; the expansion's two remaining effects (the
 * multi-word cache and the uncountable nouns) are copied from the snapshot instead.
 */
const REPLACEMENTS = [
  ["import { lexicon, switches, frozenLex } from './lexicon/index.js'", 'const { lexicon, switches, frozenLex } = snapshot'],
  ["import models from './models/index.js'", 'const { models } = snapshot'],
  [
    "import expandLexicon from './_expand/index.js'",
    'const expandLexicon = (model) => {\n  Object.assign(model.one._multiCache, snapshot._multiCache)\n  Object.assign(model.two.uncountable, snapshot.uncountable)\n  return model\n}',
  ],
];

let snapshotSource;

/** The expanded data as compromise's source computes it, as JSON. */
async function snapshotJson() {
  const { default: model } = await import(pathToFileURL(modelFile).href);
  const { lexicon, frozenLex, _multiCache } = model.one;
  const { switches, uncountable, models } = model.two;
  return JSON.stringify({ lexicon, frozenLex, _multiCache, switches, uncountable, models });
}

/** model/index.js with its data read from the snapshot; throws if compromise's source has moved on. */
async function snapshotModule() {
  if (!snapshotSource) {
    let source = fs.readFileSync(modelFile, 'utf8');
    for (const [line, replacement] of REPLACEMENTS) {
      if (!source.includes(line)) throw new Error(`compromise-snapshot: ${path.relative(root, modelFile)} no longer has \`${line}\`; update scripts/compromise-snapshot.cjs for this compromise version`);
      source = source.replace(line, replacement);
    }
    // JSON.parse of a string is much faster for V8 than the same data as an object literal.
    snapshotSource = `const snapshot = JSON.parse(${JSON.stringify(await snapshotJson())})\n${source}`;
  }
  return snapshotSource;
}

const compromiseSnapshot = {
  name: 'compromise-snapshot',
  setup(build) {
    build.onLoad({ filter: /[\\/]compromise[\\/]src[\\/]2-two[\\/]preTagger[\\/]model[\\/]index\.js$/ }, async (args) => {
      // Real paths: node_modules may be a symlink (esbuild reports the file's real path).
      if (fs.realpathSync(args.path) !== fs.realpathSync(modelFile)) return undefined;
      return { contents: await snapshotModule(), loader: 'js', resolveDir: path.dirname(modelFile) };
    });
  },
};

module.exports = { compromiseSnapshot };
