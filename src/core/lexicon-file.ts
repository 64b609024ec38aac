import type { Node } from 'jsonc-parser';
import { validateLexicon } from './generated/validators';
import { type FileProblem, describeSchemaError, locate, parseJson, pointerPath } from './json-problems';
import { checkPattern, patternGroups } from './pattern-check';
import { TEMPLATE_TRANSFORMS, parseTemplate } from './suggest';
import type { LexiconRule } from './types';

export interface LoadedRules {
  rules: LexiconRule[];
  problems: FileProblem[];
}

/**
 * Reads a lexicon file. A rule with a problem is left out and reported (file, line, rule id,
 * what to change); every other rule still loads.
 */
export function parseLexiconFile(source: string, file: string): LoadedRules {
  const parsed = parseJson(source, file);
  if (!parsed.tree) return { rules: [], problems: parsed.problems };
  if (!validateLexicon(parsed.value)) {
    const problems = (validateLexicon.errors ?? []).map((error) => {
      const path = pointerPath(error.instancePath);
      return {
        file,
        ...locate(parsed.tree!, source, path),
        ruleId: ruleIdAt(parsed.value, path, 1),
        message: describeSchemaError(error),
      };
    });
    const rulesValue = (parsed.value as { rules?: unknown }).rules;
    if (!Array.isArray(rulesValue)) return { rules: [], problems };
    const badIndexes = new Set(
      (validateLexicon.errors ?? []).map((e) => pointerPath(e.instancePath)[1]).filter((i) => typeof i === 'number'),
    );
    // Left in place as gaps, so every later rule keeps its index and its problems their line.
    const rules = rulesValue.map((rule, i) => (badIndexes.has(i) ? undefined : rule)) as (LexiconRule | undefined)[];
    const checked = checkRules(rules, parsed.tree, source, file, ['rules']);
    return { rules: checked.rules, problems: [...problems, ...checked.problems] };
  }
  return checkRules((parsed.value as { rules: LexiconRule[] }).rules, parsed.tree, source, file, ['rules']);
}

function ruleIdAt(value: unknown, path: (string | number)[], indexAt: number): string | undefined {
  const index = path[indexAt];
  if (typeof index !== 'number') return undefined;
  const rule = ((value as Record<string, unknown>)[path[indexAt - 1] as string] as unknown[])?.[index];
  return typeof (rule as LexiconRule | undefined)?.id === 'string' ? (rule as LexiconRule).id : undefined;
}

/**
 * What the schema cannot say: patterns compromise would misread, unknown groups, duplicate ids.
 * `undefined` entries are rules already rejected; they are skipped but keep the indexes right.
 */
export function checkRules(
  rules: readonly (LexiconRule | undefined)[],
  tree: Node,
  source: string,
  file: string,
  base: (string | number)[],
  knownIds = new Set<string>(),
): LoadedRules {
  const problems: FileProblem[] = [];
  const ok: LexiconRule[] = [];
  rules.forEach((rule, index) => {
    if (!rule) return;
    const at = (path: (string | number)[]) => locate(tree, source, [...base, index, ...path]);
    const report = (path: (string | number)[], message: string) => problems.push({ file, ...at(path), ruleId: rule.id, message });
    const before = problems.length;
    if (knownIds.has(rule.id)) report(['id'], `duplicate rule id "${rule.id}": rename one of them`);
    for (const key of ['patterns', 'exceptions'] as const) {
      (rule[key] ?? []).forEach((pattern, i) => {
        const wrong = checkPattern(pattern);
        if (wrong) report([key, i], `${key} ${i + 1} is not a valid compromise pattern: ${wrong}`);
      });
    }
    const groups = new Set(rule.patterns.flatMap(patternGroups));
    (rule.suggestions ?? []).forEach((template, i) => {
      try {
        for (const part of parseTemplate(template)) {
          if ('literal' in part) continue;
          if (!groups.has(part.group)) report(['suggestions', i], `suggestion ${i + 1} uses {${part.group}}, but no pattern defines [<${part.group}>…]`);
          if (part.transform && !TEMPLATE_TRANSFORMS.includes(part.transform))
            report(['suggestions', i], `suggestion ${i + 1}: unknown transform "${part.transform}" (use ${TEMPLATE_TRANSFORMS.join(', ')})`);
        }
      } catch (error) {
        report(['suggestions', i], `suggestion ${i + 1}: ${(error as Error).message}`);
      }
    });
    knownIds.add(rule.id);
    if (problems.length === before) ok.push(rule);
  });
  return { rules: ok, problems };
}
