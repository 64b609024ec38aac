import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, readFileSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { TEST_CONFIG_JSON, cleanUp, runCli, tempProject } from './cli-harness';

describe('CLI (dist/cli.js): --fix', function () {
  this.timeout(60_000);
  let root: string;
  const read = (name: string) => readFileSync(join(root, name));

  beforeEach(() => {
    root = tempProject({
      '.leadlint.json': TEST_CONFIG_JSON,
      'memo.txt': 'Zorping is compulsory. We keep glimmering together.\nAnd zorping is compulsory!\n',
      // A byte-order mark and Windows line endings must survive the rewrite.
      'windows.md': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('# Plan\r\n\r\nZorping is compulsory.\r\nZorping is compulsory.\r\n')]),
      'clean.txt': 'Nothing to fix here.\n',
    });
  });
  afterEach(() => cleanUp(root));

  it('rewrites the file with the first suggestion, keeping capitals, and reports each change', () => {
    const run = runCli(['--fix', 'memo.txt'], root);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(read('memo.txt').toString(), 'Zorping is welcome. We keep glimmering together.\nAnd zorping is welcome!\n');
    const lines = run.stdout.split('\n');
    assert.deepEqual(lines.slice(0, 2), [
      'memo.txt:1:1   fixed  "Zorping is compulsory" → "Zorping is welcome"  test-zorp',
      'memo.txt:2:5   fixed  "zorping is compulsory" → "zorping is welcome"  test-zorp',
    ]);
    assert.match(run.stdout, /memo\.txt {2}score \d+\/100 \(leans inspiring\): 0 control, 1 inspiring in \d+ words, 2 fixed/);
  });

  it('is idempotent: a second run changes nothing and reports no fix', () => {
    runCli(['--fix', 'memo.txt', 'windows.md'], root);
    const once = [read('memo.txt'), read('windows.md')];
    const second = runCli(['--fix', 'memo.txt', 'windows.md'], root);
    assert.deepEqual([read('memo.txt'), read('windows.md')], once);
    assert.ok(!second.stdout.includes(' fixed '), second.stdout);
  });

  it('keeps the byte-order mark and CRLF line endings', () => {
    runCli(['--fix', 'windows.md'], root);
    const bytes = read('windows.md');
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    assert.equal(bytes.subarray(3).toString(), '# Plan\r\n\r\nZorping is welcome.\r\nZorping is welcome.\r\n');
  });

  it('never touches a file it has nothing to fix in', () => {
    const past = new Date('2020-01-01T00:00:00Z');
    utimesSync(join(root, 'clean.txt'), past, past);
    const run = runCli(['--fix', 'clean.txt'], root);
    assert.equal(run.status, 0);
    assert.equal(statSync(join(root, 'clean.txt')).mtime.getTime(), past.getTime());
  });

  it('counts only what is left for --max-warnings, and lists the fixes in JSON', () => {
    const run = runCli(['--fix', '--max-warnings', '0', '-f', 'json', 'memo.txt'], root);
    assert.equal(run.status, 0, 'both control findings were fixed');
    const [file] = JSON.parse(run.stdout).files;
    assert.deepEqual(
      file.fixes.map((f: { ruleId: string; start: object; after: string }) => [f.ruleId, f.start, f.after]),
      [
        ['test-zorp', { line: 0, character: 0 }, 'Zorping is welcome'],
        ['test-zorp', { line: 1, character: 4 }, 'zorping is welcome'],
      ],
    );
    assert.deepEqual(
      file.findings.map((f: { ruleId: string }) => f.ruleId),
      ['test-glimmer'],
    );
  });

  it('exits 3 when a fixed file cannot be written, still reporting it and the other files', function () {
    const locked = join(root, 'memo.txt');
    const unlock = lockFile(locked);
    if (!unlock) return this.skip(); // root without chattr: nothing can refuse the write
    try {
      const run = runCli(['--fix', '-f', 'json', 'memo.txt', 'windows.md'], root);
      assert.equal(run.status, 3);
      assert.match(run.stderr, /memo\.txt: cannot write the fixes/);
      const [memo, windows] = JSON.parse(run.stdout).files;
      assert.deepEqual(memo.fixes, [], 'nothing was written, so nothing is reported as fixed');
      assert.equal(memo.findings.filter((f: { ruleId: string }) => f.ruleId === 'test-zorp').length, 2);
      assert.equal(windows.fixes.length, 2);
    } finally {
      unlock();
    }
    assert.ok(read('memo.txt').toString().startsWith('Zorping is compulsory.'));
  });

  it('refuses to fix standard input (exit 2) and leaves files alone on a usage error', () => {
    const run = runCli(['--fix', '-', 'memo.txt'], root, { input: 'Zorping is compulsory.' });
    assert.equal(run.status, 2);
    assert.match(run.stderr, /cannot rewrite standard input/);
    assert.ok(read('memo.txt').toString().startsWith('Zorping is compulsory.'));
  });
});

/**
 * Makes a file unwritable and returns how to undo it: chmod for a normal user; for root (who
 * ignores permissions) the immutable attribute, where the file system supports it.
 */
function lockFile(path: string): (() => void) | undefined {
  if (process.getuid?.() !== 0) {
    chmodSync(path, 0o444);
    return () => chmodSync(path, 0o644);
  }
  try {
    execFileSync('chattr', ['+i', path], { stdio: 'ignore' });
    return () => execFileSync('chattr', ['-i', path], { stdio: 'ignore' });
  } catch {
    return undefined;
  }
}
