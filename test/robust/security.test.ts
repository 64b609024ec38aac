import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyze, parseConfigFile } from '../../src/core';
import { parseLexiconFile } from '../../src/core/lexicon-file';
import { figure } from './figures';

const ROOT = resolve(__dirname, '../../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && !f.includes('generated'))
    .map((f) => join(dir, f));
}

/** A string literal, or a ternary choosing between two (the choice may depend on data; the value cannot). */
const CONSTANT = /^\s*(?:[^?`]*\?\s*)?('[^'\\]*(?:\\.[^'\\]*)*'|"[^"\\]*(?:\\.[^"\\]*)*")(?:\s*:\s*('[^'\\]*(?:\\.[^'\\]*)*'|"[^"\\]*(?:\\.[^"\\]*)*"))?\s*;?\s*$/;

/** Whether a RegExp constructor's first argument is built from constants only (literals, or consts holding literals). */
function constantArgument(argument: string, file: string): boolean {
  const arg = argument.trim();
  if (/^\/.*\/[a-z]*$/.test(arg) || CONSTANT.test(arg)) return true;
  if (arg.startsWith('`')) {
    const names = [...arg.matchAll(/\$\{([^}]*)\}/g)].map((m) => m[1].trim());
    return names.every((name) => {
      if (!/^[A-Za-z_$][\w$]*$/.test(name)) return false;
      const declaration = new RegExp(`const ${name}\\s*=\\s*([^\\n]*)`).exec(file);
      return declaration !== null && CONSTANT.test(declaration[1]);
    });
  }
  return false;
}

/** The first argument of each `RegExp(` call in a file, by line. */
function regExpCalls(file: string): { line: number; argument: string }[] {
  const calls: { line: number; argument: string }[] = [];
  const constructor = /\bRegExp\s*\(/g;
  for (let m = constructor.exec(file); m; m = constructor.exec(file)) {
    const lineStart = file.lastIndexOf('\n', m.index) + 1;
    const before = file.slice(lineStart, m.index).trim();
    if (before.startsWith('//') || before.startsWith('*')) continue; // a comment
    let depth = 0;
    let end = m.index + m[0].length;
    for (; end < file.length; end++) {
      const ch = file[end];
      if (ch === '(' || ch === '[' || ch === '{') depth++;
      else if (ch === ')' || ch === ']' || ch === '}') {
        if (depth === 0) break;
        depth--;
      } else if (ch === ',' && depth === 0) break;
    }
    calls.push({ line: file.slice(0, m.index).split('\n').length, argument: file.slice(m.index + m[0].length, end) });
  }
  return calls;
}

describe('robust: security', function () {
  describe('no user or workspace data is compiled into a RegExp', () => {
    it('every RegExp( in src/ is built from constants', () => {
      const offenders: string[] = [];
      let sites = 0;
      for (const path of sourceFiles(join(ROOT, 'src'))) {
        const file = readFileSync(path, 'utf8');
        for (const call of regExpCalls(file)) {
          sites++;
          if (!constantArgument(call.argument, file)) offenders.push(`${path.slice(ROOT.length + 1)}:${call.line}: RegExp(${call.argument.trim()})`);
        }
      }
      figure('RegExp( constructor calls in src/', `${sites}, all from constants`);
      assert.deepEqual(offenders, []);
    });

    it('the check above catches a RegExp built from data', () => {
      const file = 'const fence = "```";\nconst word = input.word;\nnew RegExp(`^${word}$`);\nnew RegExp(`^${fence}`);\nnew RegExp(name, "g");';
      assert.deepEqual(
        regExpCalls(file).map((c) => constantArgument(c.argument, file)),
        [false, true, false],
      );
    });

    it('a /regex/ term in a user pattern (compromise would compile it) is rejected, at any position', () => {
      for (const pattern of ['/(a+)+$/', 'you /(a|aa)+$/', '(must|/^(a+)+$/) go', '[<g>/a+/] b', '!/a+/']) {
        const rule = { id: 'evil', dimension: 'risk', polarity: 'control', patterns: [pattern], message: 'Evil pattern.', explanation: 'This rule tries to run a regular expression.', examples: { flag: ['x'], pass: ['y'] } };
        const { rules, problems } = parseLexiconFile(JSON.stringify({ rules: [rule] }), 'evil.json');
        figure(`pattern ${JSON.stringify(pattern)}`, problems.map((p) => p.message).join(' | '));
        assert.deepEqual(rules, []);
        assert.match(problems[0].message, /regular expression/);
      }
      // A slash inside a word is a word ("a/b test"), not a regex.
      const ok = { id: 'ab', dimension: 'risk', polarity: 'control', patterns: ['(a/b|and/or) test'], message: 'A slash word.', explanation: 'Slashes inside words are plain text.', examples: { flag: ['x'], pass: ['y'] } };
      assert.equal(parseLexiconFile(JSON.stringify({ rules: [ok] }), 'ok.json').problems.length, 0);
    });
  });

  describe('adversarial patterns are rejected or match in bounded time', () => {
    const rep = (s: string, n: number, join = ' ') => Array(n).fill(s).join(join);
    const PATTERNS: Record<string, string> = {
      'nested quantifiers (a+)+ b': '(a+)+ b',
      '((a+)+)+ b': '((a+)+)+ b',
      '(a*)* b': '(a*)* b',
      'overlapping alternation (a|a)+ b': '(a|a)+ b',
      '12 × a* then b': rep('a*', 12) + ' b',
      '23 × .* then b': rep('.*', 23) + ' b',
      '23 × .+ then b': rep('.+', 23) + ' b',
      '23 × .? then b': rep('.?', 23) + ' b',
      '23 × (a|.*)': rep('(a|.*)', 23),
      '140 alternatives': '(' + rep('a', 140, '|') + ') b',
      '40 nested groups': '('.repeat(40) + 'a' + ')'.repeat(40) + ' b',
      'a{1,1000} × 3 then b': rep('a{1,1000}', 3) + ' b',
      'fuzzy 40-letter word': '~' + 'a'.repeat(40) + '~',
      '10,000-term pattern': rep('a', 10_000),
      '30-term pattern (under the length limit)': rep('a', 30),
      'regex term /(a+)+$/': '/(a+)+$/',
    };
    // Near misses: long runs the patterns almost match. 'b' is present so no index skips the sentence.
    const TEXTS = [
      'b ' + rep('a', 998) + ' c',
      rep('a', 999) + ' b',
      'b ' + 'a'.repeat(1990),
      rep('you must', 220),
    ];
    const BOUND_MS = 30_000; // "finishes at all": catastrophic backtracking takes hours, not seconds

    for (const [name, pattern] of Object.entries(PATTERNS)) {
      it(name, () => {
        const rule = { id: 'adversarial', dimension: 'risk', polarity: 'control', patterns: [pattern], message: 'Adversarial pattern.', explanation: 'A pattern written to make the matcher slow.', examples: { flag: ['x'], pass: ['y'] } };
        const { config, problems } = parseConfigFile(JSON.stringify({ lexicon: [rule] }), '.leadlint.json');
        if (problems.length) {
          figure(name, `rejected: ${problems[0].message}`);
          assert.equal(config.lexicon.length, 0);
          return;
        }
        let worst = 0;
        for (const text of TEXTS) {
          const started = performance.now();
          analyze(text, { rules: config.lexicon });
          worst = Math.max(worst, performance.now() - started);
        }
        figure(name, `accepted; slowest of ${TEXTS.length} near-miss texts (2,000 chars each): ${worst.toFixed(0)} ms`);
        assert.ok(worst < BOUND_MS, `${worst} ms`);
      });
    }

    it('10,000 extra rules: parsed, compiled and matched; 10,000 broken ones reported without a freeze', () => {
      const rule = (i: number, message: string) => ({ id: `team-rule-${i}`, dimension: 'risk', polarity: 'control', patterns: [`zorp${i} must (go|stay)`], message, explanation: 'Zorping is bad for the team: say why instead.', examples: { flag: ['x'], pass: ['y'] } });
      let started = performance.now();
      const good = parseConfigFile(JSON.stringify({ lexicon: Array.from({ length: 10_000 }, (_, i) => rule(i, 'Do not zorp.')) }, null, 2), '.leadlint.json');
      const parsed = performance.now() - started;
      started = performance.now();
      const ids = analyze('zorp7777 must go now.', { rules: good.config.lexicon }).findings.map((f) => f.ruleId);
      const matched = performance.now() - started;
      started = performance.now();
      // "m" is too short a message: two schema problems per rule, 20,000 located problems.
      const bad = parseConfigFile(JSON.stringify({ lexicon: Array.from({ length: 10_000 }, (_, i) => rule(i, 'm')) }, null, 2), '.leadlint.json');
      const reported = performance.now() - started;
      figure('10,000 valid extra rules', `parse ${parsed.toFixed(0)} ms, compile + analyze ${matched.toFixed(0)} ms`);
      figure('10,000 invalid extra rules', `${bad.problems.length} problems located in ${reported.toFixed(0)} ms (was minutes: line lookup was linear per problem)`);
      assert.equal(good.config.lexicon.length, 10_000);
      assert.ok(ids.includes('team-rule-7777'));
      assert.equal(bad.problems.length, 10_000);
      assert.ok(reported < 60_000, `${reported} ms`);
    });
  });

  describe('no network access', () => {
    it('the stubs really catch a connection (checked in a child process)', () => {
      const preload = join(__dirname, 'no-network.js');
      const attempts = [
        "fetch('http://127.0.0.1:9/')",
        "require('node:http').get('http://127.0.0.1:9/')",
        "require('node:https').request('https://127.0.0.1:9/')",
        "require('node:net').connect(9, '127.0.0.1')",
        "new (require('node:net').Socket)().connect(9, '127.0.0.1')",
        "require('node:dns').lookup('example.com', () => {})",
      ];
      const script = attempts.map((a) => `try { ${a} } catch {}`).join('\n');
      const run = spawnSync(process.execPath, ['--require', preload, '-e', script], { encoding: 'utf8', timeout: 30_000 });
      const caught = run.stderr.split('\n').filter((l) => l.startsWith('LEADLINT-NETWORK-ATTEMPT'));
      figure('network attempts caught by the stubs', caught.map((l) => l.split(' ')[1]).join(', '));
      assert.equal(caught.length, attempts.length, run.stderr);
      assert.match(run.stderr, /LEADLINT-NETWORK-ATTEMPT fetch/);
      assert.match(run.stderr, /LEADLINT-NETWORK-ATTEMPT http\.get/);
    });
  });
});
