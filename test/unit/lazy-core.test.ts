import * as assert from 'node:assert/strict';
import * as inspector from 'node:inspector';
import * as path from 'node:path';
import { requireWithStubVscode } from '../../scripts/stub-vscode.cjs';

/** Loads a built extension bundle with V8's precise coverage on: how often each of its functions ran. */
async function loadCounted(bundle: string): Promise<{ name: string; count: number }[]> {
  const session = new inspector.Session();
  session.connect();
  const post = <T>(method: string, params?: object) => new Promise<T>((resolve, reject) => session.post(method, params, (error, result) => (error ? reject(error) : resolve(result as T))));
  try {
    await post('Profiler.enable');
    await post('Profiler.startPreciseCoverage', { callCount: true, detailed: false });
    requireWithStubVscode(bundle);
    const { result } = await post<{ result: { url: string; functions: { functionName: string; ranges: { count: number }[] }[] }[] }>('Profiler.takePreciseCoverage');
    const script = result.find((entry) => entry.url.endsWith(bundle.split(path.sep).slice(-3).join('/')));
    assert.ok(script, `coverage of ${bundle}`);
    return script.functions.map((f) => ({ name: f.functionName, count: f.ranges[0].count }));
  } finally {
    await post('Profiler.stopPreciseCoverage');
    session.disconnect();
  }
}

describe('loading the extension does not load compromise (core-loader.ts)', () => {
  for (const bundle of ['dist/extension.js', 'dist/web/extension.js']) {
    it(`${bundle}: none of compromise's modules runs until the first analysis`, async () => {
      const functions = await loadCounted(path.resolve(bundle));
      // esbuild names each lazily initialised module's wrapper after its path (development build).
      const compromise = functions.filter((f) => f.name.startsWith('node_modules/compromise/'));
      assert.ok(compromise.length > 20, `${compromise.length} of compromise's module wrappers found in the bundle`);
      const ran = compromise.filter((f) => f.count > 0).map((f) => f.name);
      assert.deepEqual(ran, [], 'compromise modules run while loading the extension');
    });
  }
});
