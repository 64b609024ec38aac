import * as vscode from 'vscode';
import type { Finding } from '../core';
import { type Analyses, findingRange, visibleFindings } from './analyses';
import { type Settings, isLinted, readSettings } from './config';
import type { RuleDocs } from './rule-docs';
import { yieldTurn } from './yield-turn';

export const DIAGNOSTIC_SOURCE = 'leadlint';

/** The longest stretch spent building diagnostics before the extension host gets a turn. */
const BUILD_SLICE_MS = 25;

/**
 * Publishes findings as diagnostics: on open, as the user types (debounced) or on save, per
 * `leadlint.run`. A result is published only if the document still has the version it was
 * computed for; diagnostics are cleared when a document closes or leadlint is turned off.
 */
export class Diagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('leadlint');
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Per document, the latest publish: an older one still building its diagnostics gives way. */
  private readonly turns = new Map<string, number>();
  private readonly disposables: vscode.Disposable[];

  constructor(
    private readonly analyses: Analyses,
    private readonly docs: RuleDocs,
  ) {
    this.disposables = [
      this.collection,
      vscode.workspace.onDidOpenTextDocument((document) => this.onOpen(document)),
      vscode.workspace.onDidChangeTextDocument((event) => this.onChange(event.document)),
      vscode.workspace.onDidSaveTextDocument((document) => this.onSave(document)),
      vscode.workspace.onDidCloseTextDocument((document) => this.clear(document.uri)),
      analyses.onDidChangeConfiguration(() => this.refreshAll()),
    ];
    this.refreshAll();
  }

  private onOpen(document: vscode.TextDocument): void {
    const settings = readSettings(document);
    if (isLinted(document, settings) && settings.run !== 'manual') this.schedule(document, 0);
  }

  private onChange(document: vscode.TextDocument): void {
    const settings = readSettings(document);
    if (isLinted(document, settings) && settings.run === 'onType') this.schedule(document, settings.debounceMs);
  }

  private onSave(document: vscode.TextDocument): void {
    const settings = readSettings(document);
    if (isLinted(document, settings) && settings.run !== 'manual') this.schedule(document, 0);
  }

  /** After a settings or `.leadlint.json` change: re-analyse what is shown, clear what no longer applies. */
  private refreshAll(): void {
    for (const document of vscode.workspace.textDocuments) {
      const settings = readSettings(document);
      if (!isLinted(document, settings)) this.clear(document.uri);
      else if (settings.run !== 'manual') this.schedule(document, 0);
      else if (this.collection.has(document.uri)) this.schedule(document, 0); // Manual: keep what the user asked for up to date.
    }
  }

  private schedule(document: vscode.TextDocument, delayMs: number): void {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    // Even with no delay, analyse outside the event that triggered it: never block typing.
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        if (!document.isClosed) void this.publish(document);
      }, delayMs),
    );
  }

  /**
   * Analyses the document now and shows the result (the Analyze tone command uses this too).
   * Resolves false, publishing nothing, when the document changed while it was analysed (or a
   * newer publish of it took over).
   *
   * The diagnostics are built in slices of at most `BUILD_SLICE_MS`, like the analysis: a 2 MB
   * draft has ~57,000 findings, and building them in one go blocked the extension host for
   * 230–450 ms. All of them are kept (hover, code actions and `getDiagnostics` see every one);
   * VS Code itself forwards at most 1,000 per file to the editor and the Problems panel, with
   * its own "Not showing N further errors and warnings" row, so leadlint sets no cap of its own.
   */
  async publish(document: vscode.TextDocument): Promise<boolean> {
    const key = document.uri.toString();
    const version = document.version;
    const turn = (this.turns.get(key) ?? 0) + 1;
    this.turns.set(key, turn);
    const current = () => !document.isClosed && document.version === version && this.turns.get(key) === turn;
    const result = await this.analyses.analyze(document);
    if (!result || !current()) return false;
    const settings = readSettings(document);
    const findings = visibleFindings(result, settings);
    const targets = new Map<string, vscode.Uri | undefined>();
    const diagnostics: vscode.Diagnostic[] = [];
    let sliceStart = performance.now();
    for (let i = 0; i < findings.length; i++) {
      if (i % 256 === 255 && performance.now() - sliceStart > BUILD_SLICE_MS) {
        await yieldTurn();
        if (!current()) return false;
        sliceStart = performance.now();
      }
      diagnostics.push(this.toDiagnostic(document, findings[i], settings, targets));
    }
    this.collection.set(document.uri, diagnostics);
    return true;
  }

  private toDiagnostic(document: vscode.TextDocument, finding: Finding, settings: Settings, targets: Map<string, vscode.Uri | undefined>): vscode.Diagnostic {
    const severity = settings.severity[finding.polarity][finding.severity];
    const diagnostic = new vscode.Diagnostic(findingRange(document, finding), finding.message, severity);
    diagnostic.source = DIAGNOSTIC_SOURCE;
    // One documentation link per rule and publish, not one parse per diagnostic.
    if (!targets.has(finding.ruleId)) targets.set(finding.ruleId, this.docs.uri(finding.ruleId, document.uri));
    const target = targets.get(finding.ruleId);
    diagnostic.code = target ? { value: finding.ruleId, target } : finding.ruleId;
    return diagnostic;
  }

  clear(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    // A publish still building diagnostics for this document must not bring them back.
    this.turns.set(key, (this.turns.get(key) ?? 0) + 1);
    this.collection.delete(uri);
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    for (const d of this.disposables) d.dispose();
  }
}

/** The leadlint diagnostic a code action or hover refers to, matched by rule and range. */
export function isDiagnosticFor(diagnostic: vscode.Diagnostic, finding: Finding, range: vscode.Range): boolean {
  const code = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
  return diagnostic.source === DIAGNOSTIC_SOURCE && code === finding.ruleId && diagnostic.range.isEqual(range);
}
