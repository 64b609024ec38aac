// What the browser-driven suites share: what to keep when a step fails, how to shut down, and
// how to run a command from the palette.
import fs from 'node:fs';
import path from 'node:path';

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
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title.replace(/^.*: /, '') }).first().waitFor();
  await page.keyboard.press('Enter');
}
