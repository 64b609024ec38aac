// The `browser` bundle (dist/web/extension.js) running where vscode.dev runs extensions: the web
// worker extension host, which has no Node APIs. code-server is told to load the development
// extension there (`extensionDevelopmentKind: web` in the workbench payload); chromium shows
// whether a Markdown file gets leadlint's squiggles, hover and status bar score, and whether the
// "Analyze tone" report (a webview) and its Markdown export work there as they do in the desktop
// suite (test/ui/report.test.mjs, whose checks are shared through test/ui/lifecycle.mjs).
//
//   node esbuild.js && npx mocha --timeout 120000 test/web/web-extension.test.mjs
// Screenshots: test-artifacts/web/.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { codeServerInstalled, createCodeServer, launchChromium, repoRoot } from '../../scripts/code-server.mjs';
import {
  assertToneReport,
  exportToneReport,
  openFile,
  reportFrame,
  runCommand,
  screenshotFailures,
  shutDownAfterAll,
  waitForCursorLine,
} from '../ui/lifecycle.mjs';

const artifacts = path.join(repoRoot, 'test-artifacts', 'web');
const FILE = 'draft.md';
const TEXT = '# Draft\n\nStarting Monday all employees must badge in by 9am.\n\nThank you all for the launch.\n';
// The tone report's draft: the memo the desktop report suite uses, long enough for every section.
const SAMPLE = 'return-to-office.md';

describe('the web extension (browser bundle, web worker extension host)', function () {
  this.timeout(90_000);
  let server;
  let browser;
  let page;

  before(async function () {
    this.timeout(120_000);
    if (!codeServerInstalled() && !process.env.CI) this.skip();
    assert.ok(fs.existsSync(path.join(repoRoot, 'dist/web/extension.js')), 'run node esbuild.js first');
    fs.mkdirSync(artifacts, { recursive: true });
    // Run it where vscode.dev would: the web worker extension host (remote.extensionKind: web).
    server = createCodeServer({ settings: { 'remote.extensionKind': { 'leadlint.leadlint': ['web'] } } });
    const workspace = path.join(server.dirs.root, 'workspace');
    fs.mkdirSync(workspace);
    fs.writeFileSync(path.join(workspace, FILE), TEXT);
    fs.copyFileSync(path.join(repoRoot, 'samples', SAMPLE), path.join(workspace, SAMPLE));
    await server.start();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    // The worker's errors reach the page console: print them, they are the point of this test.
    page.on('console', (msg) => {
      if (msg.type() === 'error' && /leadlint|extension\.js/i.test(msg.text())) console.log(`    [page] ${msg.text().slice(0, 800)}`);
    });
    const url = new URL(server.workbenchUrl({ folder: workspace, extensionDevelopmentPath: repoRoot }));
    const payload = JSON.parse(url.searchParams.get('payload'));
    payload.push(['extensionDevelopmentKind', 'web']);
    url.searchParams.set('payload', JSON.stringify(payload));
    await page.goto(url.toString());
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: FILE }).waitFor();
  });

  screenshotFailures(artifacts, () => page);
  shutDownAfterAll(artifacts, () => browser, () => server);

  it('shows diagnostics and the score for a Markdown file', async () => {
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: FILE }).click();
    await page.locator('.editor-group-container.active .view-line', { hasText: /must/ }).waitFor();
    await page.locator('.editor-group-container.active .squiggly-info').first().waitFor();
    await page.locator('.statusbar-item', { hasText: /Tone \d+/ }).waitFor();
    await page.screenshot({ path: path.join(artifacts, '01-web-squiggles.png') });
  });

  it('runs in the web worker extension host, not the Node one', async () => {
    // The Running Extensions view names the host each extension runs in.
    await runCommand(page, 'Developer: Show Running Extensions');
    const row = page.locator('.runtime-extensions-editor .monaco-list-row', { hasText: /leadlint/i }).first();
    await row.waitFor();
    const text = await row.innerText();
    await page.screenshot({ path: path.join(artifacts, '02-web-running-extensions.png') });
    assert.match(text, /web worker/i, text);
  });

  it('opens the tone report beside the draft from the command palette, with score, seven dimensions and findings', async () => {
    await openFile(page, SAMPLE);
    await runCommand(page, 'Leadlint: Analyze tone');
    await assertToneReport(page, reportFrame(page), fs.readFileSync(path.join(repoRoot, 'samples', SAMPLE), 'utf8'));
    // Beside the draft: two editor groups, the draft active in one, the report in the other.
    const groups = page.locator('.editor-group-container');
    await groups.filter({ has: page.locator(`.tab.active[data-resource-name="${SAMPLE}"]`) }).waitFor();
    await groups.filter({ has: page.locator('.tab.active', { hasText: /^Tone: / }) }).waitFor();
    assert.equal(await groups.count(), 2);
    await page.screenshot({ path: path.join(artifacts, '03-web-tone-report.png') });
  });

  it('selects a sentence in the draft when it is clicked in the report', async () => {
    const link = reportFrame(page).locator('.sentences .link').first();
    const offset = Number(await link.getAttribute('data-offset'));
    const length = Number(await link.getAttribute('data-length'));
    assert.ok(length > 0, 'the link says which characters it reveals');
    await link.click();
    // A line of the memo's controlling paragraph (10–17), as in the desktop suite…
    await waitForCursorLine(page, 10, 17);
    // …and the whole sentence selected: the cursor at its end, that many characters selected.
    const text = fs.readFileSync(path.join(repoRoot, 'samples', SAMPLE), 'utf8');
    const endLine = text.slice(0, offset + length).split('\n').length;
    await page.locator('.statusbar-item', { hasText: new RegExp(`^Ln ${endLine}, Col \\d+ \\(${length} selected\\)`) }).waitFor();
    await page.screenshot({ path: path.join(artifacts, '04-web-sentence-revealed.png') });
  });

  it('exports the tone report as Markdown into a new editor', async () => {
    const text = await exportToneReport(page, SAMPLE);
    assert.ok(text.startsWith('## Tone report'), text.slice(0, 200));
    assert.match(text, /\*\*Score [\d.]+ \/ 100\*\*/);
    await page.screenshot({ path: path.join(artifacts, '05-web-export.png') });
  });
});
