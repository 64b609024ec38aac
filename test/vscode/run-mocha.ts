import * as fs from 'node:fs';
import * as path from 'node:path';
import { format } from 'node:util';
import * as MochaModule from 'mocha';

// mocha 11 is ESM-first; bundled as CommonJS its class is the module itself or its `default`.
const Mocha = ((MochaModule as unknown as { default?: typeof MochaModule }).default ?? MochaModule) as unknown as typeof import('mocha');

/** Runs every `*.test.js` next to the calling entry, in the extension host (see index.ts). */
export function runMocha(dir: string): Promise<void> {
  // In code-server nobody reads the extension host's stdout: the harness asks for the report in
  // a file (LEADLINT_TEST_OUTPUT, DEVELOPING.md) and prints it.
  const outputFile = process.env.LEADLINT_TEST_OUTPUT;
  if (outputFile) {
    fs.writeFileSync(outputFile, '');
    const base = Mocha.reporters.Base as unknown as { consoleLog: (...args: unknown[]) => void };
    const log = base.consoleLog;
    base.consoleLog = (...args: unknown[]) => {
      fs.appendFileSync(outputFile, `${format(...args)}\n`);
      log(...args);
    };
  }
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 20_000, reporter: 'spec' });
  const grep = process.env.LEADLINT_TEST_GREP;
  if (grep) mocha.grep(grep);
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.test.js')).sort()) {
    mocha.addFile(path.join(dir, file));
  }
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures ? reject(new Error(`${failures} extension-host test(s) failed`)) : resolve()));
  });
}
