import { markdownBlocks } from './markdown-prose';
import { plaintextBlocks } from './plaintext-prose';
import { type ProseBlock, splitLongBlock } from './prose-block';

export function isMarkdown(languageId: string | undefined): boolean {
  return languageId === 'markdown' || languageId === 'mdx';
}

/** The document's prose as blocks small enough for one compromise parse each. */
export function proseBlocks(text: string, languageId: string | undefined): ProseBlock[] {
  const blocks = isMarkdown(languageId) ? markdownBlocks(text) : plaintextBlocks(text);
  return blocks.flatMap((block) => splitLongBlock(block));
}
