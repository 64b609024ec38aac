import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { analyze } from '../../../src/core';
import { figure } from '../figure';
import type { LeadlintApi } from '../../../src/extension/extension';
import { EXTENSION_ID, closeAll, leadlintDiagnostics, scratchFile } from '../helpers';

/** About 1,150 words of announcement: what a person opens first. */
const DRAFT = Array.from({ length: 64 }, (_, i) => `Update ${i}\n\nYou must book a desk by Friday. We invite you to shape the plan with us.\n\n`).join('');

/** Opens `uri` and resolves with the milliseconds until leadlint published all its diagnostics. */
async function openUntilDiagnostics(uri: vscode.Uri): Promise<number> {
  const started = performance.now();
  const published = new Promise<number>((resolve) => {
    const listener = vscode.languages.onDidChangeDiagnostics((e) => {
      if (!e.uris.some((u) => u.toString() === uri.toString()) || leadlintDiagnostics(uri).length === 0) return;
      listener.dispose();
      resolve(performance.now() - started);
    });
  });
  await vscode.commands.executeCommand('vscode.open', uri);
  return published;
}

/**
 * Runs first in this suite (files in name order), while the lexicon is not compiled yet: the
 * warm-up after activation compiles it, so the first document does not pay for it.
 */
describe('robust: activation and the first document', function () {
  this.timeout(120_000);
  afterEach(() => closeAll());

  it('first diagnostics of a 1,150-word plain-text draft come after activation without compiling the lexicon', async () => {
    const words = DRAFT.split(/\s+/).filter(Boolean).length;
    const wanted = analyze(DRAFT, { languageId: 'plaintext' }).findings.length; // The test bundle has its own copy of the core.
    assert.ok(words >= 900 && wanted > 0);
    // Plain text: the first Markdown file would also time VS Code's Markdown extension starting up.
    const uri = await scratchFile(DRAFT, 'txt');
    const extension = vscode.extensions.getExtension<LeadlintApi>(EXTENSION_ID)!;
    const wasActive = extension.isActive;
    const started = performance.now();
    const api = await extension.activate();
    const activated = performance.now() - started;
    await api.ready();
    await api.warmedUp();
    const warmed = performance.now() - started;
    const first = await openUntilDiagnostics(uri);
    figure(
      `activation and a ${words}-word draft`,
      `${wasActive ? 'already active; ' : ''}activate ${activated.toFixed(0)} ms, warm-up done ${warmed.toFixed(0)} ms after; then open → first diagnostics ${first.toFixed(0)} ms`,
    );
    assert.ok(leadlintDiagnostics(uri).length > 0);
  });
});
