// The extension as a person uses it: the packaged .vsix installed into code-server (a real VS Code
// 1.100), Debian's chromium driven by playwright-core. Each step waits on what the screen shows
// (DOM conditions, never sleeps) and leaves a screenshot in test-artifacts/ui/.
//
//   npm run test:ui            (packages the .vsix first)
//   LEADLINT_VSIX=x.vsix npx mocha --timeout 120000 test/ui/ui.test.mjs
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { codeServerInstalled, createCodeServer, launchChromium, repoRoot } from '../../scripts/code-server.mjs';
import { runCommand, screenshotFailures, shutDownAfterAll } from './lifecycle.mjs';

const artifacts = path.join(repoRoot, 'test-artifacts', 'ui');
const SAMPLE = 'return-to-office.md';
// The controlling sentence the test hovers and fixes, and the word in it. (\s: Monaco renders
// spaces as U+00A0, which \s matches.)
const LINE = /staff\smust\sbe\sin\sthe\soffice/;
const WORD = 'must';

function findVsix() {
  if (process.env.LEADLINT_VSIX) return path.resolve(process.env.LEADLINT_VSIX);
  const { version } = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
  const vsix = path.join(repoRoot, `leadlint-${version}.vsix`);
  if (!fs.existsSync(vsix)) throw new Error(`${vsix} not found: run npm run package (npm run test:ui does)`);
  return vsix;
}

describe('leadlint in VS Code, as a person uses it', function () {
  this.timeout(60_000);
  // Each step builds on the one before: stop at the first failure.
  this.bail(true);
  let server;
  let browser;
  let page;
  let workspace;
  let step = 0;

  async function shot(name) {
    step += 1;
    // animations: 'disabled' finishes fade-ins (the hover's), so the picture shows the settled screen.
    await page.screenshot({ path: path.join(artifacts, `${String(step).padStart(2, '0')}-${name}.png`), animations: 'disabled' });
  }

  /** The rendered editor line (a `.view-line`) whose text matches. */
  function editorLine(re) {
    return page.locator('.editor-group-container.active .view-lines .view-line').filter({ hasText: re });
  }

  /** The screen rectangle of `word` inside the editor line matching `re` (a DOM Range over its text node). */
  async function wordBox(re, word) {
    const handle = await editorLine(re).first().elementHandle();
    const box = await handle.evaluate((line, w) => {
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        // Monaco renders spaces as U+00A0.
        const at = node.textContent.replace(/\u00a0/g, ' ').search(new RegExp(`\\b${w}\\b`));
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + w.length);
        const r = range.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      }
      return null;
    }, word);
    assert.ok(box, `"${word}" not found on the line ${re}`);
    return box;
  }

  before(async function () {
    this.timeout(180_000);
    // `npm test` on a developer's machine without code-server skips this; CI installs it and must run it.
    if (!codeServerInstalled() && !process.env.CI) {
      console.warn('    code-server or chromium not installed (scripts/install-code-server.sh): UI test skipped');
      this.skip();
    }
    fs.rmSync(artifacts, { recursive: true, force: true });
    fs.mkdirSync(artifacts, { recursive: true });
    server = createCodeServer();
    // The quick fix edits the file: work on a copy of the samples, never the repo's own.
    workspace = path.join(server.dirs.root, 'workspace');
    fs.mkdirSync(workspace);
    fs.copyFileSync(path.join(repoRoot, 'samples', SAMPLE), path.join(workspace, SAMPLE));
    await server.installExtension(findVsix());
    await server.start();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(server.workbenchUrl({ folder: workspace }));
    await page.locator('.monaco-workbench').waitFor();
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: SAMPLE }).waitFor();
  });

  screenshotFailures(artifacts, () => page);
  shutDownAfterAll(artifacts, () => browser, () => server);

  it('shows squiggles under controlling phrases when the announcement opens', async () => {
    await page.locator('.monaco-workbench').click({ position: { x: 600, y: 400 } }).catch(() => {});
    await page.keyboard.press('Control+P');
    await page.locator('.quick-input-widget input').waitFor();
    await page.keyboard.type(SAMPLE);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: SAMPLE }).first().waitFor();
    await page.keyboard.press('Enter');
    await editorLine(LINE).waitFor();
    // Controlling findings are Information by default (blue), strengths are hints (faint dots).
    await page.locator('.editor-group-container.active .squiggly-info').first().waitFor();
    const info = await page.locator('.editor-group-container.active .squiggly-info').count();
    const hints = await page.locator('.editor-group-container.active .squiggly-hint').count();
    assert.ok(info > 0, 'no information squiggles');
    assert.ok(hints > 0, 'no hint dots for inspiring phrases');
    await page.locator('.statusbar-item', { hasText: /Tone [\d.]+/ }).waitFor();
    await shot('squiggles');
  });

  it('lists the findings in the Problems panel', async () => {
    await page.keyboard.press('Control+Shift+M');
    const rows = page.locator('.markers-panel .monaco-list-row');
    await rows.filter({ hasText: /leadlint/ }).first().waitFor();
    const texts = await rows.allInnerTexts();
    assert.ok(texts.some((t) => /must/i.test(t)), `no "must" finding among: ${texts.join(' | ')}`);
    await shot('problems');
    await page.keyboard.press('Control+Shift+M'); // hide it again: room for the hover
  });

  it('explains a phrase on hover', async () => {
    const box = await wordBox(LINE, WORD);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const hover = page.locator('.monaco-hover:visible');
    await hover.filter({ hasText: /orders people/ }).waitFor();
    const text = await hover.innerText();
    assert.match(text, /commitment/i);
    assert.match(text, /obligation-must/);
    await shot('hover');
    // The README's feature picture (images/hover.png is a copy of it): the editor and a hover on
    // "It has been decided", whose rewrite reads well in the sentence.
    await page.mouse.move(5, 400);
    await hover.waitFor({ state: 'hidden' });
    const decided = await wordBox(/It\shas\sbeen\sdecided/, 'decided');
    await page.mouse.move(decided.x + decided.width / 2, decided.y + decided.height / 2);
    await hover.filter({ hasText: /We've decided/ }).waitFor();
    const editor = await page.locator('.editor-group-container.active').boundingBox();
    await page.screenshot({
      path: path.join(artifacts, 'readme-hover.png'),
      animations: 'disabled',
      clip: { x: editor.x, y: editor.y, width: editor.width, height: 420 },
    });
  });

  it('applies a quick fix and the text changes', async () => {
    // Move the mouse away so the hover closes, then put the cursor on the word.
    await page.mouse.move(5, 400);
    await page.keyboard.press('Escape');
    const box = await wordBox(LINE, WORD);
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.keyboard.press('Control+.');
    const rows = page.locator('.action-widget .monaco-list-row');
    await rows.filter({ hasText: /^Replace “/ }).first().waitFor();
    await shot('quick-fix-menu');
    // Arrow down to the first rewrite, then Enter (a click is blocked by the pointer block).
    const labels = await rows.allInnerTexts();
    const target = labels.findIndex((l) => /^Replace “/.test(l.trim()));
    const [, from, to] = labels[target].trim().match(/^Replace “(.+?)” with “(.+?)”/);
    for (let i = 0; i < 20; i++) {
      const focused = await page.locator('.action-widget .monaco-list-row.focused').innerText().catch(() => '');
      if (focused.trim() === labels[target].trim()) break;
      await page.keyboard.press('ArrowDown');
    }
    await page.keyboard.press('Enter');
    await page.locator('.action-widget').waitFor({ state: 'hidden' });
    // The editor shows the rewrite (VS Code may save at once, so the text is what counts, not a dirty tab).
    const shown = new RegExp(to.split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'));
    await page.locator('.editor-group-container.active .view-lines', { hasText: shown }).waitFor();
    const after = (await page.locator('.editor-group-container.active .view-lines').innerText()).replace(/\u00a0/g, ' ');
    assert.ok(!LINE.test(after), `the line still reads "${from}"`);
    assert.match(after, shown);
    await shot('quick-fix-applied');
  });

  it('runs "Leadlint: Analyze tone" from the command palette', async () => {
    await runCommand(page, 'Leadlint: Analyze tone');
    // The report opens beside the draft (src/extension/report/; test/ui/report.test.mjs checks it in depth).
    await page.locator('.tab', { hasText: /^Tone: return-to-office\.md/ }).waitFor();
    const report = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
    await report.locator('.score-number').waitFor();
    const score = Number((await report.locator('.score-number').innerText()).replace(/\/100$/, ''));
    const status = await page.locator('.statusbar-item', { hasText: /Tone/ }).first().innerText();
    const shown = Number(status.match(/Tone\s+([\d.]+)/)?.[1]);
    assert.ok(Math.abs(shown - score) <= 0.5, `status bar "${status}" does not show the report's score ${score}`);
    await shot('analyze-tone');
  });

  it('validates .leadlint.json against its schema, custom lexicon entries included', async () => {
    // The config schema refers to the lexicon schema; VS Code must resolve that from the installed
    // extension (a URL it cannot fetch shows "Unable to load schema" instead of checking the entry).
    fs.writeFileSync(path.join(workspace, '.leadlint.json'), '{\n  "lexicon": [\n    { "id": "my-rule", "bogus": 1 }\n  ]\n}\n');
    // Quick Open's file index may not list a file this new yet: open it from the Explorer.
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: '.leadlint.json' }).click();
    await page.locator('.tab.active', { hasText: '.leadlint.json' }).waitFor();
    await page.keyboard.press('Control+Shift+M');
    const rows = page.locator('.markers-panel .monaco-list-row');
    await rows.filter({ hasText: /Property bogus is not allowed/ }).first().waitFor();
    await rows.filter({ hasText: /Missing property "dimension"/ }).first().waitFor();
    const texts = await rows.allInnerTexts();
    assert.ok(!texts.some((t) => /Unable to load schema/.test(t)), texts.join(' | '));
    await shot('config-schema');
  });
});
