import * as vscode from 'vscode';
import { DIMENSIONS, type Dimension, type Polarity, type Severity } from '../core/types';

export type RunMode = 'onType' | 'onSave' | 'manual';
export type SeverityOrOff = Severity | 'off';
export type EditorSeverityName = 'Error' | 'Warning' | 'Information' | 'Hint';

/** The `leadlint.*` settings for one document, read fresh each time (VS Code caches them). */
export interface Settings {
  enable: boolean;
  languages: string[];
  run: RunMode;
  debounceMs: number;
  /** Core severity → the severity VS Code shows, one map per polarity. */
  severity: Record<Polarity, Record<Severity, vscode.DiagnosticSeverity>>;
  dimensions: Partial<Record<Dimension, SeverityOrOff>>;
  rules: Record<string, SeverityOrOff>;
  ignoredPhrases: string[];
  showStrengths: boolean;
}

const EDITOR_SEVERITY: Record<EditorSeverityName, vscode.DiagnosticSeverity> = {
  Error: vscode.DiagnosticSeverity.Error,
  Warning: vscode.DiagnosticSeverity.Warning,
  Information: vscode.DiagnosticSeverity.Information,
  Hint: vscode.DiagnosticSeverity.Hint,
};

/** A draft is not a bug: by default nothing is red and a core `warning` shows as Information. */
export const DEFAULT_SEVERITY: Record<Polarity, Record<Severity, EditorSeverityName>> = {
  control: { error: 'Error', warning: 'Information', info: 'Information', hint: 'Hint' },
  inspiring: { error: 'Hint', warning: 'Hint', info: 'Hint', hint: 'Hint' },
};

const CORE_SEVERITIES = new Set(['error', 'warning', 'info', 'hint', 'off']);

export function readSettings(scope?: vscode.ConfigurationScope): Settings {
  const config = vscode.workspace.getConfiguration('leadlint', scope);
  const run = config.get<string>('run', 'onType');
  return {
    enable: config.get('enable', true),
    languages: config.get<string[]>('languages', ['markdown', 'plaintext']),
    run: run === 'onSave' || run === 'manual' ? run : 'onType',
    debounceMs: Math.max(0, config.get<number>('debounceMs', 300)),
    severity: {
      control: severityMap(config.get('severity.control'), DEFAULT_SEVERITY.control),
      inspiring: severityMap(config.get('severity.inspiring'), DEFAULT_SEVERITY.inspiring),
    },
    dimensions: pickSeverities(config.get('dimensions'), (key) => (DIMENSIONS as readonly string[]).includes(key)) as Settings['dimensions'],
    rules: pickSeverities(config.get('rules'), () => true),
    ignoredPhrases: (config.get<unknown[]>('ignoredPhrases') ?? []).filter((p): p is string => typeof p === 'string' && p.trim() !== ''),
    showStrengths: config.get('showStrengths', true),
  };
}

/** Settings come from hand-edited JSON: keep what is valid, ignore the rest (the schema already warns). */
function severityMap(value: unknown, defaults: Record<Severity, EditorSeverityName>): Record<Severity, vscode.DiagnosticSeverity> {
  const given = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
  const out = {} as Record<Severity, vscode.DiagnosticSeverity>;
  for (const key of Object.keys(defaults) as Severity[]) {
    const name = given[key];
    out[key] = EDITOR_SEVERITY[(typeof name === 'string' && name in EDITOR_SEVERITY ? name : defaults[key]) as EditorSeverityName];
  }
  return out;
}

function pickSeverities(value: unknown, keyOk: (key: string) => boolean): Record<string, SeverityOrOff> {
  const out: Record<string, SeverityOrOff> = {};
  if (!value || typeof value !== 'object') return out;
  for (const [key, severity] of Object.entries(value)) {
    if (keyOk(key) && typeof severity === 'string' && CORE_SEVERITIES.has(severity)) out[key] = severity as SeverityOrOff;
  }
  return out;
}

/** Whether leadlint looks at this document at all (enabled, a language it is asked to read, a real file). */
export function isLinted(document: vscode.TextDocument, settings = readSettings(document)): boolean {
  if (!settings.enable) return false;
  // Output channels and the like are documents too; never lint them.
  if (document.uri.scheme === 'output' || document.uri.scheme === 'vscode-scm') return false;
  return settings.languages.includes(document.languageId);
}
