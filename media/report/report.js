// The tone report's webview script. It only draws what the extension sends and turns clicks
// into messages; the extension validates every message before it touches the document.
(function () {
  'use strict';
  const vscode = acquireVsCodeApi();
  const root = document.getElementById('report');
  let version = -1;

  /** A key for the focused control, so a redraw can put focus back where it was. */
  function focusKey(el) {
    if (!el || !root.contains(el)) return undefined;
    return el.dataset.key ? `key:${el.dataset.key}` : el.dataset.offset ? `at:${el.dataset.action}:${el.dataset.offset}` : undefined;
  }

  function restoreFocus(key) {
    if (!key) return;
    const [kind, a, b] = key.split(':');
    const selector = kind === 'key' ? `[data-key="${CSS.escape(key.slice(4))}"]` : `[data-action="${a}"][data-offset="${b}"]`;
    const el = root.querySelector(selector);
    if (el) el.focus({ preventScroll: true });
  }

  window.addEventListener('message', (event) => {
    const message = event.data;
    if (!message || message.type !== 'render' || typeof message.html !== 'string') return;
    const key = focusKey(document.activeElement);
    version = message.version;
    root.innerHTML = message.html;
    restoreFocus(key);
  });

  root.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target.closest('[data-action]') : null;
    if (!target) return;
    const action = target.dataset.action;
    if (action === 'reveal') {
      vscode.postMessage({ type: 'reveal', version, offset: Number(target.dataset.offset), length: Number(target.dataset.length) });
    } else if (action === 'apply') {
      target.disabled = true;
      target.textContent = 'Applying…';
      vscode.postMessage({ type: 'apply', version, key: target.dataset.key });
    }
  });

  // The sentence strip is one tab stop; arrow keys move between its sentences (roving tabindex).
  root.addEventListener('keydown', (event) => {
    const cell = event.target instanceof Element ? event.target.closest('.strip .cell') : null;
    if (!cell) return;
    const cells = Array.from(cell.parentElement.children);
    const i = cells.indexOf(cell);
    const next = { ArrowRight: i + 1, ArrowDown: i + 1, ArrowLeft: i - 1, ArrowUp: i - 1, Home: 0, End: cells.length - 1 }[event.key];
    if (next === undefined || next < 0 || next >= cells.length) return;
    event.preventDefault();
    cell.tabIndex = -1;
    cells[next].tabIndex = 0;
    cells[next].focus();
  });

  vscode.postMessage({ type: 'ready' });
})();
