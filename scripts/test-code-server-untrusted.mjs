// Runs the untrusted-workspace suite (test/vscode/untrusted/) in code-server with workspace trust
// ON and the folder opened in Restricted Mode: the project's custom lexicon must not load.
// Exits with the suite's code (0 passed, 1 failed, 2 the harness itself failed).
// Usage: node esbuild.js --tests && node scripts/test-code-server-untrusted.mjs
import fs from 'node:fs';
import path from 'node:path';
import { createCodeServer, launchChromium, repoRoot } from './code-server.mjs';

const tests = path.join(repoRoot, 'out/test/vscode/untrusted/index.js');
const server = createCodeServer({
  trust: false,
  // Open the folder untrusted without the startup dialog (a person would choose "No, I don't trust").
  settings: { 'security.workspace.trust.startupPrompt': 'never', 'security.workspace.trust.untrustedFiles': 'open' },
});
const workspace = path.join(server.dirs.root, 'workspace');
fs.cpSync(path.join(repoRoot, 'test/vscode/fixtures-untrusted'), workspace, { recursive: true });
const outputFile = path.join(server.dirs.root, 'mocha-output.txt');
server.env.LEADLINT_TEST_OUTPUT = outputFile;

let code = 2;
let browser;
try {
  if (!fs.existsSync(tests)) throw new Error(`${tests} does not exist (run: node esbuild.js --tests)`);
  await server.start();
  browser = await launchChromium();
  const page = await browser.newPage();
  const exit = new Promise((resolve) => void page.exposeFunction('codeAutomationExit', (c) => resolve(Number(c))));
  await page.goto(server.workbenchUrl({ folder: workspace, extensionDevelopmentPath: repoRoot, extensionTestsPath: tests }));
  const timedOut = new Promise((resolve) => setTimeout(() => resolve('timeout'), 180_000).unref());
  const result = await Promise.race([exit, timedOut]);
  code = result === 'timeout' ? 2 : result;
  if (result === 'timeout') console.error('test-code-server-untrusted: the suite did not finish within 180 s');
} catch (error) {
  console.error(`test-code-server-untrusted: ${error.stack ?? error}`);
} finally {
  if (fs.existsSync(outputFile)) process.stdout.write(fs.readFileSync(outputFile, 'utf8'));
  await browser?.close().catch(() => {});
  await server.stop();
}
console.log(`test-code-server-untrusted: ${code === 0 ? 'passed' : code === 1 ? 'FAILED' : 'harness error'} (exit ${code})`);
process.exitCode = code;
