import { type ProseBlock, isBlank } from './prose-block';

/** Plain text is all prose; paragraphs (separated by blank lines) are the blocks. */
export function plaintextBlocks(text: string): ProseBlock[] {
  const blocks: ProseBlock[] = [];
  let blockStart = 0;
  let lineStart = 0;
  const flush = (end: number) => {
    const slice = text.slice(blockStart, end);
    if (!isBlank(slice)) blocks.push({ offset: blockStart, text: slice });
  };
  for (let i = 0; i <= text.length; i++) {
    const atEnd = i === text.length;
    const ch = text[i];
    if (!atEnd && ch !== '\n' && ch !== '\r') continue;
    const line = text.slice(lineStart, i);
    let next = i + 1;
    if (ch === '\r' && text[i + 1] === '\n') next++;
    if (isBlank(line)) {
      flush(lineStart);
      blockStart = next;
    }
    lineStart = next;
    if (ch === '\r' && text[i + 1] === '\n') i++;
  }
  if (blockStart < text.length) flush(text.length);
  return blocks;
}
