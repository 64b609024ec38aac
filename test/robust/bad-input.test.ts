import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { type FileProblem, type LexiconRule, analyze, configOptions, parseConfigFile, rulesWithExtras } from '../../src/core';
import { parseLexiconFile } from '../../src/core/lexicon-file';
import { type Tally, checkProperty, count, figure } from './figures';
import { BAD_RULE, GOOD_RULE } from './fixture-rules';

const GOOD_TEXT = 'We count on weekend heroics again. You must book a desk by Friday.';

/** Each malformed rule, written on one line so its line is known, and what the message must tell the user. */
const BAD_RULES: { name: string; rule: Record<string, unknown>; says: RegExp }[] = [
  { name: 'wrong type', rule: { ...BAD_RULE, patterns: 'urgent push' }, says: /"patterns" must be an array/ },
  { name: 'unknown dimension', rule: { ...BAD_RULE, dimension: 'morale' }, says: /must be one of: vision, challenge/ },
  { name: 'pattern that does not parse', rule: { ...BAD_RULE, patterns: ['(urgent push'] }, says: /not a valid compromise pattern.*missing/ },
  { name: 'rule with no message', rule: Object.fromEntries(Object.entries(BAD_RULE).filter(([k]) => k !== 'message')), says: /missing "message": add it/ },
];

/** A file with the good rule first, then the bad rule on a line of its own. */
function lexiconSource(badRule: Record<string, unknown>, key: 'rules' | 'lexicon'): { source: string; badLine: number } {
  const good = JSON.stringify(GOOD_RULE, null, 2).replace(/\n/g, '\n    ');
  const source = `{\n  "${key}": [\n    ${good},\n    ${JSON.stringify(badRule)}\n  ]\n}\n`;
  return { source, badLine: source.split('\n').findIndex((line) => line.includes('"bad-rule"')) + 1 };
}

function shown(p: FileProblem): string {
  return `${p.file}:${p.line}:${p.column}${p.ruleId ? ` ${p.ruleId}` : ''}: ${p.message}`;
}

function ruleIdsFound(text: string, rules: readonly LexiconRule[]): string[] {
  return analyze(text, { rules }).findings.map((f) => f.ruleId);
}

describe('robust: bad lexicon and config input (core)', function () {
  for (const { name, rule, says } of BAD_RULES) {
    it(`custom lexicon, ${name}: one located message; the good rule and the built-ins still work`, () => {
      const { source, badLine } = lexiconSource(rule, 'rules');
      const { rules, problems } = parseLexiconFile(source, 'team.lexicon.json');
      figure(`lexicon ${name}`, problems.map(shown).join(' | '));
      assert.equal(problems.length, 1, problems.map(shown).join('\n'));
      assert.deepEqual([problems[0].file, problems[0].line, problems[0].ruleId], ['team.lexicon.json', badLine, 'bad-rule']);
      assert.match(problems[0].message, says);
      assert.deepEqual(rules.map((r) => r.id), ['weekend-heroics']);
      const found = ruleIdsFound(GOOD_TEXT, rulesWithExtras(rules));
      assert.ok(found.includes('weekend-heroics') && found.includes('obligation-must'), found.join(', '));
    });

    it(`.leadlint.json, ${name} in "lexicon": one located message; other settings still apply`, () => {
      const { source, badLine } = lexiconSource(rule, 'lexicon');
      const withSettings = source.replace('{\n', '{\n  "rules": { "directive-without-reason": "off" },\n');
      const { config, problems } = parseConfigFile(withSettings, '.leadlint.json');
      figure(`config ${name}`, problems.map(shown).join(' | '));
      assert.equal(problems.length, 1, problems.map(shown).join('\n'));
      assert.deepEqual([problems[0].file, problems[0].line, problems[0].ruleId], ['.leadlint.json', badLine + 1, 'bad-rule']);
      assert.match(problems[0].message, says);
      const found = analyze(GOOD_TEXT, configOptions(config)).findings.map((f) => f.ruleId);
      assert.ok(found.includes('weekend-heroics') && found.includes('obligation-must'), found.join(', '));
      assert.ok(!found.includes('directive-without-reason'), 'the "rules" setting was lost');
    });
  }

  it('bad JSON: one message with its line; the built-in lexicon keeps working', () => {
    const { source } = lexiconSource(BAD_RULE, 'rules');
    const broken = source.replace('"urgent push"]', '"urgent push"],,');
    const line = broken.split('\n').findIndex((l) => l.includes(',,')) + 1;
    for (const [problems, file] of [
      [parseLexiconFile(broken, 'team.lexicon.json').problems, 'team.lexicon.json'],
      [parseConfigFile(broken.replace('"rules"', '"lexicon"'), '.leadlint.json').problems, '.leadlint.json'],
    ] as const) {
      figure(`bad JSON in ${file}`, problems.map(shown).join(' | '));
      assert.equal(problems.length, 1, problems.map(shown).join('\n'));
      assert.equal(problems[0].file, file);
      assert.equal(problems[0].line, line);
      assert.match(problems[0].message, /invalid JSON/);
    }
    assert.ok(ruleIdsFound(GOOD_TEXT, rulesWithExtras([])).includes('obligation-must'));
  });

  it('.leadlint.json settings of the wrong shape: each located, the valid ones still apply', () => {
    const source = [
      '{',
      '  "rules": { "obligation-must": "loud", "directive-without-reason": "off" },',
      '  "dimensions": { "morale": "off" },',
      '  "ignoredPhrases": ["weekend heroics", 7]',
      '}',
    ].join('\n');
    const { config, problems } = parseConfigFile(source, '.leadlint.json');
    figure('config settings of the wrong shape', problems.map(shown).join(' | '));
    assert.deepEqual(problems.map((p) => p.line), [2, 3, 4]);
    assert.match(problems[0].message, /must be one of: error, warning, info, hint, off/);
    assert.match(problems[1].message, /morale/);
    // An array element is named by its place, not by its index ("1" read like a value).
    assert.match(problems[2].message, /item 2 of "ignoredPhrases" must be a string/);
    assert.equal(config.ruleSeverity['directive-without-reason'], 'off');
    assert.deepEqual(config.ignoredPhrases, ['weekend heroics']);
  });
});

/** A valid file and one random edit of it: a character deleted, inserted or replaced. */
function mutated(source: string) {
  return fc
    .tuple(fc.nat(source.length - 1), fc.constantFrom('delete', 'insert', 'replace'), fc.constantFrom('{', '}', '[', ']', '"', ',', ':', '(', ')', '\\', 'x', '0', ' ', '\n', '#', '<', '|', '\ud800'))
    .map(([at, op, ch]) => source.slice(0, at) + (op === 'delete' ? '' : ch) + source.slice(op === 'insert' ? at : at + 1));
}

function assertProblemsLocated(problems: readonly FileProblem[], source: string, file: string): void {
  const lines = source.split('\n').length;
  for (const p of problems) {
    assert.equal(p.file, file);
    assert.ok(p.line >= 1 && p.line <= lines && p.column >= 1, `problem at ${p.line}:${p.column} outside the file`);
    assert.ok(p.message.trim().length > 0);
  }
}

describe('robust: bad lexicon and config input (generated)', function () {
  const lexicon = lexiconSource(BAD_RULE, 'rules').source;
  const config = lexiconSource(BAD_RULE, 'lexicon').source.replace('{\n', '{\n  "rules": { "obligation-must": "info" },\n  "ignoredPhrases": ["x"],\n');

  it('any one-character corruption of a lexicon: no throw, every problem located, the loaded rules analyse', () => {
    const tally: Tally = {};
    checkProperty(
      'corrupted lexicon file',
      fc.property(mutated(lexicon), (source) => {
        const { rules, problems } = parseLexiconFile(source, 'team.lexicon.json');
        assertProblemsLocated(problems, source, 'team.lexicon.json');
        // Only the loaded rules: compiling the whole lexicon again per case would dominate the run.
        analyze(GOOD_TEXT, { rules });
        count(tally, 'problems reported', problems.length);
        count(tally, 'rules still loaded', rules.length);
      }),
      1000,
      tally,
    );
  });

  it('any one-character corruption of .leadlint.json: no throw, every problem located, the settings analyse', () => {
    const tally: Tally = {};
    checkProperty(
      'corrupted .leadlint.json',
      fc.property(mutated(config), (source) => {
        const loaded = parseConfigFile(source, '.leadlint.json');
        assertProblemsLocated(loaded.problems, source, '.leadlint.json');
        analyze(GOOD_TEXT, { ...configOptions(loaded.config), rules: loaded.config.lexicon });
        count(tally, 'problems reported', loaded.problems.length);
      }),
      1000,
      tally,
    );
  });
});
