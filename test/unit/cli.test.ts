import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLI, TEST_CONFIG_JSON, cleanUp, runCli, tempProject } from './cli-harness';

const ZORP = 'Zorping is compulsory.';
const GLIMMER = 'We keep glimmering together.';

describe('CLI (dist/cli.js): formats, inputs and exit codes', function () {
  this.timeout(60_000);
  let root: string;

  before(() => {
    root = tempProject({
      '.leadlint.json': TEST_CONFIG_JSON,
      'memo.txt': `${ZORP} ${GLIMMER}\nAnd zorping is compulsory!\n`,
      // An emoji (two UTF-16 units) and CRLF before the finding: ranges must count like VS Code.
      'emoji.md': `# Hello 👋\r\n\r\n👋 ${ZORP}\r\n`,
      'code.md': '```\nZorping is compulsory.\n```\n\nPlain words.\n',
      'kind.txt': GLIMMER + '\n',
      'clean.txt': 'Nothing to see here.\n',
      'docs/a.md': ZORP + '\n',
      'docs/b.md': GLIMMER + '\n',
      'docs/notes.bin': Buffer.from([0x5a, 0x00, 0x6f]),
      'sub/.leadlint.json': JSON.stringify({ ...JSON.parse(TEST_CONFIG_JSON), rules: { 'test-zorp': 'off', 'test-glimmer': 'hint' } }),
      'sub/memo.txt': ZORP + '\n',
    });
  });
  after(() => cleanUp(root));

  describe('--format text', () => {
    it('prints path:line:col  severity  message  ruleId, 1-based, then the score', () => {
      const run = runCli(['memo.txt'], root);
      assert.equal(run.status, 0, run.stderr);
      const lines = run.stdout.trimEnd().split('\n');
      assert.deepEqual(lines.slice(0, 3), [
        'memo.txt:1:1   warning  Test: a zorp order.  test-zorp',
        'memo.txt:1:32  hint     Test: a glimmer.  test-glimmer',
        'memo.txt:2:5   warning  Test: a zorp order.  test-zorp',
      ]);
      assert.match(lines[3], /^memo\.txt {2}score \d+\/100 \(leans control\): 2 control, 1 inspiring in \d+ words$/);
    });

    it('has no colour codes when stdout is not a terminal, and has them when forced', () => {
      assert.ok(!runCli(['memo.txt'], root).stdout.includes('\u001b['));
      assert.ok(runCli(['memo.txt'], root, { env: { FORCE_COLOR: '1' } }).stdout.includes('\u001b['));
    });

    it('prints the score even for a file with no findings', () => {
      const run = runCli(['clean.txt'], root);
      assert.equal(run.status, 0);
      assert.match(run.stdout, /^clean\.txt {2}score 50\/100 \(balanced\): 0 control, 0 inspiring in 4 words\n$/);
    });

    it('--quiet keeps control findings only', () => {
      const run = runCli(['--quiet', 'memo.txt'], root);
      assert.ok(run.stdout.includes('test-zorp'));
      assert.ok(!run.stdout.includes('test-glimmer'));
    });
  });

  describe('--format json', () => {
    it('prints exactly one JSON document with the documented shape', () => {
      const run = runCli(['--format', 'json', 'memo.txt', 'kind.txt'], root);
      assert.equal(run.status, 0, run.stderr);
      const doc = JSON.parse(run.stdout);
      assert.deepEqual(
        doc.files.map((f: { path: string }) => f.path),
        ['memo.txt', 'kind.txt'],
      );
      const memo = doc.files[0];
      assert.equal(typeof memo.score, 'number');
      assert.deepEqual(Object.keys(memo.dimensions).sort(), ['challenge', 'commitment', 'horizon', 'originality', 'people', 'risk', 'vision']);
      assert.ok(Object.values(memo.dimensions).every((v) => typeof v === 'number'));
      assert.ok(memo.dimensions.commitment < 50 && memo.dimensions.people > 50);
      const zorp = memo.findings[0];
      assert.deepEqual(
        { ...zorp, explanation: undefined },
        {
          ruleId: 'test-zorp',
          dimension: 'commitment',
          polarity: 'control',
          severity: 'warning',
          message: 'Test: a zorp order.',
          text: 'Zorping is compulsory',
          offset: 0,
          length: 21,
          range: { start: { line: 0, character: 0 }, end: { line: 0, character: 21 } },
          suggestions: ['Zorping is welcome'],
          explanation: undefined,
        },
      );
      assert.deepEqual(memo.findings[2].range, { start: { line: 1, character: 4 }, end: { line: 1, character: 25 } });
      assert.ok(doc.files[1].score > 50);
    });

    it('counts characters in UTF-16 code units and lines across CRLF, as VS Code does', () => {
      const doc = JSON.parse(runCli(['-f', 'json', 'emoji.md'], root).stdout);
      const [finding] = doc.files[0].findings;
      assert.deepEqual(finding.range, { start: { line: 2, character: 3 }, end: { line: 2, character: 24 } });
      assert.equal(finding.offset, '# Hello 👋\r\n\r\n👋 '.length);
    });

    it('reads .md as Markdown (code blocks are not prose) and other files as plain text', () => {
      const doc = JSON.parse(runCli(['-f', 'json', 'code.md'], root).stdout);
      assert.deepEqual(doc.files[0].findings, []);
      const asText = tempProject({ '.leadlint.json': TEST_CONFIG_JSON, 'code.txt': readFileSync(join(root, 'code.md'), 'utf8') });
      try {
        const plain = JSON.parse(runCli(['-f', 'json', 'code.txt'], asText).stdout);
        assert.deepEqual(
          plain.files[0].findings.map((f: { ruleId: string }) => f.ruleId),
          ['test-zorp'],
        );
      } finally {
        cleanUp(asText);
      }
    });
  });

  describe('--format sarif', () => {
    it('is SARIF 2.1.0 with the lexicon as rules and located results', () => {
      const run = runCli(['--format', 'sarif', 'memo.txt'], root);
      assert.equal(run.status, 0, run.stderr);
      const sarif = JSON.parse(run.stdout);
      assert.equal(sarif.version, '2.1.0');
      const [only] = sarif.runs;
      const ruleIds: string[] = only.tool.driver.rules.map((r: { id: string }) => r.id);
      assert.ok(ruleIds.includes('test-zorp') && ruleIds.includes('directive-without-reason'));
      assert.ok(ruleIds.length > 3, 'the built-in lexicon is listed too');
      assert.equal(new Set(ruleIds).size, ruleIds.length, 'rule ids are unique');
      assert.equal(only.results.length, 3);
      const [first, second] = only.results;
      assert.equal(first.ruleId, 'test-zorp');
      assert.equal(ruleIds[first.ruleIndex], 'test-zorp');
      assert.equal(first.level, 'warning');
      assert.equal(first.locations[0].physicalLocation.artifactLocation.uri, 'memo.txt');
      assert.deepEqual(
        { ...first.locations[0].physicalLocation.region, snippet: undefined },
        { startLine: 1, startColumn: 1, endLine: 1, endColumn: 22, charOffset: 0, charLength: 21, snippet: undefined },
      );
      assert.equal(first.fixes[0].artifactChanges[0].replacements[0].insertedContent.text, 'Zorping is welcome');
      assert.equal(second.kind, 'pass', 'inspiring findings are passes, not problems');
    });
  });

  describe('inputs', () => {
    it('reads standard input with -, named by --stdin-filename', () => {
      const plain = runCli(['-f', 'json', '-'], root, { input: ZORP });
      assert.equal(plain.status, 0, plain.stderr);
      const doc = JSON.parse(plain.stdout);
      assert.equal(doc.files[0].path, '<stdin>');
      assert.equal(doc.files[0].findings[0].ruleId, 'test-zorp');
      // As Markdown, the fenced code is not prose.
      const md = runCli(['-f', 'json', '-', '--stdin-filename', 'draft.md'], root, { input: '```\n' + ZORP + '\n```\n' });
      assert.equal(JSON.parse(md.stdout).files[0].path, 'draft.md');
      assert.deepEqual(JSON.parse(md.stdout).files[0].findings, []);
    });

    it('expands globs and directories, skipping binary files with a notice', () => {
      const glob = runCli(['-f', 'json', 'docs/*.md'], root);
      assert.deepEqual(
        JSON.parse(glob.stdout).files.map((f: { path: string }) => f.path),
        ['docs/a.md', 'docs/b.md'],
      );
      const binary = runCli(['docs/notes.bin', 'docs/a.md'], root);
      assert.equal(binary.status, 0, 'a skipped binary file is not an error');
      assert.match(binary.stderr, /docs\/notes\.bin: skipped: binary file/);
      assert.match(binary.stdout, /docs\/a\.md:1:1 +warning/);
      const dir = runCli(['-f', 'json', 'docs'], root);
      assert.deepEqual(
        JSON.parse(dir.stdout).files.map((f: { path: string }) => f.path),
        [join('docs', 'a.md'), join('docs', 'b.md')],
      );
      const absolute = runCli(['-f', 'json', join(root, 'docs', '*.md')], root);
      assert.deepEqual(
        JSON.parse(absolute.stdout).files.map((f: { path: string }) => f.path),
        [join(root, 'docs', 'a.md'), join(root, 'docs', 'b.md')],
        'an absolute glob reports absolute paths',
      );
      const absoluteDir = runCli(['-f', 'json', join(root, 'docs')], root);
      assert.equal(absoluteDir.status, 0, absoluteDir.stderr);
      assert.deepEqual(
        JSON.parse(absoluteDir.stdout).files.map((f: { path: string }) => f.path),
        [join(root, 'docs', 'a.md'), join(root, 'docs', 'b.md')],
        'an absolute directory reports absolute paths',
      );
    });

    it('exits 3 on a missing file or an empty glob, and still reports the others', () => {
      const run = runCli(['-f', 'json', 'nope.md', 'memo.txt', 'none/*.md'], root);
      assert.equal(run.status, 3);
      assert.match(run.stderr, /nope\.md: file not found/);
      assert.match(run.stderr, /none\/\*\.md: no files match/);
      const doc = JSON.parse(run.stdout);
      assert.deepEqual(
        doc.files.map((f: { path: string }) => f.path),
        ['memo.txt'],
      );
      assert.deepEqual(
        doc.errors.map((e: { path: string }) => e.path),
        ['nope.md', 'none/*.md'],
      );
    });
  });

  describe('--max-warnings', () => {
    it('exits 1 only when the control findings exceed N', () => {
      assert.equal(runCli(['--max-warnings', '2', 'memo.txt'], root).status, 0);
      const over = runCli(['--max-warnings', '1', 'memo.txt'], root);
      assert.equal(over.status, 1);
      assert.match(over.stderr, /2 control findings, more than --max-warnings 1/);
    });

    it('never counts inspiring findings', () => {
      assert.equal(runCli(['--max-warnings', '0', 'kind.txt'], root).status, 0);
    });

    it('counts across all files together', () => {
      assert.equal(runCli(['--max-warnings', '2', 'memo.txt', 'docs/a.md'], root).status, 1);
    });
  });

  describe('configuration', () => {
    it('uses the nearest .leadlint.json above each file', () => {
      const doc = JSON.parse(runCli(['-f', 'json', 'sub/memo.txt', 'docs/a.md'], root).stdout);
      assert.deepEqual(doc.files[0].findings, [], 'sub/.leadlint.json turns test-zorp off');
      assert.equal(doc.files[1].findings[0].ruleId, 'test-zorp');
    });

    it('--config picks the file, --no-config uses none', () => {
      const picked = JSON.parse(runCli(['-f', 'json', '--config', 'sub/.leadlint.json', 'memo.txt'], root).stdout);
      assert.ok(!picked.files[0].findings.some((f: { ruleId: string }) => f.ruleId === 'test-zorp'));
      const none = JSON.parse(runCli(['-f', 'json', '--no-config', 'memo.txt'], root).stdout);
      assert.ok(!none.files[0].findings.some((f: { ruleId: string }) => f.ruleId.startsWith('test-')), 'no config, no custom rules');
    });

    it('exits 2 on malformed JSON, naming the file and the line', () => {
      const bad = tempProject({ '.leadlint.json': '{\n  "rules": {\n    "test-zorp": "off",\n  }\n}\n', 'a.txt': 'Hello.\n' });
      try {
        const run = runCli(['a.txt'], bad);
        assert.equal(run.status, 2);
        assert.match(run.stderr, /\.leadlint\.json:4:3: invalid JSON: a trailing comma: remove it/);
      } finally {
        cleanUp(bad);
      }
    });

    it('drops a bad extra rule (exit 2, file:line and rule id) and keeps the good one working', () => {
      const config = JSON.parse(TEST_CONFIG_JSON);
      config.lexicon[1].patterns = ['(glimmering'];
      const bad = tempProject({ '.leadlint.json': JSON.stringify(config, null, 2), 'a.txt': `${ZORP} ${GLIMMER}\n` });
      try {
        const run = runCli(['-f', 'json', 'a.txt'], bad);
        assert.equal(run.status, 2);
        assert.match(run.stderr, /\.leadlint\.json:\d+:\d+: rule "test-glimmer": lexicon: patterns 1 is not a valid compromise pattern/);
        const line = Number(/\.leadlint\.json:(\d+):/.exec(run.stderr)![1]);
        assert.ok(readFileSync(join(bad, '.leadlint.json'), 'utf8').split('\n')[line - 1].includes('(glimmering'));
        assert.deepEqual(
          JSON.parse(run.stdout).files[0].findings.map((f: { ruleId: string }) => f.ruleId),
          ['test-zorp'],
        );
      } finally {
        cleanUp(bad);
      }
    });
  });

  describe('usage', () => {
    it('exits 2 with a hint on bad options', () => {
      for (const args of [['--bogus', 'memo.txt'], ['--format', 'xml', 'memo.txt'], ['--max-warnings', 'lots', 'memo.txt'], [], ['--config', 'missing.json', 'memo.txt'], ['--fix', '-']]) {
        const run = runCli(args, root, { input: '' });
        assert.equal(run.status, 2, `leadlint ${args.join(' ')}`);
        assert.match(run.stderr, /^leadlint: .+\nRun "leadlint --help" for usage\.\n$/);
        assert.equal(run.stdout, '');
      }
    });

    it('--help documents the exit codes; --version prints the package version', () => {
      const help = runCli(['--help'], root);
      assert.equal(help.status, 0);
      for (const code of ['0', '1', '2', '3']) assert.match(help.stdout, new RegExp(`^ {2}${code} {2}\\S`, 'm'));
      const { version } = JSON.parse(readFileSync(join(__dirname, '../../../package.json'), 'utf8'));
      assert.equal(runCli(['--version'], root).stdout, `${version}\n`);
    });
  });

  it('ends quietly when the reader stops reading (leadlint … | head)', async () => {
    // Far more output than a pipe holds, so the CLI is still writing when the reader goes.
    const files: Record<string, string> = { '.leadlint.json': TEST_CONFIG_JSON };
    for (let i = 0; i < 40; i++) files[`memo-${i}.txt`] = 'Zorping is compulsory.\n\n'.repeat(40);
    const project = tempProject(files);
    try {
      const child = spawn(process.execPath, [CLI, '--format', 'json', '.'], { cwd: project, env: { ...process.env, NO_COLOR: '' } });
      let stderr = '';
      child.stderr.on('data', (chunk) => (stderr += chunk));
      let read = 0;
      child.stdout.once('data', (chunk: Buffer) => {
        read = chunk.length;
        child.stdout.destroy();
      });
      const status = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
      assert.ok(read > 0, 'read the first chunk');
      assert.equal(stderr, '');
      assert.equal(status, 0);
    } finally {
      cleanUp(project);
    }
  });
});
