// A second extension-host entry, for a workspace that is NOT trusted (Restricted Mode), with a
// temporary copy of fixtures-untrusted/ open: scripts/test-code-server-untrusted.mjs runs it.
import { runMocha } from '../run-mocha';

export function run(): Promise<void> {
  return runMocha(__dirname);
}
