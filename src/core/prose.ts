import { markdownBlocks } from './markdown-prose';
import { plaintextBlocks } from './plaintext-prose';
import { type ProseBlock, type Span, splitLongBlock } from './prose-block';

export function isMarkdown(languageId: string | undefined): boolean {
  return languageId === 'markdown' || languageId === 'mdx';
}

/**
 * The document's prose as blocks small enough for one compromise parse each. For Markdown,
 * `htmlSpans` (if given) also receives where raw HTML is, from the same parse.
 */
export function proseBlocks(text: string, languageId: string | undefined, htmlSpans?: Span[]): ProseBlock[] {
  const blocks = isMarkdown(languageId) ? markdownBlocks(text, htmlSpans) : plaintextBlocks(text);
  return blocks.flatMap((block) => splitLongBlock(block));
}
