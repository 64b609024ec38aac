import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { packedMap } from '../../src/core/packed-array';

/**
 * Runs `packedMap` and plain `map` in a child V8 with natives syntax, optimised by V8 (the
 * helper and its caller), and answers whether each result has holey elements.
 */
function holeyAfterOptimising(): { packedMap: boolean; map: boolean } {
  const script = `
    const packedMap = ${packedMap.toString()};
    const viaHelper = (a) => packedMap(a, (x) => x + 1);
    const viaMap = (a) => a.map((x) => x + 1);
    const holey = (f) => {
      %PrepareFunctionForOptimization(f); %PrepareFunctionForOptimization(packedMap);
      f([1, 2, 3]); f([1, 2, 3]);
      %OptimizeFunctionOnNextCall(f); %OptimizeFunctionOnNextCall(packedMap);
      return %HasHoleyElements(f([1, 2, 3]));
    };
    console.log(JSON.stringify({ packedMap: holey(viaHelper), map: holey(viaMap) }));`;
  return JSON.parse(execFileSync(process.execPath, ['--allow-natives-syntax', '-e', script], { encoding: 'utf8' }));
}

describe('packedMap', function () {
  it('maps like Array.prototype.map', function () {
    assert.deepEqual(packedMap(['a', 'b', 'c'], (item, i) => `${item}${i}`), ['a0', 'b1', 'c2']);
    assert.deepEqual(packedMap([], () => 1), []);
  });

  it('returns a packed array from optimised code, where V8 inlined map returns a holey one', function () {
    this.timeout(10_000);
    // If V8's map stops returning holey arrays when optimised, the helper is no longer needed.
    assert.deepEqual(holeyAfterOptimising(), { packedMap: false, map: true });
  });
});
