import type { Finding } from '../core';
import { suggestionEdit } from '../core/fix';

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

/** The sentence with the suggestion applied, the new words in bold (or the gap, for a deletion). */
export function asItWouldRead(text: string, finding: Finding, suggestion: string): string {
  const edit = suggestionEdit(text, finding, suggestion);
  const { start, end } = sentenceAround(text, finding.offset, finding.length);
  const before = text.slice(start, edit.offset).replace(/^\s*(?:[-*+>]|#{1,6}|\d+[.)])\s+/, '').replace(/\s+/g, ' ').trimStart();
  const after = text.slice(edit.offset + edit.length, end).replace(/\s+/g, ' ').trimEnd();
  const inserted = suggestion ? `**${escapeMarkdown(suggestion)}**` : '';
  const sentence = escapeMarkdown(before) + inserted + escapeMarkdown(after);
  return suggestion ? sentence : `${sentence} *(“${escapeMarkdown(finding.text)}” removed)*`;
}
