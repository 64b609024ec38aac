// What the browser-driven suites share: what to keep when a step fails, how to shut down, how
// to run a command from the palette, open a file, read the cursor and the editor, and check the
// "Analyze tone" report (the desktop suite in report.test.mjs, the web one in test/web/).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

/** After a failed step: a screenshot named after it, in `artifacts`. */
export function screenshotFailures(artifacts, getPage) {
  afterEach(async function () {
    const page = getPage();
    if (this.currentTest?.state === 'failed' && page) {
      await page.screenshot({ path: path.join(artifacts, `FAILED-${this.currentTest.title.replace(/\W+/g, '-')}.png`) }).catch(() => {});
    }
  });
}

/** At the end: close chromium, keep code-server's log if anything failed, stop the server. */
export function shutDownAfterAll(artifacts, getBrowser, getServer) {
  after(async function () {
    this.timeout(30_000);
    await getBrowser()?.close().catch(() => {});
    const server = getServer();
    if (server) {
      if (this.test?.parent?.tests.some((t) => t.state === 'failed')) fs.writeFileSync(path.join(artifacts, 'code-server.log'), server.readLog());
      await server.stop();
    }
  });
}

/** Runs a command from the command palette by its title ("Leadlint: Analyze tone"). */
export async function runCommand(page, title) {
  await page.keyboard.press('F1');
  await page.locator('.quick-input-widget input').waitFor();
  await page.keyboard.type(title);
  // Enter runs the focused row: wait until that is the command (the list filters as it types).
  await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: title.replace(/^.*: /, '') }).waitFor();
  await page.keyboard.press('Enter');
}

/**
 * Opens a workspace file in the first editor group (Ctrl+1, so not in the report's group: Quick
 * Open opens files in the active group), by its tab if it is open, else by Quick Open.
 */
export async function openFile(page, name) {
  await page.keyboard.press('Control+1');
  // By the tab's resource name: the report's tab ("Tone: <name>") has the name in its text too.
  const tab = page.locator(`.tab[data-resource-name="${name}"]`);
  if (await tab.count()) {
    await tab.first().click();
    await page.locator(`.tab.active[data-resource-name="${name}"]`).first().waitFor();
    return;
  }
  await page.keyboard.press('Control+P');
  await page.locator('.quick-input-widget input').waitFor();
  await page.keyboard.type(name);
  await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: name }).waitFor();
  await page.keyboard.press('Enter');
  await page.locator(`.tab.active[data-resource-name="${name}"]`).first().waitFor();
}

/** Waits until the status bar's "Ln N, Col M" puts the cursor on a line from `min` to `max` (none: no upper bound). */
export async function waitForCursorLine(page, min, max = null) {
  await page.locator('.statusbar-item', { hasText: /^Ln \d+, Col \d+/ }).waitFor();
  await page.waitForFunction(
    ([lo, hi]) => {
      const item = [...document.querySelectorAll('.statusbar-item')].find((e) => /^Ln \d+/.test(e.textContent.trim()));
      const line = Number(item?.textContent.match(/Ln (\d+)/)?.[1]);
      return line >= lo && (hi === null || line <= hi);
    },
    [min, max],
  );
}

/** The active editor's text as rendered (the lines in view), in line order: the DOM keeps them in any order. */
export function activeEditorText(page) {
  return page
    .locator('.editor-group-container.active .monaco-editor .view-lines')
    .first()
    .evaluate((el) =>
      [...el.querySelectorAll('.view-line')]
        .sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top))
        .map((line) => line.textContent.replace(/\u00a0/g, ' '))
        .join('\n'),
    );
}

/** The tone report's page: VS Code's webview host frame, then our page inside it. */
export const reportFrame = (page) => page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');

/**
 * Waits for the open tone report and checks it shows what the core (as the CLI and eval use it,
 * out/eval-core.js from `node esbuild.js`) finds in `text`: the score, the summary, seven
 * dimensions, the draft's control findings first, the sentence strip, a label on every chart.
 */
export async function assertToneReport(page, report, text) {
  const { analyze } = createRequire(import.meta.url)('../../out/eval-core.js');
  await report.locator('.score-number').waitFor({ timeout: 30_000 });
  const score = Number((await report.locator('.score-number').innerText()).replace(/\/100$/, ''));
  const expected = analyze(text, { languageId: 'markdown' });
  assert.equal(score, Math.round(expected.score), "the panel shows the core's score for the draft");
  assert.match(await report.locator('#summary').innerText(), /^(Mostly controlling|Leans controlling|Balanced|Leans inspiring|Mostly inspiring): \d+ directives?, \d+ with a reason/);
  assert.equal(await report.locator('.dimension').count(), 7);
  assert.match(await report.locator('.dimension').first().innerText(), /Vision[\s\S]*Task handed down[\s\S]*Destination and why/);
  assert.ok((await report.locator('.finding').count()) >= 3);
  const topControl = expected.findings.filter((f) => f.polarity === 'control').map((f) => f.text.replace(/\s+/g, ' '));
  const firstShown = (await report.locator('.finding').first().innerText()).replace(/\s+/g, ' ');
  assert.ok(topControl.some((t) => firstShown.includes(t)), `the first finding "${firstShown.slice(0, 80)}" is one of the draft's control findings`);
  assert.ok((await report.locator('.strip .cell').count()) > 10);
  // Every chart speaks: a role="img" with a label.
  for (const svg of await report.locator('svg').all()) assert.ok(await svg.getAttribute('aria-label'));
  await page.locator('.tab.active', { hasText: /^Tone/ }).waitFor();
}

/** "Leadlint: Export tone report" for the draft `name`: waits for the untitled Markdown editor, returns its text. */
export async function exportToneReport(page, name) {
  await runCommand(page, 'Leadlint: Export tone report');
  // An untitled Markdown document (VS Code names its tab after the first line).
  await page.locator('.tab.active', { hasText: `Tone report: ${name}` }).waitFor();
  await page.locator('.editor-group-container.active .view-lines', { hasText: /##\sTone\sreport:/ }).waitFor();
  return activeEditorText(page);
}
