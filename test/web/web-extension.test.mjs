// The `browser` bundle (dist/web/extension.js) running where vscode.dev runs extensions: the web
// worker extension host, which has no Node APIs. code-server is told to load the development
// extension there (`extensionDevelopmentKind: web` in the workbench payload); chromium shows
// whether a Markdown file gets leadlint's squiggles, hover and status bar score.
//
//   node esbuild.js && npx mocha --timeout 120000 test/web/web-extension.test.mjs
// Screenshots: test-artifacts/web/.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { codeServerInstalled, createCodeServer, launchChromium, repoRoot } from '../../scripts/code-server.mjs';
import { runCommand } from '../ui/lifecycle.mjs';

const artifacts = path.join(repoRoot, 'test-artifacts', 'web');
const FILE = 'draft.md';
const TEXT = '# Draft\n\nStarting Monday all employees must badge in by 9am.\n\nThank you all for the launch.\n';

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

  after(async () => {
    await browser?.close().catch(() => {});
    await server?.stop();
  });

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
});
