// Text edits the code actions make, kept free of `vscode` so unit tests can run them in Node.
import { applyEdits, modify } from 'jsonc-parser';

/** The offset just after YAML (`---`) or TOML (`+++`) front matter, or 0 when there is none. */
export function frontMatterEnd(text: string): number {
  const open = /^(---|\+\+\+)[ \t]*\r?\n/.exec(text);
  if (!open) return 0;
  const fence = open[1] === '---' ? '(?:---|\\.\\.\\.)' : '\\+\\+\\+';
  const close = new RegExp(`^${fence}[ \\t]*(?:\\r?\\n|$)`, 'm');
  const rest = text.slice(open[0].length);
  const match = close.exec(rest);
  return match ? open[0].length + match.index + match[0].length : 0;
}

/** The config text with `phrase` appended to `ignoredPhrases`; undefined when the JSON is broken. */
export function withPhrase(source: string, phrase: string): string | undefined {
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const existing = (value as { ignoredPhrases?: unknown }).ignoredPhrases;
  // Indent new lines the way the file already does (tabs, or its first indent's width).
  const tabSize = /^( +)\S/m.exec(source)?.[1].length ?? 2;
  const formatting = { formattingOptions: { insertSpaces: !/^\t/m.test(source), tabSize, eol: source.includes('\r\n') ? '\r\n' : '\n' } };
  if (Array.isArray(existing)) {
    if (existing.some((p) => typeof p === 'string' && p.toLowerCase() === phrase.toLowerCase())) return source;
    return applyEdits(source, modify(source, ['ignoredPhrases', existing.length], phrase, { ...formatting, isArrayInsertion: true }));
  }
  return applyEdits(source, modify(source, ['ignoredPhrases'], [phrase], formatting));
}
