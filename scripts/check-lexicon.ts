// Fails the build when a lexicon file breaks its schema or has a pattern compromise would misread.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseLexiconFile } from '../src/core/lexicon-file';
import { BUILTIN_LEXICON_FILES } from '../src/core/builtin-lexicon';

const dir = 'lexicon';
const files = readdirSync(dir).filter((name) => name.endsWith('.json') && !name.endsWith('.schema.json'));
const missing = files.filter((name) => !(`${dir}/${name}` in BUILTIN_LEXICON_FILES));
const knownIds = new Set<string>();
let failed = false;
for (const name of missing) {
  console.error(`lexicon/${name}: not listed in src/core/builtin-lexicon.ts: import it there, or it will never ship`);
  failed = true;
}
for (const name of files) {
  const file = join(dir, name);
  const { rules, problems } = parseLexiconFile(readFileSync(file, 'utf8'), file);
  for (const rule of rules) {
    if (knownIds.has(rule.id)) problems.push({ file, line: 1, column: 1, ruleId: rule.id, message: `duplicate rule id "${rule.id}" across lexicon files: rename one` });
    knownIds.add(rule.id);
  }
  for (const p of problems) console.error(`${p.file}:${p.line}:${p.column}: ${p.ruleId ? `rule "${p.ruleId}": ` : ''}${p.message}`);
  if (problems.length) failed = true;
}
if (failed) {
  console.error('The lexicon is invalid: fix the entries above (schema: lexicon/lexicon.schema.json).');
  process.exit(1);
}
