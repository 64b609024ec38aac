import * as vscode from 'vscode';
import type { ProjectConfigs } from './project-config';

/**
 * Where a rule is documented: the generated `docs/rules.md` in the repository (one anchor per
 * rule id), or, for a rule from the project's own lexicon, the `.leadlint.json` that defines it.
 */
export class RuleDocs {
  private readonly base: string | undefined;

  constructor(
    packageJson: { repository?: string | { url?: string } },
    private readonly projects: ProjectConfigs,
  ) {
    const url = typeof packageJson.repository === 'string' ? packageJson.repository : packageJson.repository?.url;
    this.base = url ? `${url.replace(/^git\+/, '').replace(/\.git$/, '')}/blob/main/docs/rules.md` : undefined;
  }

  uri(ruleId: string, document?: vscode.Uri): vscode.Uri | undefined {
    const project = document && this.projects.forDocument(document);
    if (project?.customRuleIds.has(ruleId)) return project.uri;
    return this.base ? vscode.Uri.parse(`${this.base}#${ruleId}`) : undefined;
  }
}
