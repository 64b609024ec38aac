import * as vscode from 'vscode';
import type { AnalysisResult, AnalysisSession, AnalyzeOptions, Finding } from '../core';
import { loadCore } from './core-loader';
import { type Settings, readSettings } from './config';
import type { ProjectConfigs } from './project-config';
import { yieldTurn } from './yield-turn';

interface Cached {
  version: number;
  generation: number;
  result: AnalysisResult;
}

interface Running {
  version: number;
  generation: number;
  promise: Promise<AnalysisResult | undefined>;
  cancel: { aborted: boolean };
}

/**
 * One analysis per document version and configuration: diagnostics, hover, code actions and
 * the status bar all read the same result, so they never disagree and the core runs once.
 * Each open document keeps an incremental session (an edit re-analyses only what changed), and
 * background analysis runs in slices, so a large file never freezes the extension host; a run
 * for a version that has since changed is cancelled and its result dropped.
 */
export class Analyses implements vscode.Disposable {
  private readonly cache = new Map<string, Cached>();
  private readonly sessions = new Map<string, AnalysisSession>();
  private readonly running = new Map<string, Running>();
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
      vscode.workspace.onDidCloseTextDocument((document) => this.forget(document.uri)),
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

  /**
   * The result for the document as it is now, analysed in slices in the background if needed.
   * Resolves with undefined when the document changed (or closed) before the analysis ended.
   */
  analyze(document: vscode.TextDocument): Promise<AnalysisResult | undefined> {
    const known = this.current(document);
    if (known) return Promise.resolve(known);
    const key = document.uri.toString();
    const version = document.version;
    const generation = this.generation;
    const running = this.running.get(key);
    if (running && running.version === version && running.generation === generation) return running.promise;
    if (running) running.cancel.aborted = true;
    const cancel = { aborted: false };
    const promise = this.session(key)
      .updateInSlices(document.getText(), this.optionsFor(document), { signal: cancel, yield: yieldTurn })
      .then((result) => {
        if (this.running.get(key)?.promise === promise) this.running.delete(key);
        // Drop a result for text that is no longer there: never publish a stale version.
        if (document.isClosed || document.version !== version) return undefined;
        // Same text, but the settings changed meanwhile: analyse again with the new ones.
        if (!result || this.generation !== generation) return this.analyze(document);
        this.store(document, version, generation, result);
        return result;
      });
    this.running.set(key, { version, generation, promise, cancel });
    return promise;
  }

  /** The result for the document as it is now, analysing it at once (blocking) if needed. */
  resultFor(document: vscode.TextDocument): AnalysisResult {
    const known = this.current(document);
    if (known) return known;
    const result = this.session(document.uri.toString()).update(document.getText(), this.optionsFor(document));
    this.store(document, document.version, this.generation, result);
    return result;
  }

  /**
   * The result for `text` as the document might read (e.g. after a fix pass), analysed at once
   * through the document's session: only what differs from the document is analysed again, and
   * the text a fix-all produces is then already known when the edit lands. Not cached as a version.
   */
  resultForText(document: vscode.TextDocument, text: string): AnalysisResult {
    return this.session(document.uri.toString()).update(text, this.optionsFor(document));
  }

  /** The result for the document as it is now, only if one was already computed. */
  current(document: vscode.TextDocument): AnalysisResult | undefined {
    const cached = this.cache.get(document.uri.toString());
    return cached && cached.version === document.version && cached.generation === this.generation ? cached.result : undefined;
  }

  private session(key: string): AnalysisSession {
    let session = this.sessions.get(key);
    if (!session) {
      session = loadCore().createAnalysisSession();
      this.sessions.set(key, session);
    }
    return session;
  }

  private store(document: vscode.TextDocument, version: number, generation: number, result: AnalysisResult): void {
    this.cache.set(document.uri.toString(), { version, generation, result });
    this.analysed.fire(document);
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    const running = this.running.get(key);
    if (running) running.cancel.aborted = true;
    this.running.delete(key);
    this.cache.delete(key);
    this.sessions.delete(key);
  }

  dispose(): void {
    for (const running of this.running.values()) running.cancel.aborted = true;
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
