import * as assert from 'node:assert/strict';
import { closeAll, compact, expected, fileUri, leadlint, open, waitForExactly } from './helpers';

describe('inline comments', () => {
  before(() => leadlint());
  after(() => closeAll());

  it('silence the next line, or one rule until it is enabled again', async () => {
    const document = await open(fileUri('disables.md'));
    const diagnostics = await waitForExactly(document, expected(document));
    const lines = document.getText().split('\n');
    const on = (fragment: string) => diagnostics.filter((d) => d.range.start.line === lines.findIndex((l) => l.includes(fragment))).map(compact);
    assert.deepEqual(on('must badge'), [], 'disable-next-line');
    assert.ok(on('all-hands is mandatory').some((d) => d.endsWith(' mandatory')), 'no comment: reported');
    assert.ok(!on('offsite is mandatory').some((d) => d.endsWith(' mandatory')), 'disable mandatory … enable mandatory');
  });
});
