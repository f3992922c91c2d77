/**
 * How the pure glue asks for a localised string: `vscode.l10n.t` in the editor, a plain
 * `{0}`-substituting formatter in unit tests. Messages are English and double as bundle keys.
 */
export type Translate = (message: string, ...args: Array<string | number>) => string;
