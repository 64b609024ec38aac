import * as vscode from 'vscode';
import type { Dimension, FileProblem, LexiconRule, Severity } from '../core';
import { BUILTIN_RULES } from '../core/builtin-lexicon';
import { CONFIG_FILE_NAME } from '../core/config-file-name';
import { loadCore } from './core-loader';

/** `.leadlint.json` of one workspace folder, as the extension uses it. */
export interface ProjectConfig {
  uri: vscode.Uri;
  exists: boolean;
  /** The rules to analyse with: built-in plus the project's lexicon (when trusted and valid). */
  rules: readonly LexiconRule[];
  /** Ids of rules that come from the project's lexicon: their docs are the config file itself. */
  customRuleIds: ReadonlySet<string>;
  ruleSeverity: Record<string, Severity | 'off'>;
  dimensionSeverity: Partial<Record<Dimension, Severity | 'off'>>;
  ignoredPhrases: readonly string[];
  /** True when the file has a `lexicon` that was not loaded because the workspace is not trusted. */
  lexiconSkipped: boolean;
}

const EMPTY = { rules: BUILTIN_RULES, customRuleIds: new Set<string>(), ruleSeverity: {}, dimensionSeverity: {}, ignoredPhrases: [], lexiconSkipped: false };

/**
 * Reads each workspace folder's `.leadlint.json` through `vscode.workspace.fs` (so it works on
 * vscode.dev too), reloads it when it changes, and reports problems in the Problems panel on the
 * file itself plus one notification per distinct set of problems. An invalid file never stops
 * the built-in lexicon: what can be read is used, the rest is reported.
 */
export class ProjectConfigs implements vscode.Disposable {
  private readonly configs = new Map<string, ProjectConfig>();
  private readonly loads = new Map<string, number>();
  private readonly watchers = new Map<string, vscode.Disposable>();
  private readonly problems = vscode.languages.createDiagnosticCollection('leadlint-config');
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly notified = new Set<string>();
  private toldUntrusted = false;
  private ready: Promise<void> = Promise.resolve();
  /** Fires after a folder's config was (re)loaded. */
  readonly onDidChange = this.changed.event;
  /** The last notification shown, for the extension's tests (they cannot see toasts). */
  lastNotice: string | undefined;

  constructor() {
    this.disposables.push(
      this.problems,
      this.changed,
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.watchFolders()),
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.reloadAll()),
      // Saving in the editor is the common case: reload at once rather than wait for the watcher.
      vscode.workspace.onDidSaveTextDocument((document) => {
        const folder = vscode.workspace.getWorkspaceFolder(document.uri);
        if (folder && document.uri.toString() === configUri(folder).toString()) void this.reload(folder);
      }),
    );
    this.watchFolders();
  }

  /** Resolves when every folder's file has been read at least once. */
  whenReady(): Promise<void> {
    return this.ready;
  }

  forDocument(uri: vscode.Uri): ProjectConfig | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    return folder ? this.configs.get(folder.uri.toString()) : undefined;
  }

  reloadAll(): Promise<void> {
    this.ready = Promise.all((vscode.workspace.workspaceFolders ?? []).map((folder) => this.reload(folder))).then(() => undefined);
    return this.ready;
  }

  private watchFolders(): void {
    const folders = vscode.workspace.workspaceFolders ?? [];
    const keys = new Set(folders.map((f) => f.uri.toString()));
    for (const [key, watcher] of this.watchers) {
      if (keys.has(key)) continue;
      watcher.dispose();
      this.watchers.delete(key);
      const old = this.configs.get(key);
      if (old) this.problems.delete(old.uri);
      this.configs.delete(key);
    }
    for (const folder of folders) {
      const key = folder.uri.toString();
      if (this.watchers.has(key)) continue;
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, CONFIG_FILE_NAME));
      const reload = () => void this.reload(folder);
      this.watchers.set(key, vscode.Disposable.from(watcher, watcher.onDidCreate(reload), watcher.onDidChange(reload), watcher.onDidDelete(reload)));
    }
    void this.reloadAll();
  }

  async reload(folder: vscode.WorkspaceFolder): Promise<void> {
    const key = folder.uri.toString();
    const load = (this.loads.get(key) ?? 0) + 1;
    this.loads.set(key, load);
    const uri = configUri(folder);
    let source: string | undefined;
    try {
      source = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    } catch {
      source = undefined; // No file: the built-in lexicon and the settings apply.
    }
    if (this.loads.get(key) !== load) return; // A newer read started while this one waited.
    const config = this.build(uri, source);
    this.configs.set(key, config);
    this.changed.fire();
  }

  private build(uri: vscode.Uri, source: string | undefined): ProjectConfig {
    if (source === undefined) {
      this.problems.delete(uri);
      return { uri, exists: false, ...EMPTY };
    }
    const { config, problems } = loadCore().parseConfigFile(source, vscode.workspace.asRelativePath(uri));
    this.report(uri, source, problems);
    // A custom lexicon is the one part of the file that changes what runs: only in a trusted workspace.
    const lexiconSkipped = !vscode.workspace.isTrusted && config.lexicon.length > 0;
    if (lexiconSkipped) this.tellUntrusted(uri);
    const custom = lexiconSkipped ? [] : config.lexicon;
    return {
      uri,
      exists: true,
      rules: loadCore().rulesWithExtras(custom),
      customRuleIds: new Set(custom.map((rule) => rule.id)),
      ruleSeverity: config.ruleSeverity,
      dimensionSeverity: config.dimensionSeverity,
      ignoredPhrases: config.ignoredPhrases,
      lexiconSkipped,
    };
  }

  private report(uri: vscode.Uri, source: string, problems: readonly FileProblem[]): void {
    const lines = source.split(/\r?\n/);
    this.problems.set(
      uri,
      problems.map((problem) => {
        const line = Math.max(0, problem.line - 1);
        const column = Math.max(0, problem.column - 1);
        const range = new vscode.Range(line, column, line, Math.max(column, (lines[line] ?? '').length));
        const diagnostic = new vscode.Diagnostic(range, problem.message, vscode.DiagnosticSeverity.Error);
        diagnostic.source = 'leadlint';
        return diagnostic;
      }),
    );
    if (!problems.length) return;
    const key = `${uri}\n${problems.map((p) => `${p.line}:${p.column} ${p.message}`).join('\n')}`;
    if (this.notified.has(key)) return;
    this.notified.add(key);
    const first = problems[0];
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
    const notice = `leadlint: ${vscode.workspace.asRelativePath(uri)} line ${first.line}: ${first.message}${more}. The built-in lexicon is used until this is fixed.`;
    this.lastNotice = notice;
    // Not awaited: a notification must never hold up analysis.
    void vscode.window.showWarningMessage(notice, 'Open File').then((choice) => {
      if (choice) void vscode.window.showTextDocument(uri, { selection: new vscode.Range(first.line - 1, first.column - 1, first.line - 1, first.column - 1) });
    });
  }

  private tellUntrusted(uri: vscode.Uri): void {
    if (this.toldUntrusted) return;
    this.toldUntrusted = true;
    const notice = `leadlint: this workspace is not trusted, so the custom lexicon in ${vscode.workspace.asRelativePath(uri)} is not loaded. The built-in lexicon and the file's other settings still apply; trust the workspace to use it.`;
    this.lastNotice = notice;
    void vscode.window.showInformationMessage(notice);
  }

  dispose(): void {
    for (const watcher of this.watchers.values()) watcher.dispose();
    for (const d of this.disposables) d.dispose();
  }
}

export function configUri(folder: vscode.WorkspaceFolder): vscode.Uri {
  return vscode.Uri.joinPath(folder.uri, CONFIG_FILE_NAME);
}
