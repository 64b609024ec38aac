import * as vscode from 'vscode';
import type { Finding } from '../core';
import { type Analyses, findingRange, visibleFindings } from './analyses';
import { isLinted, readSettings } from './config';
import { DIMENSION_POLES } from './dimension-poles';
import type { RuleDocs } from './rule-docs';
import { asItWouldRead, escapeMarkdown } from './sentence';

/** How many rewrites a hover shows; the code actions list them all. */
const SHOWN_SUGGESTIONS = 2;

/**
 * Over a finding: which pole it sits on and why, the rewrite with the sentence as it would read,
 * and the rule's link. Over an inspiring phrase: what it does well. Short on purpose.
 */
export class HoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly analyses: Analyses,
    private readonly docs: RuleDocs,
  ) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.Hover | undefined> {
    const settings = readSettings(document);
    if (!isLinted(document, settings)) return undefined;
    const version = document.version;
    // In manual mode, explain only what the user asked to see.
    const result = settings.run === 'manual' ? this.analyses.current(document) : await this.analyses.analyze(document);
    if (token.isCancellationRequested) return undefined;
    if (document.version !== version) return this.provideHover(document, position, token);
    if (!result) return undefined;
    const here = visibleFindings(result, settings).filter((finding) => findingRange(document, finding).contains(position));
    if (!here.length) return undefined;
    const text = document.getText();
    // Short: the finding with a rewrite in full; any other one on the same words in a line.
    here.sort((a, b) => b.suggestions.length - a.suggestions.length);
    const parts = here.map((finding, i) => (i === 0 ? this.describe(text, finding, document.uri) : this.headline(finding, document.uri)));
    const markdown = new vscode.MarkdownString(parts.join('\n\n---\n\n'));
    let range = findingRange(document, here[0]);
    for (const finding of here.slice(1)) range = range.union(findingRange(document, finding));
    return new vscode.Hover(markdown, range);
  }

  private headline(finding: Finding, uri: vscode.Uri): string {
    const pole = finding.polarity === 'control' ? 'controls' : 'inspires';
    return `**${escapeMarkdown(finding.message)}** *(${finding.dimension}, ${pole})* · ${this.link(finding, uri)}`;
  }

  private link(finding: Finding, uri: vscode.Uri): string {
    const target = this.docs.uri(finding.ruleId, uri);
    return target ? `[${finding.ruleId}](${target.toString(true)})` : `\`${finding.ruleId}\``;
  }

  private describe(text: string, finding: Finding, uri: vscode.Uri): string {
    const pole = finding.polarity === 'control' ? 'controls' : 'inspires';
    const lines = [`**${escapeMarkdown(finding.message)}** *(${finding.dimension}, ${pole})*`];
    // Most lexicon explanations already name both poles; say them only when they do not.
    const namesPoles = /\(control\)/.test(finding.explanation) && /\(inspiring\)/.test(finding.explanation);
    lines.push(namesPoles ? escapeMarkdown(finding.explanation) : `${escapeMarkdown(DIMENSION_POLES[finding.dimension])} ${escapeMarkdown(finding.explanation)}`);
    const rewrites = finding.suggestions.slice(0, SHOWN_SUGGESTIONS).map((suggestion) => `- ${asItWouldRead(text, finding, suggestion)}`);
    if (rewrites.length) lines.push(`Try:\n\n${rewrites.join('\n')}`);
    lines.push(this.link(finding, uri));
    return lines.join('\n\n');
  }
}
