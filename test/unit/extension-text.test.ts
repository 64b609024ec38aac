import * as assert from 'node:assert/strict';
import type { Finding } from '../../src/core';
import { asItWouldRead, sentenceAround } from '../../src/extension/sentence';
import { frontMatterEnd, withPhrase } from '../../src/extension/text-edits';

/** The text edits behind the extension's code actions and hover (the parts that need no editor). */
describe('extension text edits', () => {
  describe('frontMatterEnd', () => {
    it('is 0 without front matter', () => assert.equal(frontMatterEnd('# Title\n---\n'), 0));
    const at = (text: string) => assert.equal(frontMatterEnd(text), text.indexOf('Text'));
    it('skips YAML front matter', () => at('---\ntitle: x\n---\nText'));
    it('skips front matter closed by ...', () => at('---\na: 1\n...\nText'));
    it('skips TOML front matter', () => at('+++\na = 1\n+++\nText'));
    it('keeps CRLF line endings whole', () => at('---\r\na: 1\r\n---\r\nText'));
    it('is 0 when the front matter never closes', () => assert.equal(frontMatterEnd('---\na: 1\nText'), 0));
  });

  describe('withPhrase', () => {
    it('adds ignoredPhrases, keeping the indent', () => {
      assert.equal(withPhrase('{\n    "rules": {}\n}\n', 'must'), '{\n    "rules": {},\n    "ignoredPhrases": [\n        "must"\n    ]\n}\n');
    });
    it('appends to an existing list', () => {
      assert.deepEqual(JSON.parse(withPhrase('{"ignoredPhrases": ["a"]}', 'b')!), { ignoredPhrases: ['a', 'b'] });
    });
    it('leaves the file alone when the phrase is already there, in any case', () => {
      const source = '{ "ignoredPhrases": ["Must"] }';
      assert.equal(withPhrase(source, 'must'), source);
    });
    it('refuses broken JSON rather than guess', () => assert.equal(withPhrase('{ "rules": ', 'x'), undefined));
    it('refuses a file that is not an object', () => assert.equal(withPhrase('[]', 'x'), undefined));
  });

  describe('sentences in the hover', () => {
    const text = 'Hello team.\n\nStarting Monday all employees\nmust badge in by 9am. Thanks!';
    const offset = text.indexOf('must badge');
    const finding = { offset, length: 'must badge'.length, text: 'must badge' } as Finding;

    it('finds the sentence around a phrase, across a line break, not across a paragraph', () => {
      const { start, end } = sentenceAround(text, finding.offset, finding.length);
      assert.equal(text.slice(start, end), 'Starting Monday all employees\nmust badge in by 9am.');
    });
    it('shows a rewrite inside its sentence, in bold and escaped', () => {
      assert.equal(asItWouldRead(text, finding, 'please badge'), 'Starting Monday all employees **please badge** in by 9am\\.');
    });
    it('shows a deletion as the sentence without the phrase', () => {
      assert.equal(asItWouldRead(text, finding, ''), 'Starting Monday all employees in by 9am\\. *(“must badge” removed)*');
    });
  });
});
