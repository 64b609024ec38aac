import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import fc from 'fast-check';
import { version } from '../../package.json';
import type { CliOptions } from '../../src/cli/args';
import { palette } from '../../src/cli/colours';
import { ConfigResolver } from '../../src/cli/config-discovery';
import { formatJson } from '../../src/cli/format-json';
import { formatMarkdown } from '../../src/cli/format-markdown';
import { formatSarif } from '../../src/cli/format-sarif';
import { formatText } from '../../src/cli/format-text';
import { jsonPieces, later } from '../../src/cli/json-pieces';
import { type NamedInput, collectRules, lintInputs } from '../../src/cli/lint-inputs';
import { readTextFile } from '../../src/cli/read-input';
import type { FileReport, RunError, RunReport } from '../../src/cli/report';
import type { LexiconRule } from '../../src/core';
import { writeOutput } from '../../src/cli/write-output';
import { TEST_CONFIG_JSON, cleanUp, tempProject } from './cli-harness';

const joined = (pieces: Iterable<string>) => [...pieces].join('');

/** A run as it was before output was streamed: every file analysed and kept first. */
interface WholeReport {
  files: FileReport[];
  errors: RunError[];
  rules: readonly LexiconRule[];
}

describe('CLI output written in pieces', function () {
  this.timeout(30_000);

  describe('jsonPieces', () => {
    /** Every array turned into a generator, or only those at an even depth: both must not show. */
    function streamed(value: unknown, every: boolean, depth = 0): unknown {
      if (Array.isArray(value)) {
        const items = value.map((item) => streamed(item, every, depth + 1));
        return every || depth % 2 === 0 ? later(() => items) : items;
      }
      if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, streamed(v, every, depth + 1)]));
      return value;
    }

    it('writes JSON.stringify(value, null, 2) byte for byte, whichever arrays are streamed', () => {
      fc.assert(
        fc.property(fc.jsonValue(), fc.boolean(), (value, every) => {
          assert.equal(joined(jsonPieces(streamed(value, every))), JSON.stringify(value, null, 2));
        }),
        { seed: 20261124, numRuns: 1000 },
      );
    });

    it('leaves out undefined properties and writes null for undefined items, as JSON.stringify does', () => {
      const value = { a: undefined, b: [undefined, 1], c: { d: undefined }, e: [], f: {}, g: 'line\nbreak 👋\u2028', h: -0 };
      const withStreams = { ...value, b: later(() => [undefined, 1]), e: later(() => []) };
      assert.equal(joined(jsonPieces(withStreams)), JSON.stringify(value, null, 2));
    });
  });

  describe('formats: a streamed run gives what the same run known up front gives', () => {
    let root: string;
    before(() => {
      root = tempProject({
        // CRLF, emoji (two UTF-16 units) and an astral character inside a finding's line.
        'crlf-emoji.md': '# Hello 👋\r\n\r\n👋 You must attend the meeting. Attendance is mandatory! 🚀\r\nWe will win together, so that our customers thrive.\r\n',
        'plain.txt': 'Failure is not an option.\nYou must submit the form by Friday.\n\nWe dream big, and we will build the future together.\n',
        'bom.txt': '\ufeffEffective immediately, all staff must comply.\n',
        'clean.txt': 'Nothing to see here.\n',
        'empty.md': '',
        'notes.bin': Buffer.from([0x5a, 0x00, 0x6f]),
        'custom/.leadlint.json': TEST_CONFIG_JSON,
        'custom/memo.txt': 'Zorping is compulsory. We keep glimmering together.\r\nAnd zorping is compulsory!\n',
        'broken/.leadlint.json': '{ "rules": { "obligation-must": "loud" ',
        'broken/memo.md': 'You must go.\n',
        'fix/memo.md': '# Plan\r\n\r\n👋 You must attend. Attendance is mandatory.\r\n',
      });
    });
    after(() => cleanUp(root));

    const options = (quiet = false, fix = false): CliOptions => ({ patterns: [], format: 'json', fix, noConfig: false, quiet, help: false, version: false });

    /** What main.ts does, but every file analysed and kept before formatting, as before. */
    function lintAll(paths: string[], quiet = false, fix = false): WholeReport {
      const configs = new ConfigResolver({ kind: 'nearest' }, root);
      const inputs: NamedInput[] = paths.map((path) => ({ path, read: () => readTextFile(join(root, path)) }));
      const readErrors: RunError[] = [{ path: 'missing.md', message: 'file not found' }];
      const rules = collectRules(inputs, configs, root);
      // --fix writes to the path as given: absolute paths here (SARIF writes them as file URLs).
      const fixInputs = fix ? inputs.map((input) => ({ ...input, path: join(root, input.path) })) : inputs;
      const files = [...lintInputs(fixInputs, options(quiet, fix), configs, root, readErrors)];
      const configErrors = configs.problems.map((p) => ({ path: p.file, line: p.line, column: p.column, ruleId: p.ruleId, message: p.message }));
      return { files, errors: [...configErrors, ...readErrors], rules };
    }

    /** Files handed over one at a time, with an error only known after the last one, as in a run. */
    function streamedRun(report: WholeReport): RunReport {
      const errors: RunError[] = [];
      function* files(): Generator<FileReport> {
        yield* report.files;
        errors.push(...report.errors);
      }
      return { files: files(), errors: () => errors, rules: report.rules };
    }

    /** The same run with everything known up front, as the formatters were first written for. */
    function eagerRun(report: WholeReport): RunReport {
      return { files: report.files, errors: () => report.errors, rules: report.rules };
    }

    /**
     * Files handed over lazily, with errors known only after the last one, give exactly the
     * output of the same run known up front (the formatters as they were: one string, before
     * the output was streamed; compared byte for byte with that build when it changed); and
     * JSON and SARIF are exactly `JSON.stringify(value, null, 2)` of what they contain, and a newline.
     */
    function assertSameOutput(report: WholeReport) {
      const formats: ((run: RunReport) => Iterable<string>)[] = [
        formatJson,
        (run) => formatSarif(run, version, root),
        (run) => formatText(run, palette(false)),
        (run) => formatText(run, palette(true)),
        formatMarkdown,
      ];
      for (const format of formats) assert.equal(joined(format(streamedRun(report))), joined(format(eagerRun(report))));
      const json = joined(formatJson(streamedRun(report)));
      assert.equal(`${JSON.stringify(JSON.parse(json), null, 2)}\n`, json);
      const sarif = joined(formatSarif(streamedRun(report), version, root));
      assert.equal(`${JSON.stringify(JSON.parse(sarif), null, 2)}\n`, sarif);
      const parsed = JSON.parse(sarif);
      assert.equal(parsed.version, '2.1.0');
      assert.equal(parsed.runs[0].results.length, report.files.reduce((sum, file) => sum + file.findings.length, 0));
      if (report.errors.length) assert.ok(joined(formatJson(streamedRun(report))).includes(JSON.stringify(report.errors[0].message)), 'late errors are in the output');
    }

    it('several files: CRLF, emoji, a byte-order mark, no findings, an empty file, a skipped and a missing one', () => {
      const report = lintAll(['crlf-emoji.md', 'plain.txt', 'bom.txt', 'clean.txt', 'empty.md', 'notes.bin']);
      assert.ok(report.files[0].findings.length > 0 && report.files[3].findings.length === 0);
      assertSameOutput(report);
    });

    it('one file without findings; no file at all', () => {
      assertSameOutput(lintAll(['clean.txt']));
      assertSameOutput(lintAll([]));
    });

    it('config extra rules and config problems; --quiet', () => {
      const report = lintAll(['custom/memo.txt', 'broken/memo.md', 'plain.txt']);
      assert.ok(report.errors.some((e) => e.line !== undefined));
      assert.ok(report.rules.some((rule) => rule.id === 'test-zorp'));
      assertSameOutput(report);
      assertSameOutput(lintAll(['custom/memo.txt', 'crlf-emoji.md', 'plain.txt'], true));
    });

    it('--fix: the fixes listed before what is left', () => {
      const report = lintAll(['fix/memo.md'], false, true);
      assert.ok(report.files[0].fixes?.length);
      assertSameOutput(report);
    });
  });

  describe('writeOutput', () => {
    /** A writer that takes a while per chunk and holds at most one chunk before saying it is full. */
    function slowWriter(received: { chunks: string[]; length: number }) {
      return new Writable({
        highWaterMark: 1,
        decodeStrings: false,
        write(chunk: string, _encoding, done) {
          received.chunks.push(chunk);
          received.length += chunk.length;
          setTimeout(done, 1);
        },
      });
    }

    it('makes pieces only as fast as the writer drains them, and leaves it open', async () => {
      const received = { chunks: [] as string[], length: 0 };
      let made = 0;
      let mostAhead = 0;
      const piece = 'x'.repeat(16 * 1024);
      function* pieces() {
        for (let i = 0; i < 400; i++) {
          made++;
          mostAhead = Math.max(mostAhead, made * piece.length - received.length);
          yield piece;
        }
      }
      const out = slowWriter(received);
      await writeOutput(pieces(), out);
      assert.equal(received.chunks.join(''), piece.repeat(400));
      assert.ok(!out.writableEnded, 'stdout must stay open');
      // 400 pieces are 6.4 MB; what is made ahead of the writer stays within Node's own buffers.
      assert.ok(mostAhead < 2 * 1024 * 1024, `${mostAhead} bytes made ahead of the writer`);
    });

    it('stops making pieces when the writer fails', async () => {
      let made = 0;
      function* pieces() {
        for (let i = 0; i < 1000; i++) {
          made++;
          yield 'x'.repeat(64 * 1024);
        }
      }
      const failing = new Writable({ write: (_chunk, _encoding, done) => done(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' })) });
      await assert.rejects(writeOutput(pieces(), failing), /EPIPE/);
      assert.ok(made < 100, `${made} pieces made after the writer failed`);
    });
  });
});
