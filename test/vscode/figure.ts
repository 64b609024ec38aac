import * as fs from 'node:fs';

/** A measured figure, in the suite's report (LEADLINT_TEST_OUTPUT in code-server) and the console. */
export function figure(label: string, value: string): void {
  const line = `      [figure] ${label}: ${value}`;
  if (process.env.LEADLINT_TEST_OUTPUT) fs.appendFileSync(process.env.LEADLINT_TEST_OUTPUT, `${line}\n`);
  console.log(line);
}
