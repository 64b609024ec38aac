import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLI, type CliRun, cleanUp, tempProject } from '../unit/cli-harness';
import { figure } from './figures';
import { BAD_RULE, GOOD_RULE } from './fixture-rules';

/**
 * The CLI as a user runs it (dist/cli.js in a child process), with the no-network stubs and a
 * peak-memory probe preloaded into the child through NODE_OPTIONS.
 */
const NO_NETWORK = join(__dirname, 'no-network.js');
const PEAK_RSS = join(__dirname, 'peak-rss.js');

interface Measured extends CliRun {
  seconds: number;
  cpuSeconds: number;
  peakMb: number;
}

function runMeasured(args: string[], cwd: string): Measured {
  const networkLog = join(cwd, '.network-attempts');
  const rssFile = join(cwd, '.peak-rss');
  const started = performance.now();
  // Not the unit harness's runCli: its 60 s limit is too short for 5 MB on a busy machine.
  const child = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 1024 * 1024 * 1024,
    timeout: 15 * 60_000,
    env: { ...process.env, NO_COLOR: '1', NODE_OPTIONS: `--require ${NO_NETWORK} --require ${PEAK_RSS}`, LEADLINT_NETWORK_LOG: networkLog, LEADLINT_PEAK_RSS_FILE: rssFile },
  });
  if (child.error) throw child.error;
  const run: CliRun = { status: child.status, stdout: child.stdout, stderr: child.stderr };
  const seconds = (performance.now() - started) / 1000;
  assert.ok(!existsSync(networkLog), `the CLI tried the network: ${existsSync(networkLog) ? readFileSync(networkLog, 'utf8') : ''}`);
  const usage = existsSync(rssFile) ? (JSON.parse(readFileSync(rssFile, 'utf8')) as { maxRSS: number; cpu: number }) : { maxRSS: NaN, cpu: NaN };
  return { ...run, seconds, cpuSeconds: usage.cpu / 1e6, peakMb: usage.maxRSS / 1024 };
}

const CASES: { name: string; config: string }[] = [
  { name: 'bad JSON', config: JSON.stringify({ lexicon: [GOOD_RULE] }, null, 2).replace('"weekend heroics"\n', '"weekend heroics",,\n') },
  { name: 'wrong type', config: JSON.stringify({ lexicon: [GOOD_RULE, { ...BAD_RULE, patterns: 'urgent push' }] }, null, 2) },
  { name: 'unknown dimension', config: JSON.stringify({ lexicon: [GOOD_RULE, { ...BAD_RULE, dimension: 'morale' }] }, null, 2) },
  { name: 'pattern that does not parse', config: JSON.stringify({ lexicon: [GOOD_RULE, { ...BAD_RULE, patterns: ['(urgent push'] }] }, null, 2) },
  { name: 'rule with no message', config: JSON.stringify({ lexicon: [GOOD_RULE, { ...BAD_RULE, message: undefined }] }, null, 2) },
];

describe('robust: the CLI (dist/cli.js) on bad and huge input', function () {
  before(function () {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: npm run build`);
  });

  for (const { name, config } of CASES) {
    it(`.leadlint.json with a ${name}: exit 2, one line naming file:line and rule, and the rest is still reported`, () => {
      const root = tempProject({ '.leadlint.json': config, 'memo.md': 'We count on weekend heroics again.\n\nYou must book a desk by Friday.\n' });
      try {
        const run = runMeasured(['memo.md'], root);
        const said = run.stderr.trim().split('\n');
        figure(`CLI, ${name}`, `exit ${run.status}; stderr: ${said.join(' | ')}`);
        assert.equal(run.status, 2);
        assert.equal(said.length, 1, run.stderr);
        assert.match(said[0], /^leadlint: \.leadlint\.json:\d+:\d+/);
        if (name !== 'bad JSON') assert.match(said[0], /bad-rule/);
        // The built-in lexicon still reports; the good extra rule too, unless the JSON itself is broken.
        assert.match(run.stdout, /obligation-must/);
        if (name !== 'bad JSON') assert.match(run.stdout, /weekend-heroics/);
      } finally {
        cleanUp(root);
      }
    });
  }

  it('a pipe, invalid UTF-8, a dangling link and a missing file are reported, and never stop the others', () => {
    const root = tempProject({ 'a.md': 'You must book a desk.\n', 'bad.md': Buffer.from([0xff, 0xfe, 0x41, 0x0a]), 'z.txt': 'All staff are required to attend.\n' });
    try {
      execFileSync('mkfifo', [join(root, 'pipe.md')]);
      symlinkSync(join(root, 'nowhere.md'), join(root, 'dangling.md'));
      const run = runMeasured(['a.md', 'pipe.md', 'bad.md', 'dangling.md', 'missing.md', 'z.txt'], root);
      figure('CLI, unreadable inputs', `exit ${run.status} in ${run.seconds.toFixed(1)} s; stderr: ${run.stderr.trim().split('\n').join(' | ')}`);
      assert.equal(run.status, 3);
      for (const file of ['pipe.md', 'bad.md', 'dangling.md', 'missing.md']) assert.match(run.stderr, new RegExp(`${file.replace('.', '\\.')}: `));
      assert.match(run.stdout, /a\.md:1:/);
      assert.match(run.stdout, /z\.txt:1:/);
    } finally {
      cleanUp(root);
    }
  });

  describe('huge input finishes with bounded memory', () => {
    let root: string;
    before(() => {
      root = tempProject({});
      writeFileSync(join(root, 'big.md'), hugeMarkdown(5 * 1024 * 1024));
      writeFileSync(join(root, 'line.txt'), oneLine(1024 * 1024));
    });
    after(() => rmSync(root, { recursive: true, force: true }));

    // "Bounded": a whole-document compromise parse of this much text needs about 2 GB (notes/compromise-facts.md).
    const BOUND_MB = 1500;

    for (const [name, file, label, atLeast] of [
      ['a 5 MB Markdown file', 'big.md', '5 MB Markdown through the CLI', 1000],
      ['a single 1 MB line', 'line.txt', 'one 1 MB line through the CLI', 100],
    ] as const) {
      it(name, () => {
        const run = runMeasured(['--format', 'json', file], root);
        const report = JSON.parse(run.stdout) as { files: { findings: unknown[] }[] };
        figure(label, `${run.seconds.toFixed(1)} s (CPU ${run.cpuSeconds.toFixed(1)} s), peak RSS ${run.peakMb.toFixed(0)} MB, ${report.files[0].findings.length} findings, exit ${run.status}`);
        assert.equal(run.status, 0, run.stderr);
        assert.ok(report.files[0].findings.length > atLeast);
        assert.ok(run.peakMb < BOUND_MB, `${run.peakMb} MB`);
      });
    }
  });
});

const SENTENCES = [
  'You must book a desk by Friday.',
  'We invite you to shape the plan.',
  'All staff are required to attend the briefing.',
  'Thanks to the platform team, deploys take minutes now.',
  'Why this matters: customers wait less.',
  'Here is the plan for the next quarter, and the reasoning behind it.',
];

/** Announcement-style Markdown: headings, paragraphs, lists and code, about `bytes` long. */
function hugeMarkdown(bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const s = (k: number) => SENTENCES[(i + k) % SENTENCES.length];
    const section = `## Section ${i}\n\n${s(0)} ${s(1)} ${s(3)}\n\n- ${s(2)}\n- ${s(4)}\n\n\`\`\`sh\nnpm run deploy -- --env ${i}\n\`\`\`\n\n`;
    parts.push(section);
    size += section.length;
  }
  return parts.join('');
}

/** One line of prose with no line break at all (a pasted log or a minified export). */
function oneLine(bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    parts.push(SENTENCES[i % SENTENCES.length]);
    size += SENTENCES[i % SENTENCES.length].length + 1;
  }
  return parts.join(' ') + '\n';
}
