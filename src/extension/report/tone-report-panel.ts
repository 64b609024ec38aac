import * as vscode from 'vscode';
import { suggestionEdit } from '../../core/fix';
import { runInSlices } from '../../core/slices';
import type { SentenceCache, ToneReport } from '../../core/report';
import { loadReport } from '../core-loader';
import type { Analyses } from '../analyses';
import { isLinted, readSettings } from '../config';
import { parseMessage, type WebviewMessage } from './messages';
import { makeNonce, pageHtml } from './page';
import { messageBody, reportBody } from './report-view';
import { yieldTurn } from '../yield-turn';

export const TONE_REPORT_VIEW = 'leadlint.toneReport';

/** Typing pauses shorter than this do not redraw the report (it parses the draft once more). */
const MIN_DEBOUNCE_MS = 300;

interface Shown {
  document: vscode.TextDocument;
  version: number;
  report: ToneReport;
}

/**
 * The report for a document without blocking the editor (the panel's and the Markdown
 * export's): the analysis, the report's own parse of the draft (only its changed blocks,
 * with a `SentenceCache` kept between calls) and the report itself run in slices. Undefined
 * once `superseded()`.
 */
export async function reportInSlices(analyses: Analyses, document: vscode.TextDocument, sentences: SentenceCache, superseded: () => boolean): Promise<ToneReport | undefined> {
  const result = await analyses.analyze(document);
  if (!result || superseded()) return undefined;
  const text = document.getText();
  const signal = {
    get aborted() {
      return superseded();
    },
  };
  if (!(await sentences.prepare(text, document.languageId, { signal, yield: yieldTurn })) || superseded()) return undefined;
  return runInSlices(loadReport().reportSteps(text, result, { languageId: document.languageId, rules: analyses.optionsFor(document).rules, sentences }), { signal, yield: yieldTurn });
}

export function documentName(document: vscode.TextDocument): string {
  return document.isUntitled ? document.uri.path : vscode.workspace.asRelativePath(document.uri, false);
}

/**
 * The "Analyze tone" panel beside the draft. It follows the active text editor, redraws
 * (debounced) as the draft changes, and turns the webview's clicks into edits only after
 * checking them against the report it last showed.
 */
export class ToneReportPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private document: vscode.TextDocument | undefined;
  private shown: Shown | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The draft's sentences as the last report parsed them, so the next parses only what changed (made on first use: it loads the core). */
  private sentences: SentenceCache | undefined;
  /** Counts renders, so a slower earlier one never overwrites a later one. */
  private renders = 0;
  /** How many reports were shown (for the extension-host tests, which cannot see the webview). */
  reportsShown = 0;
  private readonly disposables: vscode.Disposable[];
  private readonly media: vscode.Uri;

  constructor(
    extensionUri: vscode.Uri,
    private readonly analyses: Analyses,
  ) {
    this.media = vscode.Uri.joinPath(extensionUri, 'media', 'report');
    this.disposables = [
      // Focusing the panel itself leaves no active text editor: keep the draft we had.
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (editor && this.panel && editor.document !== this.document) this.follow(editor.document);
      }),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document === this.document && event.contentChanges.length) this.schedule();
      }),
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (document === this.document) this.follow(undefined);
      }),
      analyses.onDidChangeConfiguration(() => this.schedule()),
    ];
  }

  /** The draft the panel reports on (for the export command when the panel has focus). */
  get currentDocument(): vscode.TextDocument | undefined {
    return this.document;
  }

  show(document: vscode.TextDocument | undefined): void {
    if (this.panel) this.panel.reveal(undefined, true);
    else this.panel = this.createPanel();
    this.follow(document);
  }

  private createPanel(): vscode.WebviewPanel {
    const panel = vscode.window.createWebviewPanel(
      TONE_REPORT_VIEW,
      'Tone report',
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      { enableScripts: true, localResourceRoots: [this.media] },
    );
    const webview = panel.webview;
    webview.html = pageHtml(
      {
        cspSource: webview.cspSource,
        styleUri: webview.asWebviewUri(vscode.Uri.joinPath(this.media, 'report.css')).toString(),
        scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(this.media, 'report.js')).toString(),
        nonce: makeNonce(),
      },
      messageBody('Analysing…', ''),
    );
    webview.onDidReceiveMessage((raw) => void this.onMessage(raw));
    panel.onDidDispose(() => {
      this.panel = undefined;
      this.shown = undefined;
      clearTimeout(this.timer);
    });
    return panel;
  }

  private follow(document: vscode.TextDocument | undefined): void {
    if (document !== this.document) this.sentences = undefined;
    this.document = document;
    clearTimeout(this.timer);
    void this.render();
  }

  private schedule(): void {
    if (!this.panel) return;
    clearTimeout(this.timer);
    const wait = this.document ? Math.max(MIN_DEBOUNCE_MS, readSettings(this.document).debounceMs) : MIN_DEBOUNCE_MS;
    this.timer = setTimeout(() => void this.render(), wait);
  }

  private async render(): Promise<void> {
    const panel = this.panel;
    if (!panel) return;
    const document = this.document;
    const run = ++this.renders;
    this.shown = undefined;
    let html: string;
    if (!document || document.isClosed) {
      panel.title = 'Tone report';
      html = messageBody('No draft to report on', 'Open a Markdown or plain-text draft; its tone report appears here and follows the editor you are in.');
    } else if (!isLinted(document)) {
      panel.title = 'Tone report';
      const languages = readSettings(document).languages.join(', ');
      html = messageBody(
        `leadlint does not analyse ${document.languageId} files`,
        `${documentName(document)} is ${document.languageId}. leadlint reports on the languages in the “leadlint.languages” setting (${languages || 'none'}). ` +
          'Switch to a draft in one of them, or add this language to the setting.',
      );
    } else {
      panel.title = `Tone: ${documentName(document).split('/').pop()}`;
      try {
        const report = await this.reportForRender(document, run);
        // Superseded by a newer render (the draft changed, or the panel follows another one).
        if (!report) return;
        html = reportBody(report, { name: documentName(document), version: document.version });
        this.shown = { document, version: document.version, report };
        this.reportsShown++;
      } catch (error) {
        // Say so in the panel rather than leave an old report up as if it were current.
        html = messageBody('leadlint could not build this report', String((error as Error)?.message ?? error));
      }
    }
    void panel.webview.postMessage({ type: 'render', html, version: this.shown?.version ?? -1 });
  }

  /** The report for this render, or undefined once a newer render or an edit supersedes it. */
  private reportForRender(document: vscode.TextDocument, run: number): Promise<ToneReport | undefined> {
    const version = document.version;
    return reportInSlices(this.analyses, document, this.sentencesFor(document), () => run !== this.renders || document.isClosed || document.version !== version);
  }

  /**
   * The sentence cache for a draft: the panel's own when the draft is the one it shows (the
   * export from its title bar then parses nothing the panel has not), a fresh one otherwise.
   */
  sentencesFor(document: vscode.TextDocument): SentenceCache {
    if (document !== this.document) return loadReport().reportSentenceCache();
    this.sentences ??= loadReport().reportSentenceCache();
    return this.sentences;
  }

  private async onMessage(raw: unknown): Promise<void> {
    const message = parseMessage(raw);
    if (!message) return;
    if (message.type === 'ready') return this.render();
    const shown = this.shown;
    // A click on a report for an older version would edit the wrong words: redraw instead.
    if (!shown || shown.document.isClosed || shown.document.version !== message.version || shown.version !== message.version) {
      return this.render();
    }
    if (message.type === 'reveal') return this.reveal(shown.document, message);
    return this.apply(shown, message);
  }

  private async reveal(document: vscode.TextDocument, message: Extract<WebviewMessage, { type: 'reveal' }>): Promise<void> {
    const size = document.getText().length;
    if (message.offset > size) return;
    const end = Math.min(size, message.offset + message.length);
    const range = new vscode.Range(document.positionAt(message.offset), document.positionAt(end));
    const visible = vscode.window.visibleTextEditors.find((e) => e.document === document);
    const editor = await vscode.window.showTextDocument(document, { viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One, selection: range });
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  private async apply(shown: Shown, message: Extract<WebviewMessage, { type: 'apply' }>): Promise<void> {
    const top = shown.report.topFindings.find((t) => t.key === message.key);
    if (!top || top.rewrite === undefined) return;
    const { document } = shown;
    const text = document.getText();
    const { finding } = top;
    // The report and the document agree on the version; check the words too, to be certain.
    if (text.slice(finding.offset, finding.offset + finding.length) !== finding.text) return this.render();
    const change = suggestionEdit(text, finding, top.rewrite);
    const edit = new vscode.WorkspaceEdit();
    edit.replace(document.uri, new vscode.Range(document.positionAt(change.offset), document.positionAt(change.offset + change.length)), change.newText);
    // On success the change redraws the report; on failure redraw now, to re-enable the button.
    if (!(await vscode.workspace.applyEdit(edit))) void this.render();
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.panel?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
