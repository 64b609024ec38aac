import * as assert from 'node:assert/strict';
import * as inspector from 'node:inspector';
import Module from 'node:module';
import * as path from 'node:path';

/** A stand-in for the `vscode` module: every property, call and construction gives itself back. */
function fakeVscode(): unknown {
  function fake(): unknown {
    return fake;
  }
  Object.setPrototypeOf(fake, new Proxy({}, { get: () => fake }));
  return fake;
}

/** Loads a built extension bundle with V8's precise coverage on: how often each of its functions ran. */
async function loadCounted(bundle: string): Promise<{ name: string; count: number }[]> {
  const session = new inspector.Session();
  session.connect();
  const post = <T>(method: string, params?: object) => new Promise<T>((resolve, reject) => session.post(method, params, (error, result) => (error ? reject(error) : resolve(result as T))));
  const loader = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
  const load = loader._load;
  const vscode = fakeVscode();
  try {
    await post('Profiler.enable');
    await post('Profiler.startPreciseCoverage', { callCount: true, detailed: false });
    loader._load = function (request: string, ...rest: unknown[]) {
      return request === 'vscode' ? vscode : load.call(this, request, ...rest);
    };
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the built bundle, loaded as VS Code loads it
    require(bundle);
    const { result } = await post<{ result: { url: string; functions: { functionName: string; ranges: { count: number }[] }[] }[] }>('Profiler.takePreciseCoverage');
    const script = result.find((entry) => entry.url.endsWith(bundle.split(path.sep).slice(-3).join('/')));
    assert.ok(script, `coverage of ${bundle}`);
    return script.functions.map((f) => ({ name: f.functionName, count: f.ranges[0].count }));
  } finally {
    loader._load = load;
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
