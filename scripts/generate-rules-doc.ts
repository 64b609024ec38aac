// Writes docs/rules.md from the lexicon: one section (and anchor) per rule id, so every
// diagnostic's link lands on its rule and the page cannot drift from the rules that ship.
// Run by esbuild.js on every build; CI can fail on `git diff --exit-code docs/rules.md`.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { BUILTIN_LEXICON_FILES, CODED_RULES, DIMENSIONS, type LexiconRule } from '../src/core';

const OUT = 'docs/rules.md';

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function section(rule: LexiconRule, source: string): string {
  const lines = [
    `<a id="${rule.id}"></a>`,
    '',
    `### ${rule.id}`,
    '',
    `*${rule.dimension} · ${rule.polarity === 'control' ? 'controls' : 'inspires'} · default severity ${rule.severity ?? (rule.polarity === 'control' ? 'warning' : 'hint')} · ${source}*`,
    '',
    `**${rule.message}**`,
    '',
    rule.explanation,
  ];
  if (rule.suggestions?.length) lines.push('', `Suggestions: ${rule.suggestions.map((s) => (s ? `\`${s}\`` : '(remove the phrase)')).join(', ')}`);
  if (rule.examples.flag.length) lines.push('', 'Flagged:', '', ...rule.examples.flag.map((s) => `- ${s}`));
  if (rule.examples.pass.length) lines.push('', 'Not flagged:', '', ...rule.examples.pass.map((s) => `- ${s}`));
  return lines.join('\n');
}

const all: { rule: LexiconRule; source: string }[] = [
  ...Object.entries(BUILTIN_LEXICON_FILES).flatMap(([file, lexicon]) => lexicon.rules.map((rule) => ({ rule, source: `\`${file}\`` }))),
  ...CODED_RULES.map((rule) => ({ rule, source: 'coded check in `src/core/checks/`' })),
];

const parts = [
  '# leadlint rules',
  '',
  '<!-- Generated from lexicon/*.json by scripts/generate-rules-doc.ts (run by `npm run build`). Do not edit. -->',
  '',
  'Each rule finds a phrase where a draft **controls** or **inspires** on one of the seven dimensions',
  '(see the README). Turn a rule off or change its severity with `rules` in `.leadlint.json` or the',
  '`leadlint.rules` setting, or silence it in place with `<!-- leadlint-disable rule-id -->`.',
  '',
  '| Rule | Dimension | Pole | Message |',
  '|---|---|---|---|',
  ...all.map(({ rule }) => `| [${rule.id}](#${rule.id}) | ${rule.dimension} | ${rule.polarity} | ${cell(rule.message)} |`),
];
for (const dimension of DIMENSIONS) {
  const rules = all.filter(({ rule }) => rule.dimension === dimension);
  if (!rules.length) continue;
  parts.push('', `## ${dimension}`, '', rules.map(({ rule, source }) => section(rule, source)).join('\n\n'));
}
const text = `${parts.join('\n')}\n`;

mkdirSync('docs', { recursive: true });
if (!existsSync(OUT) || readFileSync(OUT, 'utf8') !== text) writeFileSync(OUT, text);
