import * as vscode from 'vscode';
import type { Analyses } from './analyses';
import { ANALYZE_TONE_COMMAND } from './analyze-tone';
import { isLinted, readSettings } from './config';

/**
 * The active document's tone score; a click runs "Analyze tone". It only reads results already
 * computed (by diagnostics or the command), so it never analyses on its own. It also carries the
 * one-line reason when a project's custom lexicon is not loaded in an untrusted workspace.
 */
export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('leadlint.score', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly analyses: Analyses) {
    this.item.name = 'leadlint tone score';
    this.item.command = ANALYZE_TONE_COMMAND;
    this.disposables = [
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      analyses.onDidAnalyze(() => this.update()),
      analyses.onDidChangeConfiguration(() => this.update()),
    ];
    this.update();
  }

  update(): void {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !isLinted(document, readSettings(document))) {
      this.item.hide();
      return;
    }
    const result = this.analyses.current(document);
    const project = this.analyses.projects.forDocument(document.uri);
    const score = result && Math.round(result.score);
    this.item.text = result ? `$(megaphone) Tone ${score}` : '$(megaphone) Tone';
    const lines = [
      result
        ? `leadlint tone score: ${score}/100 (50 is neutral; higher inspires more than it controls).`
        : 'leadlint: not analysed yet.',
      'Click to analyse this document.',
    ];
    if (project?.lexiconSkipped) lines.push('The custom lexicon in .leadlint.json is not loaded: this workspace is not trusted.');
    this.item.tooltip = lines.join('\n\n');
    this.item.show();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
