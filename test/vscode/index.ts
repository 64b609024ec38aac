// The extension-host entry (`@vscode/test-electron` layout): VS Code calls run() inside the
// extension host, with a temporary copy of fixtures/ open as a trusted workspace.
import { runMocha } from './run-mocha';

export function run(): Promise<void> {
  return runMocha(__dirname);
}
