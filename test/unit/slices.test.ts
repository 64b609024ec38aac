import * as assert from 'node:assert/strict';
import { FRESH_SLICE, type Steps, runInSlices, runToEnd } from '../../src/core/slices';

/** Three quick units; the last one announced with FRESH_SLICE when `fresh`. */
function* job(fresh: boolean): Steps<string> {
  yield;
  yield;
  if (fresh) yield FRESH_SLICE;
  return 'done';
}

describe('runInSlices', () => {
  it('keeps quick units in one slice, but gives the event loop a turn before a unit announced with FRESH_SLICE', async () => {
    const yieldsWith = async (fresh: boolean) => {
      let yields = 0;
      const result = await runInSlices(job(fresh), { maxSliceMs: 10_000, yield: async () => void yields++ });
      assert.equal(result, 'done');
      return yields;
    };
    assert.equal(await yieldsWith(false), 0);
    assert.equal(await yieldsWith(true), 1);
  });

  it('runs the same job to its end at once with runToEnd', () => {
    assert.equal(runToEnd(job(true)), 'done');
  });
});
