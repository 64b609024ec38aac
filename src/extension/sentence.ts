/** The sentence around a span, as offsets into the text: stops at sentence ends and blank lines. */
export function sentenceAround(text: string, offset: number, length: number, window = 400): { start: number; end: number } {
  let start = offset;
  const min = Math.max(0, offset - window);
  while (start > min) {
    const before = text.slice(start - 2, start);
    if (/[.!?]\s/.test(before) || before === '\n\n' || before === '\r\n' && text[start - 3] === '\n') break;
    start--;
  }
  let end = offset + length;
  const max = Math.min(text.length, end + window);
  while (end < max) {
    if (/[.!?]/.test(text[end]) && (end + 1 >= text.length || /\s/.test(text[end + 1]))) {
      end++;
      break;
    }
    if (text.startsWith('\n\n', end) || text.startsWith('\n\r\n', end)) break;
    end++;
  }
  return { start, end };
}


/** Escapes text for a Markdown hover, so a draft's own `*`, `_` or `<` is shown as written. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, '\\$&');
}
