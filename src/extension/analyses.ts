import * as vscode from 'vscode';
import { type AnalysisResult, type AnalyzeOptions, type Finding, analyze } from '../core';
import { type Settings, readSettings } from './config';
import type { ProjectConfigs } from './project-config';

interface Cached {
  version: number;
  generation: number;
  result: AnalysisResult;
}

/**
 * One analysis per document version and configuration: diagnostics, hover, code actions and
 * the status bar all read the same result, so they never disagree and the core runs once.
 */
export class Analyses implements vscode.Disposable {
  private readonly cache = new Map<string, Cached>();
  /** Bumped whenever settings or a project config change: every cached result is then stale. */
  private generation = 0;
  private readonly analysed = new vscode.EventEmitter<vscode.TextDocument>();
  private readonly configChanged = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[];
  /** Fires after a document was analysed (a new result is cached). */
  readonly onDidAnalyze = this.analysed.event;
  /** Fires when settings or a `.leadlint.json` changed: results must be recomputed. */
  readonly onDidChangeConfiguration = this.configChanged.event;

  constructor(readonly projects: ProjectConfigs) {
    this.disposables = [
      this.analysed,
      this.configChanged,
      projects.onDidChange(() => this.invalidate()),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('leadlint')) this.invalidate();
      }),
      vscode.workspace.onDidCloseTextDocument((document) => this.cache.delete(document.uri.toString())),
    ];
  }

  private invalidate(): void {
    this.generation++;
    this.configChanged.fire();
  }

  optionsFor(document: vscode.TextDocument, settings = readSettings(document)): AnalyzeOptions {
    const project = this.projects.forDocument(document.uri);
    return {
      languageId: document.languageId,
      rules: project?.rules,
      // The project file is shared with the CLI; a person's own settings refine it.
      ruleSeverity: { ...project?.ruleSeverity, ...settings.rules },
      dimensionSeverity: { ...project?.dimensionSeverity, ...settings.dimensions },
      ignoredPhrases: [...(project?.ignoredPhrases ?? []), ...settings.ignoredPhrases],
    };
  }

  /** The result for the document as it is now, analysing it if needed. */
  resultFor(document: vscode.TextDocument): AnalysisResult {
    return this.current(document) ?? this.run(document);
  }

  /** The result for the document as it is now, only if one was already computed. */
  current(document: vscode.TextDocument): AnalysisResult | undefined {
    const cached = this.cache.get(document.uri.toString());
    return cached && cached.version === document.version && cached.generation === this.generation ? cached.result : undefined;
  }

  private run(document: vscode.TextDocument): AnalysisResult {
    const version = document.version;
    const generation = this.generation;
    const result = analyze(document.getText(), this.optionsFor(document));
    this.cache.set(document.uri.toString(), { version, generation, result });
    this.analysed.fire(document);
    return result;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

/** The findings a person is shown: strengths only when `leadlint.showStrengths` is on. */
export function visibleFindings(result: AnalysisResult, settings: Settings): Finding[] {
  return result.findings.filter((finding) => finding.polarity === 'control' || settings.showStrengths);
}

export function findingRange(document: vscode.TextDocument, finding: Finding): vscode.Range {
  return new vscode.Range(document.positionAt(finding.offset), document.positionAt(finding.offset + finding.length));
}
