import type { Node } from 'jsonc-parser';
import { BUILTIN_RULES } from './builtin-lexicon';
import { directiveWithoutReason } from './checks/directive-without-reason';
import { validateConfig } from './generated/validators';
import type { SchemaError } from './generated/validators';
import { type FileProblem, describeSchemaError, locate, parseJson, pointerPath } from './json-problems';
import { checkRules } from './lexicon-file';
import { type AnalyzeOptions, DIMENSIONS, type Dimension, type LexiconRule, SEVERITIES, type Severity } from './types';

/** `.leadlint.json`, resolved: only the settings that passed validation. */
export interface ProjectConfig {
  ruleSeverity: Record<string, Severity | 'off'>;
  dimensionSeverity: Partial<Record<Dimension, Severity | 'off'>>;
  ignoredPhrases: string[];
  /** Extra lexicon rules from the `lexicon` array, each one checked like a built-in rule. */
  lexicon: LexiconRule[];
}

export interface LoadedConfig {
  config: ProjectConfig;
  /** Everything wrong with the file, each with its line; the settings above skip those parts. */
  problems: FileProblem[];
}

export { CONFIG_FILE_NAME } from './config-file-name';

/** Rules that are code rather than lexicon data: their ids are taken too. */
export const CODED_RULES: readonly LexiconRule[] = [directiveWithoutReason];

const BUILTIN_IDS = new Set([...BUILTIN_RULES, ...CODED_RULES].map((rule) => rule.id));

export function emptyConfig(): ProjectConfig {
  return { ruleSeverity: {}, dimensionSeverity: {}, ignoredPhrases: [], lexicon: [] };
}

/**
 * Reads a project config. Nothing in it is all-or-nothing: a bad extra rule is left out and
 * reported, and every other setting still applies, so the editor keeps working while the
 * user fixes the file.
 */
export function parseConfigFile(source: string, file: string): LoadedConfig {
  const parsed = parseJson(source, file);
  if (!parsed.tree) return { config: emptyConfig(), problems: parsed.problems };
  const value = parsed.value;
  if (!isObject(value)) {
    return { config: emptyConfig(), problems: [{ file, line: 1, column: 1, message: 'the file must hold one JSON object, like {"rules": {}}' }] };
  }
  const at: Locator = { tree: parsed.tree, source, file };
  const { problems, badRules } = schemaProblems(value, at);
  const rawLexicon = Array.isArray(value.lexicon) ? value.lexicon : [];
  const config: ProjectConfig = {
    lexicon: extraRules(rawLexicon, badRules, at, problems),
    ruleSeverity: ruleSeverities(value.rules, new Set([...BUILTIN_IDS, ...rawLexicon.map(idOf)]), at, problems),
    dimensionSeverity: {},
    ignoredPhrases: Array.isArray(value.ignoredPhrases)
      ? value.ignoredPhrases.filter((phrase): phrase is string => typeof phrase === 'string' && phrase.trim() !== '')
      : [],
  };
  for (const [dimension, level] of Object.entries(isObject(value.dimensions) ? value.dimensions : {})) {
    if (isLevel(level) && (DIMENSIONS as readonly string[]).includes(dimension)) config.dimensionSeverity[dimension as Dimension] = level;
  }
  problems.sort((a, b) => a.line - b.line || a.column - b.column);
  return { config, problems };
}

/** What a problem needs to say where it is. */
interface Locator {
  tree: Node;
  source: string;
  file: string;
}

function problemAt(at: Locator, path: (string | number)[], message: string, ruleId?: string): FileProblem {
  return { file: at.file, ...locate(at.tree, at.source, path), ...(ruleId === undefined ? {} : { ruleId }), message };
}

/** Schema errors, each prefixed with its section; `badRules` are lexicon entries that failed. */
function schemaProblems(value: Record<string, unknown>, at: Locator): { problems: FileProblem[]; badRules: Set<number> } {
  const problems: FileProblem[] = [];
  const badRules = new Set<number>();
  if (validateConfig(value)) return { problems, badRules };
  for (const error of mergeMissing(validateConfig.errors ?? [])) {
    const path = pointerPath(error.instancePath);
    // additionalProperties points at the object; the offending key is the better place.
    const where = error.keyword === 'additionalProperties' ? [...path, String(error.params.additionalProperty)] : path;
    const inLexicon = path[0] === 'lexicon' && typeof path[1] === 'number';
    if (inLexicon) badRules.add(path[1] as number);
    const section = typeof path[0] === 'string' ? `${path[0]}: ` : '';
    const description = error.keyword === MISSING_SEVERAL ? error.message : describeSchemaError(error);
    problems.push(problemAt(at, where, section + description, inLexicon ? idOf((value.lexicon as unknown[])[path[1] as number]) : undefined));
  }
  return { problems, badRules };
}

/** The `lexicon` entries that pass the schema and every check a built-in rule passes. */
function extraRules(raw: readonly unknown[], badRules: ReadonlySet<number>, at: Locator, problems: FileProblem[]): LexiconRule[] {
  const candidates = raw.map((rule, index) => {
    if (badRules.has(index)) return undefined;
    const id = (rule as LexiconRule).id;
    if (!BUILTIN_IDS.has(id)) return rule as LexiconRule;
    problems.push(problemAt(at, ['lexicon', index, 'id'], `lexicon: "${id}" is already a built-in rule: give this rule another id`, id));
    return undefined;
  });
  const checked = checkRules(candidates, at.tree, at.source, at.file, ['lexicon']);
  problems.push(...checked.problems.map((p) => ({ ...p, message: `lexicon: ${p.message}` })));
  return checked.rules;
}

function ruleSeverities(raw: unknown, knownIds: ReadonlySet<string | undefined>, at: Locator, problems: FileProblem[]): Record<string, Severity | 'off'> {
  const severities: Record<string, Severity | 'off'> = {};
  for (const [id, level] of Object.entries(isObject(raw) ? raw : {})) {
    if (!isLevel(level)) continue; // already reported by the schema
    if (knownIds.has(id)) severities[id] = level;
    else problems.push(problemAt(at, ['rules', id], 'rules: no rule has this id: check its spelling (docs/rules.md lists every rule id)', id));
  }
  return severities;
}

/** The settings `analyze` takes, from a resolved config (the language is the caller's to add). */
export function configOptions(config: ProjectConfig): AnalyzeOptions {
  return {
    rules: rulesWithExtras(config.lexicon),
    ruleSeverity: config.ruleSeverity,
    dimensionSeverity: config.dimensionSeverity,
    ignoredPhrases: config.ignoredPhrases,
  };
}

const MAX_CACHED_RULE_SETS = 16;
const ruleSets = new Map<string, readonly LexiconRule[]>();

/**
 * The built-in lexicon plus a config's extra rules, as one array. The same extra rules always
 * give the same array, even when the config was re-read, so `analyze` keeps reusing its
 * compiled match-net instead of rebuilding it for every file or every keystroke.
 */
export function rulesWithExtras(extra: readonly LexiconRule[]): readonly LexiconRule[] {
  if (!extra.length) return BUILTIN_RULES;
  const key = JSON.stringify(extra);
  let rules = ruleSets.get(key);
  if (!rules) {
    rules = Object.freeze([...BUILTIN_RULES, ...extra]);
    if (ruleSets.size >= MAX_CACHED_RULE_SETS) ruleSets.delete(ruleSets.keys().next().value!);
    ruleSets.set(key, rules);
  }
  return rules;
}

const MISSING_SEVERAL = 'missing-several';

/** One "missing a, b and c: add them" per object instead of one line per missing field. */
function mergeMissing(errors: readonly SchemaError[]): SchemaError[] {
  const merged: SchemaError[] = [];
  const missingAt = new Map<string, string[]>();
  for (const error of errors) {
    if (error.keyword !== 'required') {
      merged.push(error);
      continue;
    }
    const names = missingAt.get(error.instancePath);
    if (names) names.push(String(error.params.missingProperty));
    else {
      const first = [String(error.params.missingProperty)];
      missingAt.set(error.instancePath, first);
      merged.push({ ...error, params: { ...error.params, missingProperties: first } });
    }
  }
  return merged.map((error) => {
    const names = error.params.missingProperties as string[] | undefined;
    if (!names || names.length < 2) return error;
    return { ...error, keyword: MISSING_SEVERAL, message: `missing ${names.map((n) => `"${n}"`).join(', ')}: add them` };
  });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isLevel(value: unknown): value is Severity | 'off' {
  return value === 'off' || (SEVERITIES as readonly unknown[]).includes(value);
}

function idOf(rule: unknown): string | undefined {
  return isObject(rule) && typeof rule.id === 'string' ? rule.id : undefined;
}
