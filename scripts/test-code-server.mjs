// Runs the extension-host suite (test/vscode, bundled to out/test/vscode/index.js) inside a real
// VS Code: code-server in chromium, the extension loaded from the repo as a development extension.
// Exits with the suite's code (0 passed, 1 failed, 2 the harness itself failed).
//
//   node scripts/test-code-server.mjs [--tests out/test/vscode/index.js] [--workspace test/vscode/fixtures]
//                                     [--extension .] [--timeout 300] [--keep]
//
// The suite's mocha output is forwarded: the suite writes it to the file named by
// LEADLINT_TEST_OUTPUT (see DEVELOPING.md) and this script prints it; extension-host console
// lines that reach the page are printed too when LEADLINT_TEST_VERBOSE=1.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { codeServerInstalled, createCodeServer, launchChromium, repoRoot } from './code-server.mjs';

const { values: opts } = parseArgs({
  options: {
    tests: { type: 'string', default: path.join(repoRoot, 'out/test/vscode/index.js') },
    workspace: { type: 'string', default: path.join(repoRoot, 'test/vscode/fixtures') },
    extension: { type: 'string', default: repoRoot },
    timeout: { type: 'string', default: '300' },
    keep: { type: 'boolean', default: false },
  },
});

const started = Date.now();
const seconds = () => ((Date.now() - started) / 1000).toFixed(1);

async function main() {
  // `npm test` on a developer's machine without code-server skips this; CI installs it and must run it.
  if (!codeServerInstalled() && !process.env.CI) {
    console.warn('test-code-server: code-server or chromium not installed (scripts/install-code-server.sh): skipped');
    return 0;
  }
  const testsPath = path.resolve(opts.tests);
  if (!fs.existsSync(testsPath)) {
    console.error(`test-code-server: ${testsPath} does not exist (run: node esbuild.js --tests)`);
    return 2;
  }
  const server = createCodeServer();
  // The suite edits its files: give it a copy of the fixtures, never the repo's own.
  const workspace = path.join(server.dirs.root, 'workspace');
  fs.cpSync(path.resolve(opts.workspace), workspace, { recursive: true });
  const outputFile = path.join(server.dirs.root, 'mocha-output.txt');
  // The extension host inherits the server's environment: that is how the suite learns where to write.
  server.env.LEADLINT_TEST_OUTPUT = outputFile;
  for (const name of ['LEADLINT_TEST_GREP']) if (process.env[name]) server.env[name] = process.env[name];

  let browser;
  let code = 2;
  try {
    await server.start();
    console.log(`test-code-server: code-server on ${server.url} (pid ${server.pid}) after ${seconds()} s`);
    browser = await launchChromium();
    const page = await browser.newPage();
    const verbose = process.env.LEADLINT_TEST_VERBOSE === '1';
    page.on('console', (msg) => {
      if (verbose) console.log(`[page ${msg.type()}] ${msg.text()}`);
    });
    // The workbench calls window.codeAutomationExit(code) when the suite ends: 0 passed, 1 failed.
    const exit = new Promise((resolve) => {
      page.exposeFunction('codeAutomationExit', (c) => resolve(Number(c))).catch(() => {});
    });
    const url = server.workbenchUrl({ folder: workspace, extensionDevelopmentPath: opts.extension, extensionTestsPath: testsPath });
    await page.goto(url);
    const timeoutMs = Number(opts.timeout) * 1000;
    const timedOut = new Promise((resolve) => setTimeout(() => resolve('timeout'), timeoutMs).unref());
    const result = await Promise.race([exit, timedOut]);
    if (result === 'timeout') {
      console.error(`test-code-server: the suite did not finish within ${opts.timeout} s`);
      await page.screenshot({ path: path.join(server.dirs.root, 'timeout.png') }).catch(() => {});
      code = 2;
    } else {
      code = result;
    }
  } catch (error) {
    console.error(`test-code-server: ${error.stack ?? error}`);
    code = 2;
  } finally {
    if (fs.existsSync(outputFile)) process.stdout.write(fs.readFileSync(outputFile, 'utf8'));
    else console.log('test-code-server: the suite wrote no output file (LEADLINT_TEST_OUTPUT)');
    await browser?.close().catch(() => {});
    if (code === 2) console.error(`--- code-server log (tail) ---\n${server.readLog().split('\n').slice(-40).join('\n')}`);
    await server.stop({ keep: opts.keep || code === 2 });
    if (opts.keep || code === 2) console.log(`test-code-server: kept ${server.dirs.root}`);
  }
  console.log(`test-code-server: ${code === 0 ? 'passed' : code === 1 ? 'FAILED' : 'harness error'} (exit ${code}) in ${seconds()} s`);
  return code;
}

process.exitCode = await main();
