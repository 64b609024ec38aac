// Wiring only: create each feature, register it, dispose it. Each feature lives in its own file.
import * as vscode from 'vscode';
import { Analyses } from './analyses';
import { AnalyzeTone, ANALYZE_TONE_COMMAND } from './analyze-tone';
import { APPLY_FIX_COMMAND, applyFix } from './apply-fix';
import { CodeActionProvider } from './code-actions';
import { Diagnostics } from './diagnostics';
import { DISABLE_RULE_COMMAND, disableRuleInFile } from './disable-rule';
import { HoverProvider } from './hover';
import { IGNORE_PHRASE_COMMAND, ignorePhrase } from './ignore-phrase';
import { ProjectConfigs } from './project-config';
import { EXPORT_TONE_REPORT_COMMAND, exportToneReport } from './report/export-report';
import { ToneReportPanel } from './report/tone-report-panel';
import { RuleDocs } from './rule-docs';
import { StatusBar } from './status-bar';
import { WarmUp } from './warm-up';

/** What `activate` returns: for the extension-host tests, which cannot see notifications. */
export interface LeadlintApi {
  /** Resolves once every workspace folder's `.leadlint.json` has been read. */
  ready(): Promise<void>;
  /** The last notification leadlint showed about a config file, if any. */
  lastNotice(): string | undefined;
  /** Resolves once the lexicon was compiled by the warm-up that follows activation. */
  warmedUp(): Promise<void>;
  /** How many tone reports the panel has shown so far. */
  toneReportsShown(): number;
}

export function activate(context: vscode.ExtensionContext): LeadlintApi {
  // First, so its turn comes before any document's analysis: that one then finds the lexicon compiled.
  const warmUp = new WarmUp();
  const projects = new ProjectConfigs();
  const analyses = new Analyses(projects);
  const docs = new RuleDocs(context.extension.packageJSON, projects);
  const diagnostics = new Diagnostics(analyses, docs);
  const toneReport = new ToneReportPanel(context.extensionUri, analyses);
  const analyzeTone = new AnalyzeTone(analyses, diagnostics, toneReport);
  const statusBar = new StatusBar(analyses);
  // Every scheme, not just `file`: untitled drafts and vscode.dev's virtual files count too.
  const selector: vscode.DocumentSelector = [{ scheme: '*' }];

  context.subscriptions.push(
    warmUp,
    projects,
    analyses,
    diagnostics,
    analyzeTone,
    toneReport,
    statusBar,
    vscode.languages.registerHoverProvider(selector, new HoverProvider(analyses, docs)),
    vscode.languages.registerCodeActionsProvider(selector, new CodeActionProvider(analyses), CodeActionProvider.metadata),
    vscode.commands.registerCommand(ANALYZE_TONE_COMMAND, () => analyzeTone.run()),
    vscode.commands.registerCommand(EXPORT_TONE_REPORT_COMMAND, () => exportToneReport(analyses, toneReport)),
    vscode.commands.registerCommand(APPLY_FIX_COMMAND, applyFix),
    vscode.commands.registerCommand(IGNORE_PHRASE_COMMAND, (uri: string, phrase: string) => ignorePhrase(projects, uri, phrase)),
    vscode.commands.registerCommand(DISABLE_RULE_COMMAND, disableRuleInFile),
  );
  return { ready: () => projects.whenReady(), lastNotice: () => projects.lastNotice, warmedUp: () => warmUp.done, toneReportsShown: () => toneReport.reportsShown };
}

export function deactivate(): void {
  // Everything is in context.subscriptions.
}
