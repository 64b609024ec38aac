// A third extension-host entry: big documents and the longest blocking slice, kept out of the
// main suite because each case takes a minute. `npm run test:robust:editor` runs it in code-server.
import { runMocha } from '../run-mocha';

export function run(): Promise<void> {
  return runMocha(__dirname);
}
