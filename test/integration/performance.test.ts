import * as assert from 'assert';
import * as vscode from 'vscode';
import { EventLoopStallMonitor, recordMetric } from './metrics';
import { closeAllEditors, openAnnotated, sampleArticle, scratchFile, sleep } from './helpers';

const TARGET_BYTES = 1_000_000;
const KEYSTROKES = 20;

/** Types KEYSTROKES characters at the cursor of the active editor, a word every five keys. */
async function typeKeys(letter: string): Promise<void> {
  for (let key = 0; key < KEYSTROKES; key += 1) {
    await vscode.commands.executeCommand('type', { text: key % 5 === 4 ? ' ' : letter });
    await sleep(50);
  }
}

describe('Typing into a large Arabic document', () => {
  after(closeAllEditors);

  it('keeps annotating while 20 keystrokes go into a ~1 MB article (stall measured)', async function () {
    this.timeout(240_000);
    const copies = Math.ceil(TARGET_BYTES / Buffer.byteLength(sampleArticle, 'utf8'));
    const uri = scratchFile('large', Array.from({ length: copies }, () => sampleArticle).join('\n'));
    const openedAt = performance.now();
    const { api, editor } = await openAnnotated(uri, vscode.ViewColumn.One, 180_000);
    recordMetric('largeDocumentOpenToFirstDecorationsMs', performance.now() - openedAt);
    assert.ok(await api.annotations(uri), 'the large document is annotated');
    const insertAt = editor.document.lineAt(0).range.end;
    editor.selection = new vscode.Selection(insertAt, insertAt);
    const monitor = new EventLoopStallMonitor();
    const typingStarted = performance.now();
    await typeKeys('ب');
    const typed = performance.now();
    const annotations = await api.annotations(uri);
    recordMetric('typingLongestStallMs', monitor.stop());
    recordMetric('typingLastKeyToAnnotationsMs', performance.now() - typed);
    recordMetric('typingDurationMs', typed - typingStarted);
    recordMetric('largeDocumentBytes', Buffer.byteLength(editor.document.getText(), 'utf8'));
    assert.strictEqual(editor.document.version > 1, true, 'the keystrokes reached the document');
    assert.ok(annotations && annotations.entities.length > 0, 'the edited document is still annotated');
  });

  it('measures the same typing into a ~1 MB English document it leaves alone (the host\'s own stall)', async function () {
    this.timeout(120_000);
    const line = 'The president said the talks were productive, according to the agency.\n';
    const uri = scratchFile('large-english', line.repeat(Math.ceil(TARGET_BYTES / line.length)));
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await sleep(1000);
    const insertAt = editor.document.lineAt(0).range.end;
    editor.selection = new vscode.Selection(insertAt, insertAt);
    const monitor = new EventLoopStallMonitor();
    await typeKeys('x');
    recordMetric('typingLongestStallMsNotAnnotated', monitor.stop());
    assert.strictEqual(editor.document.version > 1, true, 'the keystrokes reached the document');
  });
});
