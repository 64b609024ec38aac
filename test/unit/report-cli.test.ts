import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

/** Bundled to out/test/unit/; the shipped CLI is dist/cli.js at the root. */
const CLI = resolve(__dirname, '../../../dist/cli.js');

describe('CLI --format markdown', function () {
  // A child process with the whole bundle: slow on a busy machine.
  this.timeout(30_000);
  it('prints the tone report for standard input, named by --stdin-filename', () => {
    const run = spawnSync(process.execPath, [CLI, '--format', 'markdown', '--stdin-filename', 'memo.txt', '-'], {
      input: 'You must submit the form by Friday. Attendance is mandatory. You must book a desk so that the team can plan seating.\n',
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    assert.equal(run.status, 0, run.stderr);
    const lines = run.stdout.split('\n');
    assert.equal(lines[0], '## Tone report: memo.txt');
    assert.match(lines[2], /Mostly controlling: 3 directives, 2 with a reason/);
    assert.match(run.stdout, /^\| Vision \| Task handed down \|/m);
    assert.match(run.stdout, /^### Change first$/m);
  });
});
