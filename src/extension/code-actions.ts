import * as vscode from 'vscode';
import type { AnalysisResult, Finding } from '../core';
import { fixToFixedPoint, minimalEdit, suggestionEdit } from '../core/fix';
import { type Analyses, findingRange, visibleFindings } from './analyses';
import { type Settings, isLinted, readSettings } from './config';
import { isDiagnosticFor } from './diagnostics';
import { APPLY_FIX_COMMAND, type FixArguments } from './apply-fix';
import { DISABLE_RULE_COMMAND } from './disable-rule';
import { IGNORE_PHRASE_COMMAND } from './ignore-phrase';

const INLINE_COMMENT_LANGUAGES = new Set(['markdown', 'plaintext']);

/** A phrase as one line: a finding can wrap across lines, a title or a setting should not. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** `source.fixAll.leadlint`: what "Fix all" and `editor.codeActionsOnSave` ask for. */
export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('leadlint');

/**
 * Quick fixes for a finding (one per suggestion, the best one preferred), "ignore this phrase"
 * and "disable this rule here", plus the fix-all source action.
 */
export class CodeActionProvider implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND],
  };

  constructor(private readonly analyses: Analyses) {}

  async provideCodeActions(
    document: vscode.TextDocument,
    range: vscode.Range,
    context: vscode.CodeActionContext,
    token: vscode.CancellationToken,
  ): Promise<vscode.CodeAction[]> {
    const settings = readSettings(document);
    if (!isLinted(document, settings)) return [];
    const version = document.version;
    // Fix-all is asked for explicitly (a command, or on save, where VS Code waits for the answer
    // before it writes the file): analyse at once, even in manual mode.
    const fixAll = context.only !== undefined && FIX_ALL_KIND.intersects(context.only);
    if (fixAll) return this.fixAll(document, settings);
    const result = settings.run === 'manual' ? this.analyses.current(document) : await this.analyses.analyze(document);
    if (token.isCancellationRequested) return [];
    // Edits are built from the text of `version`. If the document moved on while it was analysed
    // (and nobody cancelled the request), answer for the text as it is now instead.
    if (document.version !== version) return this.provideCodeActions(document, range, context, token);
    if (!result) return [];
    const findings = visibleFindings(result, settings).filter((finding) => finding.polarity === 'control');
    if (context.only && !vscode.CodeActionKind.QuickFix.intersects(context.only)) return [];
    // Rewrites first; then one "ignore" per phrase and one "disable" per rule (two rules can share a span).
    const fixes: vscode.CodeAction[] = [];
    const ignores = new Map<string, vscode.CodeAction>();
    const disables = new Map<string, vscode.CodeAction>();
    for (const finding of findings) {
      const findingAt = findingRange(document, finding);
      if (!findingAt.intersection(range)) continue;
      const diagnostics = context.diagnostics.filter((d) => isDiagnosticFor(d, finding, findingAt));
      fixes.push(...this.fixes(document, finding, diagnostics));
      const phrase = oneLine(finding.text).toLowerCase();
      if (!ignores.has(phrase)) ignores.set(phrase, ignorePhrase(document, finding, diagnostics));
      else ignores.get(phrase)!.diagnostics!.push(...diagnostics);
      // An inline comment is only safe where leadlint reads it and it cannot end up in the text
      // (a comment line would become a commit message's subject, for instance).
      if (INLINE_COMMENT_LANGUAGES.has(document.languageId) && !disables.has(finding.ruleId)) {
        disables.set(finding.ruleId, disableRule(document, finding, diagnostics));
      }
    }
    return [...fixes, ...ignores.values(), ...disables.values()];
  }

  /**
   * Suggestions run through a command that checks the document version, so a fix computed for
   * one version is never applied to text that has changed since.
   */
  private fixes(document: vscode.TextDocument, finding: Finding, diagnostics: vscode.Diagnostic[]): vscode.CodeAction[] {
    const text = document.getText();
    return finding.suggestions.map((suggestion, index) => {
      const title = suggestion ? `Replace “${oneLine(finding.text)}” with “${suggestion}”` : `Remove “${oneLine(finding.text)}”`;
      const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
      const edit = suggestionEdit(text, finding, suggestion);
      const args: FixArguments = { uri: document.uri.toString(), version: document.version, edits: [{ ...edit, oldText: text.slice(edit.offset, edit.offset + edit.length) }] };
      action.command = { command: APPLY_FIX_COMMAND, title, arguments: [args] };
      action.diagnostics = diagnostics;
      action.isPreferred = index === 0;
      return action;
    });
  }

  /**
   * VS Code asks for fix-all just before it applies it (and on save), so this edit is built
   * against the current text; the editor refuses it if the document changed in between.
   * Fixing runs to a fixed point in the core (as the CLI's --fix), so "Fix all" twice equals
   * once; the result is one replace of the changed middle, leaving the rest of the text untouched.
   */
  private fixAll(document: vscode.TextDocument, settings: Settings): vscode.CodeAction[] {
    const original = document.getText();
    const fixable = (result: AnalysisResult) => visibleFindings(result, settings).filter((f) => f.polarity === 'control');
    const first = this.analyses.resultFor(document);
    const fixed = fixToFixedPoint(original, (text) => fixable(text === original ? first : this.analyses.resultForText(document, text)));
    const edit = minimalEdit(original, fixed.text);
    if (!edit) return [];
    const action = new vscode.CodeAction('Apply all leadlint suggestions', FIX_ALL_KIND);
    action.edit = new vscode.WorkspaceEdit();
    action.edit.replace(document.uri, new vscode.Range(document.positionAt(edit.offset), document.positionAt(edit.offset + edit.length)), edit.newText);
    return [action];
  }
}

function ignorePhrase(document: vscode.TextDocument, finding: Finding, diagnostics: vscode.Diagnostic[]): vscode.CodeAction {
  const inWorkspace = vscode.workspace.getWorkspaceFolder(document.uri) !== undefined;
  const phrase = oneLine(finding.text);
  const title = `Ignore “${phrase}” ${inWorkspace ? 'in this workspace' : 'in your user settings'}`;
  const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
  action.command = { command: IGNORE_PHRASE_COMMAND, title, arguments: [document.uri.toString(), phrase] };
  action.diagnostics = diagnostics;
  return action;
}

function disableRule(document: vscode.TextDocument, finding: Finding, diagnostics: vscode.Diagnostic[]): vscode.CodeAction {
  const title = `Disable rule ${finding.ruleId} in this file`;
  const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
  action.command = { command: DISABLE_RULE_COMMAND, title, arguments: [document.uri.toString(), document.version, finding.ruleId] };
  action.diagnostics = diagnostics;
  return action;
}
