import { escapeHtml } from './html';

export interface PageResources {
  /** `webview.cspSource`: the only origin styles and scripts may come from. */
  cspSource: string;
  styleUri: string;
  scriptUri: string;
  /** Fresh per page: only the script carrying it may run. */
  nonce: string;
}

/**
 * The webview's one HTML page. Strict CSP: nothing by default, styles from the extension's
 * media folder only (no inline styles), the one script by nonce, no remote anything. The body
 * arrives later by message, so updates keep the scroll position and focus.
 */
export function pageHtml(resources: PageResources, initialBody: string): string {
  const { cspSource, nonce } = resources;
  const csp = [`default-src 'none'`, `style-src ${cspSource}`, `script-src 'nonce-${nonce}'`, `img-src ${cspSource}`, `font-src ${cspSource}`].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${escapeHtml(resources.styleUri)}">
<title>Tone report</title>
</head>
<body>
<main id="report" aria-label="Tone report">${initialBody}</main>
<script nonce="${escapeHtml(nonce)}" src="${escapeHtml(resources.scriptUri)}"></script>
</body>
</html>`;
}

/** 32 random characters from the platform's crypto (available in Node 20 and browsers). */
export function makeNonce(): string {
  const bytes = new Uint8Array(24);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
