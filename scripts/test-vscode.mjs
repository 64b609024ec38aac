// Runs the extension-host suite (test/vscode/) in desktop VS Code via @vscode/test-electron.
// It downloads VS Code on first use, which needs the internet; where that is impossible, run
// the same suite in code-server instead: `npm run test:code-server` (DEVELOPING.md).
// Usage: npm run test:vscode   (builds with --tests first; LEADLINT_TEST_GREP filters tests)
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// The tests write files (.leadlint.json, scratch documents): give them a copy of the fixtures.
const workspace = mkdtempSync(join(tmpdir(), 'leadlint-fixtures-'));
cpSync(join(root, 'test/vscode/fixtures'), workspace, { recursive: true });
try {
  await runTests({
    version: process.env.VSCODE_VERSION ?? '1.100.3',
    extensionDevelopmentPath: root,
    extensionTestsPath: join(root, 'out/test/vscode/index.js'),
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
  });
} catch (error) {
  console.error(`test:vscode failed: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
} finally {
  rmSync(workspace, { recursive: true, force: true });
}
