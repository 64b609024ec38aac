import { readFileSync } from 'node:fs';
import { analyze } from '../core';

const file = process.argv[2];
const text = readFileSync(file, 'utf8');
const result = analyze(text, { languageId: file.endsWith('.md') ? 'markdown' : 'plaintext' });
for (const f of result.findings) console.log(f.offset, f.ruleId, JSON.stringify(f.text), f.suggestions);
console.log('score', result.score);
