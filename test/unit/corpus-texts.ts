import * as fs from 'node:fs';
import * as path from 'node:path';
import { BUILTIN_RULES } from '../../src/core';

// The dev corpus next to the repository, as `npm run eval` finds it (tests run from the repo root).
const CORPUS = path.resolve('..', 'shared', 'corpus', 'dev');

/**
 * Texts to compare the fast paths on: the dev corpus when it is there, and always the repo's own
 * sample and every lexicon example, so the comparison never silently runs on nothing.
 */
export function corpusTexts(): { name: string; text: string; languageId: string }[] {
  const out: { name: string; text: string; languageId: string }[] = [];
  out.push({ name: 'samples/return-to-office.md', text: fs.readFileSync(path.join('samples', 'return-to-office.md'), 'utf8'), languageId: 'markdown' });
  const examples = BUILTIN_RULES.flatMap((rule) => [...rule.examples.flag, ...rule.examples.pass]);
  examples.forEach((text, i) => out.push({ name: `lexicon example ${i + 1}`, text, languageId: 'plaintext' }));
  out.push({ name: 'all lexicon examples', text: examples.join('\n\n'), languageId: 'markdown' });
  if (!fs.existsSync(CORPUS)) return out;
  const sentences = path.join(CORPUS, 'sentences.jsonl');
  if (fs.existsSync(sentences)) {
    const lines = fs.readFileSync(sentences, 'utf8').split('\n').filter(Boolean);
    const texts = lines.map((line) => (JSON.parse(line) as { text: string }).text);
    texts.forEach((text, i) => out.push({ name: `sentence ${i + 1}`, text, languageId: 'plaintext' }));
    // All sentences as one document too, so sentences pair up across blocks.
    out.push({ name: 'all sentences', text: texts.join('\n\n'), languageId: 'markdown' });
  }
  for (const dir of ['pairs', 'neutral']) {
    const folder = path.join(CORPUS, dir);
    if (!fs.existsSync(folder)) continue;
    for (const file of fs.readdirSync(folder).filter((f) => f.endsWith('.md')).sort()) {
      out.push({ name: `${dir}/${file}`, text: fs.readFileSync(path.join(folder, file), 'utf8'), languageId: 'markdown' });
    }
  }
  return out;
}
