/** `.md` and `.markdown` are Markdown (prose only); everything else is plain text. */
export function languageOf(path: string): 'markdown' | 'plaintext' {
  const lower = path.toLowerCase();
  return lower.endsWith('.md') || lower.endsWith('.markdown') ? 'markdown' : 'plaintext';
}
