// "Leadlint: Analyze tone" as a person uses it: code-server (a real VS Code 1.100) in Debian's
// chromium, the extension loaded from this repo as a development extension. The report is a
// webview: an iframe (VS Code's host frame) holding another iframe (our page), reached with
// playwright's frameLocator. Each step waits on what the screen shows and leaves a screenshot in
// test-artifacts/report/.
//
//   npm run test:report          (builds dist/ first)
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { createCodeServer, launchChromium, repoRoot } from '../../scripts/code-server.mjs';
import { runCommand, screenshotFailures, shutDownAfterAll } from './lifecycle.mjs';

// The core as the CLI and eval use it (built by `node esbuild.js`): what the panel must agree with.
const { analyze } = createRequire(import.meta.url)('../../out/eval-core.js');

const artifacts = path.join(repoRoot, 'test-artifacts', 'report');
const SAMPLE = 'return-to-office.md';
const OTHER = 'notes.json';

describe('"Analyze tone" report in VS Code', function () {
  this.timeout(60_000);
  this.bail(true);
  let server;
  let browser;
  let page;
  let report;

  const shot = (name) => page.screenshot({ path: path.join(artifacts, `${name}.png`) });
  /** The theme picker (Ctrl+K Ctrl+T, "Preferences: Color Theme"), as a person would switch. */
  const pickTheme = async (name) => {
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+T');
    await page.locator('.quick-input-widget input').waitFor();
    await page.keyboard.type(name);
    await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: name }).waitFor();
    await page.keyboard.press('Enter');
  };

  /** Screenshots of the report scrolled to each lower section, for a person to look at. */
  async function shotSections(prefix) {
    for (const id of ['h-dimensions', 'h-rhetoric']) {
      await report.locator(`#${id}`).evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await shot(`${prefix}-${id.slice(2)}`);
    }
    await report.locator('header').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  }

  async function open(name) {
    // Into the draft's group (Ctrl+1), not the report's: Quick Open opens files in the active group.
    await page.keyboard.press('Control+1');
    const tab = page.locator('.tab', { hasText: name });
    if (await tab.count()) {
      await tab.first().click();
      await page.locator('.tab.active', { hasText: name }).waitFor();
      return;
    }
    await page.keyboard.press('Control+P');
    await page.locator('.quick-input-widget input').waitFor();
    await page.keyboard.type(name);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.tab.active', { hasText: name }).waitFor();
  }

  const editorText = async () => (await page.locator('.editor-group-container .monaco-editor .view-lines').first().innerText()).replace(/\u00a0/g, ' ');

  before(async function () {
    this.timeout(180_000);
    fs.rmSync(artifacts, { recursive: true, force: true });
    fs.mkdirSync(artifacts, { recursive: true });
    server = createCodeServer({ settings: { 'workbench.colorTheme': 'Default Light Modern', 'files.autoSave': 'off' } });
    // Apply edits the sample: work on a copy, never the repo's own.
    const workspace = path.join(server.dirs.root, 'workspace');
    fs.mkdirSync(workspace);
    fs.copyFileSync(path.join(repoRoot, 'samples', SAMPLE), path.join(workspace, SAMPLE));
    fs.writeFileSync(path.join(workspace, OTHER), '{ "note": "You must read this." }\n');
    await server.start();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(server.workbenchUrl({ folder: workspace, extensionDevelopmentPath: repoRoot }));
    await page.locator('.monaco-workbench').waitFor();
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: SAMPLE }).waitFor();
    // VS Code's webview host frame, then our page inside it.
    report = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
  });

  screenshotFailures(artifacts, () => page);
  shutDownAfterAll(artifacts, () => browser, () => server);

  it('opens beside the draft from the command palette, with score, seven dimensions and findings', async () => {
    await page.locator('.monaco-workbench').click({ position: { x: 700, y: 450 } }).catch(() => {});
    await open(SAMPLE);
    await runCommand(page, 'Leadlint: Analyze tone');
    await report.locator('.score-number').waitFor({ timeout: 30_000 });
    const score = Number((await report.locator('.score-number').innerText()).replace(/\/100$/, ''));
    const expected = analyze(fs.readFileSync(path.join(repoRoot, 'samples', SAMPLE), 'utf8'), { languageId: 'markdown' });
    assert.equal(score, Math.round(expected.score), 'the panel shows the core\'s score for the draft');
    assert.match(await report.locator('#summary').innerText(), /^(Mostly controlling|Leans controlling|Balanced|Leans inspiring|Mostly inspiring): \d+ directives?, \d+ with a reason/);
    assert.equal(await report.locator('.dimension').count(), 7);
    assert.match(await report.locator('.dimension').first().innerText(), /Vision[\s\S]*Task handed down[\s\S]*Destination and why/);
    assert.ok((await report.locator('.finding').count()) >= 3);
    const topControl = expected.findings.filter((f) => f.polarity === 'control').map((f) => f.text.replace(/\s+/g, ' '));
    const firstShown = (await report.locator('.finding').first().innerText()).replace(/\s+/g, ' ');
    assert.ok(topControl.some((text) => firstShown.includes(text)), `the first finding "${firstShown.slice(0, 80)}" is one of the draft's control findings`);
    assert.ok((await report.locator('.strip .cell').count()) > 10);
    // Every chart speaks: a role="img" with a label.
    for (const svg of await report.locator('svg').all()) assert.ok(await svg.getAttribute('aria-label'));
    await page.locator('.tab.active', { hasText: /^Tone/ }).waitFor();
    await shot('01-light');
    await shotSections('01-light');
  });

  it('reveals a sentence in the editor when it is clicked', async () => {
    await report.locator('.sentences .link').first().click();
    // The status bar shows where the cursor went: a line of the controlling paragraph (10–17).
    const status = page.locator('.statusbar-item', { hasText: /^Ln \d+, Col \d+/ });
    await status.waitFor();
    await page.waitForFunction(() => {
      const item = [...document.querySelectorAll('.statusbar-item')].find((e) => /^Ln \d+/.test(e.textContent.trim()));
      const line = Number(item?.textContent.match(/Ln (\d+)/)?.[1]);
      return line >= 10 && line <= 17;
    });
  });

  it('works from the keyboard: the strip is one tab stop, arrows move, Enter reveals', async () => {
    const cells = report.locator('.strip .cell');
    assert.equal(await report.locator('.strip .cell[tabindex="0"]').count(), 1);
    await cells.first().focus();
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    const focused = report.locator('.strip .cell:focus');
    const label = await focused.getAttribute('aria-label');
    assert.match(label, /^Sentence \d+ of \d+, line \d+, (controlling|leans controlling|neutral|leans inspiring|inspiring): /);
    const n = await cells.count();
    assert.ok(label.startsWith(`Sentence ${n - 1} of ${n}`), label);
    await page.keyboard.press('Enter');
    // The last sentences of the memo are its sign-off, near the end of the file.
    await page.waitForFunction(() => {
      const item = [...document.querySelectorAll('.statusbar-item')].find((e) => /^Ln \d+/.test(e.textContent.trim()));
      return Number(item?.textContent.match(/Ln (\d+)/)?.[1]) > 40;
    });
  });

  it('applies a rewrite from the report and the draft changes', async () => {
    const first = report.locator('.finding').filter({ has: report.locator('button.primary') }).first();
    const before = await first.locator('del').innerText();
    const after = await first.locator('ins').innerText();
    // "Show line N" scrolls the editor to it (the editor renders only the lines in view).
    await first.locator('button.secondary', { hasText: /^Show line \d+$/ }).click();
    const original = new RegExp(before.replace(/\s+/g, '\\s+'));
    await page.locator('.editor-group-container .monaco-editor .view-lines', { hasText: original }).first().waitFor();
    await first.locator('button.primary', { hasText: 'Apply' }).click();
    const rewritten = new RegExp(after.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
    await page.locator('.editor-group-container .monaco-editor .view-lines', { hasText: rewritten }).first().waitFor();
    assert.doesNotMatch(await editorText(), new RegExp(`\\b${before.replace(/\s+/g, '\\s+')}\\b`));
    // The report follows (debounced): that finding is gone from it.
    await report.locator('.finding del', { hasText: before }).waitFor({ state: 'detached' });
    await shot('02-applied');
  });

  it('follows the theme: dark', async () => {
    await pickTheme('Dark Modern');
    await page.waitForFunction(() => document.querySelector('.monaco-workbench')?.classList.contains('vs-dark'));
    await report.locator('body.vscode-dark').waitFor();
    await report.locator('.score-number').waitFor();
    await shot('03-dark');
    await shotSections('03-dark');
  });

  it('follows the theme: high contrast (every shape outlined)', async () => {
    await pickTheme('Dark High Contrast');
    await report.locator('body.vscode-high-contrast').waitFor();
    await shot('03-high-contrast');
    // Back to dark for the remaining steps.
    await pickTheme('Dark Modern');
    await report.locator('body.vscode-dark:not(.vscode-high-contrast)').waitFor();
  });

  it('says clearly when the active document is not a language it analyses', async () => {
    await open(OTHER);
    await report.locator('.empty h2', { hasText: 'leadlint does not analyse json files' }).waitFor();
    await shot('04-not-analysed');
    await open(SAMPLE);
    await report.locator('.score-number').waitFor();
  });

  it('exports the report as Markdown', async () => {
    await runCommand(page, 'Leadlint: Export tone report');
    // An untitled Markdown document (VS Code names its tab after the first line).
    await page.locator('.tab.active', { hasText: 'Tone report: return-to-office.md' }).waitFor();
    const lines = page.locator('.editor-group-container.active .view-lines');
    await lines.filter({ hasText: /##\sTone\sreport:\sreturn-to-office\.md/ }).waitFor();
    assert.match((await lines.innerText()).replace(/\u00a0/g, ' '), /\*\*Score [\d.]+ \/ 100\*\*/);
    await shot('05-export');
  });
});
