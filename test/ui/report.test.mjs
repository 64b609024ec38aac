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
import { createCodeServer, launchChromium, repoRoot } from '../../scripts/code-server.mjs';
import { assertToneReport, exportToneReport, openFile, reportFrame, runCommand, screenshotFailures, shutDownAfterAll, waitForCursorLine } from './lifecycle.mjs';

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
    report = reportFrame(page);
  });

  screenshotFailures(artifacts, () => page);
  shutDownAfterAll(artifacts, () => browser, () => server);

  it('opens beside the draft from the command palette, with score, seven dimensions and findings', async () => {
    await page.locator('.monaco-workbench').click({ position: { x: 700, y: 450 } }).catch(() => {});
    await openFile(page, SAMPLE);
    await runCommand(page, 'Leadlint: Analyze tone');
    await assertToneReport(page, report, fs.readFileSync(path.join(repoRoot, 'samples', SAMPLE), 'utf8'));
    await shot('01-light');
    await shotSections('01-light');
  });

  it('reveals a sentence in the editor when it is clicked', async () => {
    await report.locator('.sentences .link').first().click();
    // The status bar shows where the cursor went: a line of the controlling paragraph (10–17).
    await waitForCursorLine(page, 10, 17);
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
    await waitForCursorLine(page, 41);
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
    await openFile(page, OTHER);
    await report.locator('.empty h2', { hasText: 'leadlint does not analyse json files' }).waitFor();
    await shot('04-not-analysed');
    await openFile(page, SAMPLE);
    await report.locator('.score-number').waitFor();
  });

  it('exports the report as Markdown', async () => {
    const text = await exportToneReport(page, SAMPLE);
    assert.match(text, /^## Tone report: return-to-office\.md/);
    assert.match(text, /\*\*Score [\d.]+ \/ 100\*\*/);
    await shot('05-export');
  });
});
