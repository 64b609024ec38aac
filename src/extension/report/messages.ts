// Messages from the webview are untrusted input (the page renders draft text): each is checked
// for shape here, and for meaning (known finding, same document version) by the panel.

export type WebviewMessage =
  | { type: 'ready' }
  | { type: 'reveal'; version: number; offset: number; length: number }
  | { type: 'apply'; version: number; key: string };

const MAX_KEY = 300;

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/** The message if it is one the panel understands, otherwise undefined (and it is dropped). */
export function parseMessage(raw: unknown): WebviewMessage | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const m = raw as Record<string, unknown>;
  switch (m.type) {
    case 'ready':
      return { type: 'ready' };
    case 'reveal':
      if (!isCount(m.version) || !isCount(m.offset) || !isCount(m.length)) return undefined;
      return { type: 'reveal', version: m.version, offset: m.offset, length: m.length };
    case 'apply':
      if (!isCount(m.version) || typeof m.key !== 'string' || !m.key || m.key.length > MAX_KEY) return undefined;
      return { type: 'apply', version: m.version, key: m.key };
    default:
      return undefined;
  }
}
