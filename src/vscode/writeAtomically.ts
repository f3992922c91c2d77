import * as vscode from 'vscode';

/**
 * Writes text as a file atomically: to a temporary file beside it, renamed over it. A reader — the
 * user's other tools, a file watcher, a test — never sees the file half written.
 */
export async function writeFileAtomically(uri: vscode.Uri, text: string): Promise<void> {
  const temporary = uri.with({ path: `${uri.path}.${Date.now().toString(36)}.tmp` });
  await vscode.workspace.fs.writeFile(temporary, new TextEncoder().encode(text));
  await vscode.workspace.fs.rename(temporary, uri, { overwrite: true });
}
