// npm run bench [-- --full] [-- --sizes=1000,10000] [-- --rounds=3]
// Speed and memory of leadlint against its references (compromise's bare parse, write-good,
// alex, a regex alternation of the lexicon's literal phrases), all on the same generated
// Markdown, one table, one run. Every case runs in a fresh child process so its peak memory
// (the kernel's max RSS for that process) is its own, once per round; each cell is the median
// of its rounds. This is a benchmark, not a test.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const outDir = path.join(root, 'out/bench');
const coreBundle = path.join(outDir, 'core.js');
const extensionBundle = path.join(outDir, 'extension.js');
const SIZES = [1_000, 10_000, 100_000, 1_000_000];
const TOOLS = ['leadlint', 'compromise', 'alex', 'write-good', 'regex'];
/** alex and compromise take minutes and gigabytes on 1M words (notes: 289 s, 35 s / 2.4 GB). */
const SLOW_AT_1M = new Set(['alex', 'compromise']);
const EDITS = 41;
/** Runs after the first in the warm case (its median is reported). */
const WARM_RUNS = 5;
/**
 * Every case runs this many times, in rounds (all cases once, then again), and each figure is
 * the median of its rounds: one fresh process varies by ±10% on a shared machine, and the
 * rounds spread the neighbours' load over all tools alike.
 */
const ROUNDS = 3;

// ---------------------------------------------------------------- generated documents

/** Deterministic PRNG (mulberry32): the same documents on every run and machine. */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOPICS = ['office move', 'quarterly planning', 'deploy freeze', 'security training', 'hiring plan', 'travel policy', 'release train', 'customer week'];
const TEAMS = ['platform team', 'design group', 'support crew', 'finance team', 'mobile squad', 'data team'];
const DAYS = ['Monday', 'Tuesday', 'Friday', 'March 3', 'the end of the month', 'next sprint'];
const SENTENCES = [
  'The {team} will move to the third floor on {day}, and the old rooms close the same week.',
  'You must submit your expense report by {day}.',
  'Attendance at the all-hands is mandatory for everyone on the {team}.',
  'We are changing the {topic} so that customers get answers faster.',
  'Everyone must complete the training before {day}, because the audit starts right after.',
  'Thanks to the {team} for the careful work on the {topic} over the last quarter.',
  'If you have questions, ask in the channel or drop by the Thursday office hours.',
  'The numbers look good: churn fell by 4% and tickets closed 20% faster.',
  'Please review the checklist and flag anything that looks wrong to you.',
  'We tried three options and picked the one that the {team} could run without help.',
  'Imagine a launch where nobody has to stay late: that is what this plan is for.',
  'No exceptions will be made, and late requests will not be processed.',
  'Your team decides how to split the work; we only need the dates by {day}.',
  'It is a small change, but it removes a step that slowed everyone down.',
  'What would make the {topic} easier for you? Tell us before {day}.',
  'Staff must use the new badge readers from {day} onwards.',
];
const ITEMS = [
  'Run `npm run deploy -- --dry-run` before {day}.',
  'Read the [migration guide](https://example.com/guide) first.',
  'Book a room with the `/rooms` command.',
  'Ask the {team} if the `config.yaml` change affects you.',
  'Keep the old badge until {day}.',
];

function fill(template, next) {
  const pick = (list) => list[Math.floor(next() * list.length)];
  return template.replace(/\{(team|day|topic)\}/g, (_, slot) => pick(slot === 'team' ? TEAMS : slot === 'day' ? DAYS : TOPICS));
}

const countWords = (text) => text.split(/\s+/).filter(Boolean).length;

/** A Markdown announcement of about `words` words: headings, paragraphs, lists, code spans, links. */
function generate(words) {
  const next = random(words);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const parts = [];
  let count = 0;
  const add = (part) => {
    parts.push(part);
    count += countWords(part);
  };
  while (count < words) {
    add(`## ${fill('{topic}', next).replace(/^./, (c) => c.toUpperCase())} update`);
    for (let p = 0, paragraphs = 1 + Math.floor(next() * 3); p < paragraphs; p++) {
      add(Array.from({ length: 2 + Math.floor(next() * 4) }, () => fill(pick(SENTENCES), next)).join(' '));
    }
    if (next() < 0.6) add(Array.from({ length: 2 + Math.floor(next() * 3) }, () => `- ${fill(pick(ITEMS), next)}`).join('\n'));
    if (next() < 0.15) add('```sh\nnpm ci && npm run build\n```');
  }
  return parts.join('\n\n') + '\n';
}

/** A one-word edit near the middle of a document: two versions that alternate. */
function middleEdit(text) {
  const at = text.indexOf(' team ', Math.floor(text.length / 2));
  return [text, text.slice(0, at) + ' group ' + text.slice(at + ' team '.length)];
}

/** The lexicon's literal phrases (patterns' runs of plain words, alternations expanded). */
function literalPhrases() {
  const phrases = new Set();
  const dir = path.join(root, 'lexicon');
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.json') && !f.includes('schema'))) {
    for (const rule of JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')).rules) {
      for (const pattern of rule.patterns) {
        let runs = [[]];
        const flush = () => {
          for (const run of runs) if (run.length) phrases.add(run.join(' '));
          runs = [[]];
        };
        for (const raw of pattern.split(/\s+/)) {
          const token = raw.replace(/^\[(<\w+>)?|\]$/g, '');
          const words = /^\(([a-z' |]+)\)$/i.exec(token)?.[1].split('|') ?? (/^[a-z']+$/i.test(token) ? [token] : undefined);
          if (!words || runs.length * words.length > 64) flush();
          else runs = runs.flatMap((run) => words.map((word) => [...run, word]));
        }
        flush();
      }
    }
  }
  return [...phrases].sort((a, b) => b.length - a.length);
}

/**
 * One alternation of all phrases, factored by common prefixes (a trie), so the engine tries a
 * handful of branches per position instead of every phrase.
 */
function trieSource(phrases) {
  const trie = new Map();
  for (const phrase of phrases) {
    let node = trie;
    for (const ch of phrase.toLowerCase()) {
      if (!node.has(ch)) node.set(ch, new Map());
      node = node.get(ch);
    }
    node.set('', true);
  }
  const source = (node) => {
    const branches = [];
    let optional = false;
    for (const [ch, child] of node) {
      if (ch === '') optional = true;
      else branches.push((ch === ' ' ? '\\s+' : ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) + source(child));
    }
    if (!branches.length) return '';
    const group = branches.length === 1 && !optional ? branches[0] : `(?:${branches.join('|')})`;
    return optional ? `${group}?` : group;
  };
  return source(trie);
}

// ---------------------------------------------------------------- one case, in a child process

async function load(tool) {
  switch (tool) {
    case 'leadlint': {
      const core = require(coreBundle);
      return (text) => core.analyze(text, { languageId: 'markdown' }).findings.length;
    }
    case 'compromise': {
      const nlp = require('compromise');
      return (text) => nlp(text).length;
    }
    case 'alex': {
      const { markdown } = await import('alex');
      return (text) => markdown(text).messages.length;
    }
    case 'write-good': {
      const writeGood = require('write-good');
      return (text) => writeGood(text).length;
    }
    case 'regex': {
      const regex = new RegExp(`\\b${trieSource(literalPhrases())}\\b`, 'gi');
      return (text) => (text.match(regex) ?? []).length;
    }
  }
  throw new Error(`unknown tool ${tool}`);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)];
const doc = (size) => fs.readFileSync(path.join(outDir, `doc-${size}.md`), 'utf8');
// Counted by the parent: splitting a 1M-word text in the child would add ~50 MB to the peak memory it measures.
const wordsIn = (size) => JSON.parse(fs.readFileSync(path.join(outDir, 'words.json'), 'utf8'))[size];

/**
 * Durations are CPU time of the measuring process (user + system, all its threads), not wall
 * time: the development machine is shared, and wall time there measures the neighbours' load
 * as much as the code. On an idle machine wall time is about the same or lower.
 */
function clock() {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/**
 * The main thread's own running time, ms (Linux: /proc schedstat, in ns, updated at scheduler
 * ticks: only good for spans of tens of ms). Unlike `clock()` it leaves out the garbage
 * collector's helper threads, and unlike wall time the neighbours' load.
 */
const schedstat = `/proc/self/task/${process.pid}/schedstat`;
function mainThreadClock() {
  return fs.existsSync(schedstat) ? Number(fs.readFileSync(schedstat, 'utf8').split(' ')[0]) / 1e6 : NaN;
}

async function child(tool, size, mode) {
  const small = doc(1_000);
  const t0 = clock();
  const run = await load(tool);
  const t1 = clock();
  run(small);
  const t2 = clock();
  // Activation per process: the median of sums, not the sum of two medians.
  const result = { load: t1 - t0, first: t2 - t1, activation: t2 - t0 };
  if (mode === 'extension') {
    // The extension's own module as VS Code loads it at activation (vscode stubbed): with the
    // core loaded lazily, this is all activation waits for before leadlint's first analysis.
    const { requireWithStubVscode } = require('./stub-vscode.cjs');
    const start = clock();
    requireWithStubVscode(extensionBundle);
    result.extensionLoad = clock() - start;
  } else if (mode === 'edit') {
    const core = require(coreBundle);
    const session = core.createAnalysisSession();
    const versions = middleEdit(doc(size));
    session.update(versions[0], { languageId: 'markdown' });
    const times = [];
    // Wall time too: what the editor waits for. The CPU time adds the garbage collector's and
    // the JIT compiler's helper threads, which run beside the main thread, mostly in the first
    // edits after the full analysis.
    const wallTimes = [];
    for (let i = 1; i <= EDITS; i++) {
      // Each edit arrives as its own event-loop task, as keystrokes do in the editor: the
      // garbage collector's and the JIT's queued main-thread tasks run between them, not inside.
      await new Promise((resolve) => setTimeout(resolve, 10));
      const start = clock();
      const wallStart = performance.now();
      session.update(versions[i % 2], { languageId: 'markdown' });
      wallTimes.push(performance.now() - wallStart);
      times.push(clock() - start);
    }
    Object.assign(result, { median: median(times), p95: p95(times), wallMedian: median(wallTimes), wallP95: p95(wallTimes) });
  } else if (mode === 'slices') {
    // The extension's path: analyzeInSlices, yielding to the event loop; the longest slice is what the editor feels.
    const core = require(coreBundle);
    const text = doc(size);
    // Wall time here (a slice blocks the event loop for its wall time), and the main thread's
    // own running time (mainThreadClock), which a loaded machine does not inflate.
    let sliceStart = performance.now();
    let sliceCpu = mainThreadClock();
    let longest = 0;
    let longestCpu = 0;
    const start = clock();
    await core.analyzeInSlices(text, { languageId: 'markdown' }, {
      maxSliceMs: 50,
      yield: async () => {
        longest = Math.max(longest, performance.now() - sliceStart);
        longestCpu = Math.max(longestCpu, mainThreadClock() - sliceCpu);
        await new Promise((resolve) => setImmediate(resolve));
        sliceStart = performance.now();
        sliceCpu = mainThreadClock();
      },
    });
    longest = Math.max(longest, performance.now() - sliceStart);
    longestCpu = Math.max(longestCpu, mainThreadClock() - sliceCpu);
    Object.assign(result, { longestSlice: longest, longestSliceMainThread: longestCpu, ms: clock() - start });
  } else if (mode === 'warm') {
    // The same text analysed again in the same process: what a long-lived editor sees once the
    // JIT has compiled the hot code. The first run's figure is the row above; this one leaves it out.
    const text = doc(size);
    const times = [];
    for (let i = 0; i < 1 + WARM_RUNS; i++) {
      const start = clock();
      run(text);
      times.push(clock() - start);
    }
    result.ms = median(times.slice(1));
    result.wordsPerSecond = (wordsIn(size) / result.ms) * 1000;
  } else if (size) {
    const text = doc(size);
    const repeats = size <= 10_000 ? 3 : 1;
    const times = [];
    const wallTimes = [];
    for (let i = 0; i < repeats; i++) {
      const start = clock();
      const wallStart = performance.now();
      result.reported = run(text);
      wallTimes.push(performance.now() - wallStart);
      times.push(clock() - start);
    }
    result.ms = median(times);
    result.wordsPerSecond = (wordsIn(size) / result.ms) * 1000;
    // Wall time leaves out the JIT's and the garbage collector's helper threads, which run on the other cores.
    result.wallWordsPerSecond = (wordsIn(size) / median(wallTimes)) * 1000;
  }
  result.peakMB = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(JSON.stringify(result));
}

// ---------------------------------------------------------------- the parent: build, run, print

function runChild(tool, size, mode = 'full') {
  const started = Date.now();
  const res = spawnSync(process.execPath, ['--max-old-space-size=8192', fileURLToPath(import.meta.url), '--child', tool, String(size), mode], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  if (res.status !== 0) {
    process.stderr.write(`  ${tool} ${size} ${mode}: failed\n${res.stderr}\n`);
    return undefined;
  }
  process.stderr.write(`  ${tool} ${size} ${mode}: ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  return JSON.parse(res.stdout);
}

/** One result with each numeric field the median of the runs' (a failed run is left out). */
function medianResult(list) {
  const ok = list.filter(Boolean);
  if (!ok.length) return undefined;
  const out = { ...ok[0] };
  for (const [field, value] of Object.entries(out)) if (typeof value === 'number') out[field] = median(ok.map((r) => r[field]));
  return out;
}

const fmt = (n, digits = 0) => (n === undefined ? '–' : n >= 100 || digits === 0 ? Math.round(n).toLocaleString('en-US') : n.toFixed(digits));
const ratio = (a, b) => (a === undefined || b === undefined ? '–' : `${(a / b).toFixed(a / b >= 10 ? 0 : 1)}×`);

async function parent() {
  const full = process.argv.includes('--full');
  const sizesArg = process.argv.find((a) => a.startsWith('--sizes='));
  const sizes = sizesArg ? sizesArg.slice(8).split(',').map(Number) : SIZES;
  const esbuild = require('esbuild');
  // As esbuild.js builds it: compromise's tagger model expanded at build time.
  const { compromiseSnapshot } = require('./compromise-snapshot.cjs');
  // The core imports the build-time parse of the lexicon's patterns (what `npm run build` makes).
  require('./parsed-patterns.cjs').generateParsedPatterns();
  fs.mkdirSync(outDir, { recursive: true });
  const bundle = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', minify: true, logLevel: 'error', mainFields: ['module', 'main'], plugins: [compromiseSnapshot] };
  await esbuild.build({ ...bundle, entryPoints: [path.join(root, 'src/core/index.ts')], outfile: coreBundle });
  await esbuild.build({ ...bundle, entryPoints: [path.join(root, 'src/extension/extension.ts')], outfile: extensionBundle, external: ['vscode'] });
  const words = {};
  for (const size of new Set([1_000, ...sizes])) {
    const text = generate(size);
    fs.writeFileSync(path.join(outDir, `doc-${size}.md`), text);
    words[size] = countWords(text);
  }
  fs.writeFileSync(path.join(outDir, 'words.json'), JSON.stringify(words));

  const roundsArg = process.argv.find((a) => a.startsWith('--rounds='));
  const rounds = roundsArg ? Number(roundsArg.slice(9)) : ROUNDS;
  /** Every case of one round, each as [key, run]; the same order in every round. */
  const cases = [];
  for (const tool of TOOLS) {
    cases.push([`${tool} startup`, () => runChild(tool, 0, 'startup')]);
    for (const size of sizes) if (!(size >= 1_000_000 && SLOW_AT_1M.has(tool) && !full)) cases.push([`${tool} ${size}`, () => runChild(tool, size)]);
  }
  cases.push(['extension', () => runChild('leadlint', 0, 'extension')]);
  if (sizes.includes(100_000)) for (const tool of TOOLS) cases.push([`${tool} warm`, () => runChild(tool, 100_000, 'warm')]);
  for (const size of sizes.filter((s) => s === 10_000 || s === 100_000)) cases.push([`edit ${size}`, () => runChild('leadlint', size, 'edit')]);
  for (const size of sizes.filter((s) => s >= 100_000)) cases.push([`slices ${size}`, () => runChild('leadlint', size, 'slices')]);
  const runs = new Map(cases.map(([key]) => [key, []]));
  for (let round = 1; round <= rounds; round++) {
    process.stderr.write(`round ${round} of ${rounds}\n`);
    for (const [key, run] of cases) runs.get(key).push(run());
  }
  const cell = (key) => medianResult(runs.get(key));
  const results = {};
  for (const tool of TOOLS) {
    results[tool] = { startup: cell(`${tool} startup`) };
    for (const size of sizes) if (runs.has(`${tool} ${size}`)) results[tool][size] = cell(`${tool} ${size}`);
  }
  const extension = cell('extension');
  const warm = {};
  for (const tool of TOOLS) if (runs.has(`${tool} warm`)) warm[tool] = cell(`${tool} warm`);
  const edits = {};
  for (const size of sizes) if (runs.has(`edit ${size}`)) edits[size] = cell(`edit ${size}`);
  const slices = {};
  for (const size of sizes) if (runs.has(`slices ${size}`)) slices[size] = cell(`slices ${size}`);

  const rows = [];
  const row = (label, get, higherIsBetter) => {
    const values = TOOLS.map((tool) => get(tool));
    const [lead, comp, alex] = [values[0], values[1], values[2]];
    const vs = (ref) => (higherIsBetter ? ratio(lead, ref) : ratio(ref, lead));
    rows.push(`| ${label} | ${values.map((v) => fmt(v, 1)).join(' | ')} | ${vs(comp)} | ${vs(alex)} |`);
  };
  row('module load, ms', (t) => results[t].startup?.load, false);
  row('first analysis of 1k words, ms', (t) => results[t].startup?.first, false);
  rows.push(`| extension module load (core loaded on first use), ms | ${fmt(extension?.extensionLoad, 1)} | | | | | | |`);
  row('activation (load + first 1k), ms', (t) => results[t].startup?.activation, false);
  for (const size of sizes) {
    const label = size >= 1_000_000 ? `${size / 1_000_000}M` : `${size / 1000}k`;
    row(`${label} words: words/s`, (t) => results[t][size]?.wordsPerSecond, true);
    row(`${label} words: peak memory, MB`, (t) => results[t][size]?.peakMB, false);
    if (size === 100_000) row(`${label} words: words/s in wall time`, (t) => results[t][size]?.wallWordsPerSecond, true);
    if (size === 100_000) row(`${label} words: words/s when warm (runs 2–${1 + WARM_RUNS} in one process, median)`, (t) => warm[t]?.wordsPerSecond, true);
  }
  for (const [size, edit] of Object.entries(edits)) {
    const label = `${Number(size) / 1000}k`;
    // The references have no incremental mode: their figure is a full re-analysis.
    row(`${label}: one-word edit, median ms`, (t) => (t === 'leadlint' ? edit?.median : results[t][size]?.ms), false);
    row(`${label}: one-word edit, p95 ms`, (t) => (t === 'leadlint' ? edit?.p95 : results[t][size]?.ms), false);
    rows.push(`| ${label}: one-word edit, wall ms, median / p95 | ${fmt(edit?.wallMedian, 1)} / ${fmt(edit?.wallP95, 1)} | | | | | | |`);
  }
  for (const [size, sliced] of Object.entries(slices)) {
    const label = Number(size) >= 1_000_000 ? `${Number(size) / 1_000_000}M` : `${Number(size) / 1000}k`;
    rows.push(`| ${label}: longest blocking slice (analyzeInSlices), wall ms | ${fmt(sliced?.longestSlice, 1)} | | | | | | |`);
    rows.push(`| ${label}: longest blocking slice (analyzeInSlices), main-thread running ms | ${fmt(sliced?.longestSliceMainThread, 1)} | | | | | | |`);
  }
  const header = `| case | ${TOOLS.join(' | ')} | leadlint vs compromise | leadlint vs alex |\n|---|${TOOLS.map(() => '---:').join('|')}|---:|---:|`;
  console.log(`\n${header}\n${rows.join('\n')}\n`);
  const largest = sizes.filter((size) => results.leadlint[size]?.reported !== undefined).pop();
  if (largest) console.log(`Generated text: leadlint reports ${((results.leadlint[largest].reported / largest) * 1000).toFixed(0)} findings per 1,000 words (${largest.toLocaleString('en-US')}-word document).`);
  console.log('Ratios: how many times better leadlint is (faster, or less memory); below 1× it is worse.');
  console.log('Words/s rows: one analysis in a fresh process after a 1k-word warm-up (the JIT is still compiling), except the "warm" row.');
  console.log('Edit rows: leadlint re-analyses incrementally; the references have no such mode, so their figure is a full analysis of the document.');
  if (!full && sizes.includes(1_000_000)) console.log('1M words: compromise and alex skipped (minutes and GBs each); run with --full to include them.');
  console.log(`Times are CPU milliseconds of the measuring process (wall time on a shared machine mostly measures the neighbours). Node ${process.version}, ${require('node:os').cpus().length} CPUs; each cell the median of ${rounds} fresh processes, run in rounds; words = whitespace-separated tokens of the Markdown source.`);
  fs.writeFileSync(path.join(outDir, 'results.json'), JSON.stringify({ rounds, runs: Object.fromEntries(runs), results, extension, warm, edits, slices }, null, 2));
}

if (process.argv[2] === '--child') await child(process.argv[3], Number(process.argv[4]), process.argv[5]);
else await parent();
