// Shared steps for the integration suites: they drive the extension only through the VS Code API and
// the extension's exported API, and never call activate() themselves.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';

// Types only, erased at compile time: in .vsix mode no code of this repository's src is loaded.
import type { AnnotatorApi } from '../../src/vscode/extension';
import type { HighlightKind } from '../../src/vscode/model/highlights';

export type { AnnotatorApi };
export const EXTENSION_ID = 'arabic-article-annotator.arabic-article-annotator';
export const DECORATION_KINDS: readonly HighlightKind[] = ['person', 'place', 'organization', 'quotation'];

const repositoryRoot = path.resolve(__dirname, '..', '..', '..');
export const sampleArticle = fs.readFileSync(path.join(repositoryRoot, 'seeds', 'sample-article.txt'), 'utf8');

const scratchDir = fs.mkdtempSync(path.join(os.tmpdir(), 'annotator-integration-'));
let scratchCount = 0;

/** Writes `content` to a new file (by default a .txt, a plain text document as a user would open one). */
export function scratchFile(stem: string, content: string, extension = '.txt'): vscode.Uri {
  scratchCount += 1;
  const file = path.join(scratchDir, `${String(scratchCount).padStart(2, '0')}-${stem}${extension}`);
  fs.writeFileSync(file, content, 'utf8');
  return vscode.Uri.file(file);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Polls `probe` until it returns something truthy; fails with `what` after the timeout. */
export async function waitFor<T>(what: string, probe: () => T | Promise<T>, timeoutMs = 20_000, everyMs = 20): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  while (Date.now() < deadline) {
    last = await probe();
    if (last) return last as NonNullable<T>;
    await sleep(everyMs);
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what} (last value: ${JSON.stringify(last)})`);
}

/** The extension's API once it has activated by itself (opening a plain-text document triggers it). */
export async function annotatorApi(): Promise<AnnotatorApi> {
  const extension = vscode.extensions.getExtension<AnnotatorApi>(EXTENSION_ID);
  assert.ok(extension, `extension ${EXTENSION_ID} is not installed`);
  await waitFor('the extension to activate by itself', () => extension.isActive);
  return extension.exports;
}

export async function openInEditor(uri: vscode.Uri, column = vscode.ViewColumn.One): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(document, { viewColumn: column, preview: false });
}

export async function closeAllEditors(): Promise<void> {
  for (const document of vscode.workspace.textDocuments) {
    if (!document.isDirty) continue;
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

export function decorationCount(api: AnnotatorApi, uri: vscode.Uri, kinds: readonly HighlightKind[] = DECORATION_KINDS): number {
  const ranges = api.decorationRanges(uri);
  return kinds.reduce((sum, kind) => sum + (ranges[kind]?.length ?? 0), 0);
}

/** Opens the document and waits until the extension has drawn its highlights. */
export async function openAnnotated(
  uri: vscode.Uri,
  column = vscode.ViewColumn.One,
  timeoutMs = 60_000,
): Promise<{ api: AnnotatorApi; editor: vscode.TextEditor }> {
  const editor = await openInEditor(uri, column);
  const api = await annotatorApi();
  await waitFor(`highlights in ${path.basename(uri.fsPath)}`, () => decorationCount(api, uri) > 0, timeoutMs);
  return { api, editor };
}

/** Offset of the `occurrence`-th (0-based) match of `needle`. */
export function offsetOf(text: string, needle: string, occurrence = 0): number {
  let offset = -1;
  for (let seen = 0; seen <= occurrence; seen += 1) {
    offset = text.indexOf(needle, offset + 1);
    assert.ok(offset >= 0, `"${needle}" occurs fewer than ${occurrence + 1} times`);
  }
  return offset;
}

/** The middle of the `occurrence`-th match of `needle`, as a position. */
export function positionInside(document: vscode.TextDocument, needle: string, occurrence = 0): vscode.Position {
  const start = offsetOf(document.getText(), needle, occurrence);
  return document.positionAt(start + Math.floor(needle.length / 2));
}

function hoverContentText(content: vscode.MarkdownString | vscode.MarkedString): string {
  if (typeof content === 'string') return content;
  return content.value;
}

/** The markdown source of every hover card shown at `position`. */
export async function hoverTexts(uri: vscode.Uri, position: vscode.Position): Promise<string[]> {
  const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position)) ?? [];
  return hovers.flatMap((hover) => hover.contents.map(hoverContentText)).filter((text) => text.trim().length > 0);
}

export async function documentSymbols(uri: vscode.Uri): Promise<vscode.DocumentSymbol[]> {
  return (await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri)) ?? [];
}

/** Sets a user setting of the extension for the duration of `body`, then restores the default. */
export async function withSetting<T>(key: string, value: unknown, body: () => Promise<T>): Promise<T> {
  const configuration = vscode.workspace.getConfiguration('arabicAnnotator');
  await configuration.update(key, value, vscode.ConfigurationTarget.Global);
  try {
    return await body();
  } finally {
    await vscode.workspace.getConfiguration('arabicAnnotator').update(key, undefined, vscode.ConfigurationTarget.Global);
  }
}

export function spanRange(document: vscode.TextDocument, span: { start: number; end: number }): vscode.Range {
  return new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
}
