// Typing into a large Arabic article while it is annotated, with the extension host's longest
// stall measured: a test at 1 MB (performance.test.ts) and a bench at 2 MB (responsiveness.bench.ts).
import * as assert from 'assert';
import * as vscode from 'vscode';
import { EventLoopStallMonitor, recordMetric } from './metrics';
import { closeAllEditors, openAnnotated, sampleArticle, scratchFile, sleep } from './helpers';

const KEYSTROKES = 20;

/** Types KEYSTROKES characters at the cursor of the active editor, a word every five keys. */
async function typeKeys(letter: string): Promise<void> {
  for (let key = 0; key < KEYSTROKES; key += 1) {
    await vscode.commands.executeCommand('type', { text: key % 5 === 4 ? ' ' : letter });
    await sleep(50);
  }
}

/**
 * The suite for an article of about `targetBytes` (kept under arabicAnnotator.maxDocumentSizeKB),
 * its metrics named with `prefix`: `${prefix}LongestStallMs` until the typed version's
 * annotations are in, and `${prefix}LongestStallMsNotAnnotated` for the same typing into an
 * English document of the same size (the host's own stall).
 */
export function describeTyping(targetBytes: number, prefix: string): void {
  describe(`Typing into a ~${Math.round(targetBytes / 1e6)} MB Arabic document`, () => {
    after(closeAllEditors);

    it(`keeps annotating while ${KEYSTROKES} keystrokes go into the article (stall measured)`, async function () {
      this.timeout(240_000);
      const copies = Math.floor(targetBytes / Buffer.byteLength(sampleArticle + '\n', 'utf8'));
      const uri = scratchFile(`large-${prefix}`, Array.from({ length: copies }, () => sampleArticle).join('\n'));
      const openedAt = performance.now();
      const { api, editor } = await openAnnotated(uri, vscode.ViewColumn.One, 180_000);
      recordMetric(`${prefix}OpenToFirstDecorationsMs`, performance.now() - openedAt);
      assert.ok(await api.annotations(uri), 'the large document is annotated');
      const insertAt = editor.document.lineAt(0).range.end;
      editor.selection = new vscode.Selection(insertAt, insertAt);
      const monitor = new EventLoopStallMonitor();
      const typingStarted = performance.now();
      await typeKeys('ب');
      const typed = performance.now();
      const annotations = await api.annotations(uri);
      recordMetric(`${prefix}LongestStallMs`, monitor.stop());
      recordMetric(`${prefix}LastKeyToAnnotationsMs`, performance.now() - typed);
      recordMetric(`${prefix}DurationMs`, typed - typingStarted);
      recordMetric(`${prefix}DocumentBytes`, Buffer.byteLength(editor.document.getText(), 'utf8'));
      assert.strictEqual(editor.document.version > 1, true, 'the keystrokes reached the document');
      assert.ok(annotations && annotations.entities.length > 0, 'the edited document is still annotated');
    });

    it('measures the same typing into an English document of that size it leaves alone (the host\'s own stall)', async function () {
      this.timeout(120_000);
      const line = 'The president said the talks were productive, according to the agency.\n';
      const uri = scratchFile(`large-english-${prefix}`, line.repeat(Math.ceil(targetBytes / line.length)));
      const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
      await sleep(1000);
      const insertAt = editor.document.lineAt(0).range.end;
      editor.selection = new vscode.Selection(insertAt, insertAt);
      const monitor = new EventLoopStallMonitor();
      await typeKeys('x');
      recordMetric(`${prefix}LongestStallMsNotAnnotated`, monitor.stop());
      assert.strictEqual(editor.document.version > 1, true, 'the keystrokes reached the document');
    });
  });
}
