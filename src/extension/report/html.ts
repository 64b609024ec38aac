/** Escapes text for HTML content and attribute values: draft text never becomes markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** A short excerpt for labels and tooltips. */
export function clip(text: string, max = 90): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** Numbers as people write them: one decimal at most, and a real minus sign. */
export function formatNumber(n: number): string {
  const rounded = Math.round(n * 10) / 10;
  return String(rounded).replace('-', '−');
}
