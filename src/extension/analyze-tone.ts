import * as vscode from 'vscode';
import type { AnalysisResult, Finding } from '../core';
import { DIMENSIONS } from '../core/types';
import type { Analyses } from './analyses';
import type { Diagnostics } from './diagnostics';

export const ANALYZE_TONE_COMMAND = 'leadlint.analyzeTone';

/** How many findings of each kind the summary lists. */
const TOP = 5;

/**
 * "Leadlint: Analyze tone": analyses the active document now, whatever `leadlint.run` says,
 * shows its diagnostics, and writes a short summary (score, dimensions, top findings) to the
 * leadlint output channel. Returns the result, so tests and a later report view can use it.
 */
export class AnalyzeTone implements vscode.Disposable {
  private readonly output = vscode.window.createOutputChannel('leadlint');

  constructor(
    private readonly analyses: Analyses,
    private readonly diagnostics: Diagnostics,
    /** The report panel (src/extension/report/); without one, the summary goes to the output channel. */
    private readonly report?: { show(document: vscode.TextDocument): void },
  ) {}

  async run(): Promise<AnalysisResult | undefined> {
    const document = vscode.window.activeTextEditor?.document;
    if (!document) {
      void vscode.window.showInformationMessage('leadlint: open a document to analyse its tone.');
      return undefined;
    }
    // In slices, so a long document does not freeze the editor; if it changes meanwhile, the latest text.
    const result = (await this.analyses.analyze(document)) ?? this.analyses.resultFor(document);
    await this.diagnostics.publish(document);
    if (this.report) {
      this.report.show(document);
      return result;
    }
    this.output.clear();
    this.output.append(summary(document, result));
    this.output.show(true);
    return result;
  }

  dispose(): void {
    this.output.dispose();
  }
}

export function summary(document: vscode.TextDocument, result: AnalysisResult): string {
  const name = vscode.workspace.asRelativePath(document.uri);
  const lines = [`Tone of ${name}: ${Math.round(result.score)}/100 (50 is neutral; higher inspires more than it controls), ${result.words} words.`, ''];
  lines.push('Dimension     score  control  inspiring');
  for (const dimension of DIMENSIONS) {
    const d = result.dimensions[dimension];
    lines.push(`${dimension.padEnd(13)} ${String(d.score).padStart(5)}  ${String(d.control).padStart(7)}  ${String(d.inspiring).padStart(9)}`);
  }
  const list = (title: string, findings: Finding[]) => {
    if (!findings.length) return;
    lines.push('', title);
    for (const f of findings.slice(0, TOP)) {
      const at = document.positionAt(f.offset);
      const fix = f.suggestions.length ? ` → “${f.suggestions[0]}”` : '';
      lines.push(`  ${at.line + 1}:${at.character + 1}  “${f.text}”${fix}  ${f.message} [${f.ruleId}]`);
    }
    if (findings.length > TOP) lines.push(`  … and ${findings.length - TOP} more in the Problems panel.`);
  };
  list('Where it controls:', result.findings.filter((f) => f.polarity === 'control'));
  list('Where it inspires:', result.findings.filter((f) => f.polarity === 'inspiring'));
  return `${lines.join('\n')}\n`;
}
