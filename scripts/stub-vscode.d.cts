/** Requires `file` with a stand-in `vscode` module (see stub-vscode.cjs). */
export function requireWithStubVscode(file: string): unknown;
