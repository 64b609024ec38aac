import * as assert from 'node:assert/strict';
import { BUILTIN_RULES, type LexiconRule, analyze, configOptions, parseConfigFile, rulesWithExtras } from '../../src/core';

const FILE = 'proj/.leadlint.json';

function rule(id: string, overrides: Partial<LexiconRule> = {}): LexiconRule {
  return {
    id,
    dimension: 'commitment',
    polarity: 'control',
    patterns: [`${id.replace(/-/g, ' ')} is compulsory`],
    message: `Test rule ${id}.`,
    explanation: 'A rule made up for the config-file tests.',
    examples: { flag: [], pass: [] },
    ...overrides,
  };
}

/** Problems as compact strings: `line:column rule: message`. */
function problemsOf(source: string): string[] {
  return parseConfigFile(source, FILE).problems.map((p) => `${p.line}:${p.column}${p.ruleId ? ` ${p.ruleId}` : ''}: ${p.message}`);
}

describe('parseConfigFile', () => {
  it('resolves every setting of a valid file, with no problems', () => {
    const source = JSON.stringify({
      rules: { mandatory: 'off', 'fizz-buzz': 'error' },
      dimensions: { people: 'hint', risk: 'off' },
      ignoredPhrases: ['you must', ' '],
      lexicon: [rule('fizz-buzz')],
    });
    const { config, problems } = parseConfigFile(source, FILE);
    assert.deepEqual(problems, []);
    assert.deepEqual(config.ruleSeverity, { mandatory: 'off', 'fizz-buzz': 'error' });
    assert.deepEqual(config.dimensionSeverity, { people: 'hint', risk: 'off' });
    assert.deepEqual(config.ignoredPhrases, ['you must'], 'blank phrases would ignore nothing useful');
    assert.deepEqual(
      config.lexicon.map((r) => r.id),
      ['fizz-buzz'],
    );
  });

  it('reports a JSON syntax error at its line and column, and resolves to nothing', () => {
    const { config, problems } = parseConfigFile('{\n  "rules": {\n    "mandatory": "off",\n  }\n}', FILE);
    assert.deepEqual(
      problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message}`),
      [`${FILE}:4:3: invalid JSON: a trailing comma: remove it`],
    );
    assert.deepEqual(config.ruleSeverity, {});
  });

  it('reports a file that is not an object', () => {
    assert.deepEqual(problemsOf('[]'), ['1:1: the file must hold one JSON object, like {"rules": {}}']);
  });

  it('drops a bad extra rule, names it and its line, and keeps the others', () => {
    const source = [
      '{',
      '  "lexicon": [',
      `    ${JSON.stringify({ ...rule('bad-schema'), dimension: 'vibes' })},`,
      `    ${JSON.stringify(rule('good-one'))},`,
      `    ${JSON.stringify({ ...rule('bad-pattern'), patterns: ['(unclosed'] })}`,
      '  ]',
      '}',
    ].join('\n');
    const { config, problems } = parseConfigFile(source, FILE);
    assert.deepEqual(
      config.lexicon.map((r) => r.id),
      ['good-one'],
    );
    assert.deepEqual(
      problems.map((p) => [p.line, p.ruleId]),
      [
        [3, 'bad-schema'],
        [5, 'bad-pattern'],
      ],
      'a rejected rule before it must not shift the line of a later problem',
    );
    assert.match(problems[0].message, /^lexicon: "dimension" must be one of: vision, /);
    assert.match(problems[1].message, /^lexicon: patterns 1 is not a valid compromise pattern/);
  });

  it('lists every missing field of a rule in one problem', () => {
    assert.deepEqual(problemsOf('{"lexicon": [{"id": "half-done", "message": "abc"}]}'), [
      '1:14 half-done: lexicon: missing "dimension", "polarity", "patterns", "explanation", "examples": add them',
    ]);
  });

  it('refuses an extra rule whose id is a built-in one, or repeats another', () => {
    const builtin = BUILTIN_RULES[0].id;
    const source = JSON.stringify({ lexicon: [rule(builtin), rule('twice'), rule('twice')] }, null, 2);
    const { config, problems } = parseConfigFile(source, FILE);
    assert.deepEqual(
      config.lexicon.map((r) => r.id),
      ['twice'],
    );
    assert.deepEqual(
      problems.map((p) => `${p.ruleId}: ${p.message}`),
      [`${builtin}: lexicon: "${builtin}" is already a built-in rule: give this rule another id`, 'twice: lexicon: duplicate rule id "twice": rename one of them'],
    );
  });

  it('fires an extra rule whose pattern is exactly a built-in one, alongside the built-in rule', () => {
    const builtin = BUILTIN_RULES.find((r) => r.id === 'mandatory') ?? BUILTIN_RULES[0];
    const sentence = builtin.examples.flag[0];
    const source = JSON.stringify({ lexicon: [rule('copy-cat', { patterns: [...builtin.patterns] })] }, null, 2);
    const { config, problems } = parseConfigFile(source, FILE);
    assert.deepEqual(problems, []);
    const ids = analyze(sentence, configOptions(config)).findings.map((f) => f.ruleId);
    assert.ok(ids.includes(builtin.id) && ids.includes('copy-cat'), `both fire on "${sentence}": [${ids.join(', ')}]`);
  });

  it('reports unknown rule ids and bad severities where they are, and applies the rest', () => {
    const source = '{\n  "rules": {\n    "no-such-rule": "off",\n    "directive-without-reason": "loud",\n    "mandatory": "info"\n  },\n  "dimensions": { "vibes": "off" }\n}';
    const { config } = parseConfigFile(source, FILE);
    assert.deepEqual(problemsOf(source), [
      '3:5 no-such-rule: rules: no rule has this id: check its spelling (docs/rules.md lists every rule id)',
      '4:5: rules: "directive-without-reason" must be one of: error, warning, info, hint, off',
      '7:19: dimensions: unknown field "vibes": remove it or check its spelling',
    ]);
    assert.deepEqual(config.ruleSeverity, { mandatory: 'info' });
  });
});

describe('configOptions and rulesWithExtras', () => {
  it('adds extra rules after the built-in ones, and they fire', () => {
    const { config } = parseConfigFile(JSON.stringify({ lexicon: [rule('quux-quux')] }), FILE);
    const options = configOptions(config);
    assert.equal(options.rules!.length, BUILTIN_RULES.length + 1);
    assert.deepEqual(options.rules!.slice(0, BUILTIN_RULES.length), [...BUILTIN_RULES]);
    const ids = analyze('Quux quux is compulsory.', options).findings.map((f) => f.ruleId);
    assert.ok(ids.includes('quux-quux'), ids.join(', '));
  });

  it('returns the same array for the same extra rules, so the compiled net is reused', () => {
    const read = () => parseConfigFile(JSON.stringify({ lexicon: [rule('same-rule')] }), FILE).config.lexicon;
    assert.equal(rulesWithExtras(read()), rulesWithExtras(read()));
    assert.notEqual(rulesWithExtras(read()), rulesWithExtras([rule('other-rule')]));
    assert.equal(rulesWithExtras([]), BUILTIN_RULES);
  });

  it('turns rules and dimensions off, a rule setting winning over its dimension', () => {
    const text = 'Quux quux is compulsory. Zap zap is compulsory.';
    const source = JSON.stringify({ dimensions: { commitment: 'off' }, rules: { 'zap-zap': 'error' }, lexicon: [rule('quux-quux'), rule('zap-zap')] });
    const options = configOptions(parseConfigFile(source, FILE).config);
    const custom = analyze(text, options).findings.filter((f) => f.ruleId === 'quux-quux' || f.ruleId === 'zap-zap');
    assert.deepEqual(
      custom.map((f) => `${f.ruleId} ${f.severity}`),
      ['zap-zap error'],
    );
  });
});
