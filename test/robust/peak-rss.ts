/**
 * Preloaded into the CLI's child process (NODE_OPTIONS=--require): writes the process's peak
 * resident memory (KB) and CPU time (µs) to LEADLINT_PEAK_RSS_FILE when it exits, however it
 * exits. CPU time is the figure a busy machine does not inflate.
 */
import fs from 'node:fs';

const file = process.env.LEADLINT_PEAK_RSS_FILE;
if (file) process.on('exit', () => {
  const usage = process.resourceUsage();
  fs.writeFileSync(file, JSON.stringify({ maxRSS: usage.maxRSS, cpu: usage.userCPUTime + usage.systemCPUTime }));
});
