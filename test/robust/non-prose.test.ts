import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { analyze } from '../../src/core';
import { phrase } from './arbitraries';
import { type Tally, checkProperty, count } from './figures';

/**
 * A piece of a generated Markdown document. `planted` pieces are a leadership phrase (or its
 * URL slug) put where it is not prose: no finding may overlap one. A finding may still run
 * across markup between prose words (`this</abbr> Volunteers…`), as it does across `**`.
 */
interface Piece {
  text: string;
  /** `crossable`: a link's destination or title, which a finding may span from the link text on (never start or end in). */
  planted?: 'strict' | 'crossable';
}

const slug = (p: string) => p.toLowerCase().replace(/[^a-z0-9]+/g, '-');
/** The phrase over several lines (as code or HTML blocks hold it). */
const lines = (p: string, eol: string, prefix = '') => p.split(/(?<=[.,]) /).map((l) => prefix + l).join(eol);
const planted = (text: string): Piece => ({ text, planted: 'strict' });
const inLink = (text: string): Piece => ({ text, planted: 'crossable' });

/** Blocks that hold a leadership phrase where it is not prose (code, HTML). */
const codeOrHtmlBlock = (eol: string) =>
  fc.tuple(phrase, fc.constantFrom('```', '~~~', '```text', '````md', 'indent', '<div>', '<!--', '<pre>', '<table>')).map(([p, kind]): Piece[] => {
    if (kind === 'indent') return [planted(lines(p, eol, '    '))];
    if (kind.startsWith('<')) {
      const close = kind === '<!--' ? '-->' : `</${kind.slice(1)}`;
      return [{ text: kind + eol }, planted(lines(p, eol)), { text: eol + close }];
    }
    const fence = kind.replace(/[a-z]+$/, '');
    return [{ text: kind + eol }, planted(lines(p, eol)), { text: eol + fence }];
  });

/** Inline non-prose inside a paragraph: code spans, HTML attributes and comments, URLs, link destinations and titles. */
const inlineNonProse = fc.tuple(phrase, fc.integer({ min: 0, max: 8 })).map(([p, kind]): Piece[] => {
  switch (kind) {
    case 0:
      return [{ text: '`' }, planted(p), { text: '`' }];
    case 1:
      return [{ text: '`` ' }, planted(p), { text: ' ``' }];
    case 2:
      return [{ text: '<abbr title="' }, planted(p), { text: '">this</abbr>' }];
    case 3:
      return [{ text: '<!-- ' }, planted(p), { text: ' -->' }];
    case 4:
      return [{ text: '<https://example.com/' }, planted(slug(p)), { text: '>' }];
    case 5:
      return [{ text: 'https://example.com/' }, planted(slug(p))];
    case 6:
      return [{ text: 'www.' }, planted(slug(p)), { text: '.example.com' }];
    case 7:
      return [{ text: '[the notes](https://example.com/' }, inLink(slug(p)), { text: ' "' }, inLink(p), { text: '")' }];
    default:
      return [{ text: '[the notes](<./' }, inLink(p), { text: '.md>)' }];
  }
});

// Determiners and subjects next to code: masked code must not join them into one match ("the `x` team must").
const proseWords = fc.constantFrom('We shipped it', 'Thanks to the team', 'Here is the plan', 'Read', 'See', 'and', 'the', 'this', 'all', 'our', 'team', 'staff');

const paragraph = fc
  .array(
    fc.oneof(
      { weight: 2, arbitrary: phrase.map((p): Piece[] => [{ text: p }]) },
      { weight: 1, arbitrary: proseWords.map((p): Piece[] => [{ text: p }]) },
      { weight: 3, arbitrary: inlineNonProse },
    ),
    { minLength: 1, maxLength: 6 },
  )
  .map((parts) => parts.flatMap((piece, i) => (i ? [{ text: ' ' }, ...piece] : piece)));

const frontMatter = (eol: string) =>
  fc.tuple(phrase, fc.constantFrom('---', '+++')).map(([p, fence]): Piece[] => {
    const key = fence === '---' ? 'title: "' : 'title = "';
    return [{ text: `${fence}${eol}${key}` }, planted(p), { text: `"${eol}summary = ` }, planted(p), { text: eol + fence }];
  });

/** A Markdown document of blocks separated by blank lines, with where its planted phrases are. */
const document = fc.constantFrom('\n', '\r\n').chain((eol) =>
  fc
    .tuple(fc.option(frontMatter(eol), { nil: undefined }), fc.array(fc.oneof(codeOrHtmlBlock(eol), paragraph), { minLength: 1, maxLength: 8 }))
    .map(([front, blocks]) => {
      const pieces: Piece[] = [...(front ? [...front, { text: eol + eol }] : [])];
      blocks.forEach((block, i) => pieces.push(...(i ? [{ text: eol + eol }] : []), ...block));
      let at = 0;
      const hidden: { start: number; end: number; crossable: boolean }[] = [];
      for (const piece of pieces) {
        if (piece.planted) hidden.push({ start: at, end: at + piece.text.length, crossable: piece.planted === 'crossable' });
        at += piece.text.length;
      }
      return { text: pieces.map((p) => p.text).join('') + eol, hidden };
    }),
);

describe('robust: Markdown non-prose is never flagged', function () {
  it('code blocks, inline code, front matter, HTML, URLs and link destinations hold phrases that are never flagged', () => {
    const tally: Tally = {};
    checkProperty(
      'no finding in code / front matter / HTML / URLs',
      fc.property(document, ({ text, hidden }) => {
        const { findings } = analyze(text, { languageId: 'markdown' });
        for (const f of findings) {
          const end = f.offset + f.length;
          // A link's text is prose, so a finding may run across its destination, as across `**`.
          const inside = hidden.find((h) => (h.crossable ? (f.offset >= h.start && f.offset < h.end) || (end > h.start && end <= h.end) : f.offset < h.end && end > h.start));
          assert.equal(inside, undefined, `${f.ruleId} flagged ${JSON.stringify(f.text)} inside ${JSON.stringify(inside && text.slice(inside.start, inside.end))}`);
        }
        // The same phrases in the prose around them are flagged: the property is not vacuous.
        count(tally, 'findings in the prose around them', findings.length);
        count(tally, 'planted phrases', hidden.length);
      }),
      2000,
      tally,
    );
  });
});
