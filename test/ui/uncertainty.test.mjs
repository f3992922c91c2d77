// Reviewing what the analysis guessed: the command walks to an uncertain annotation, which has a
// dotted border and says so in its hover.
import assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { editorSelection, runCommand, screenshot, ui, workbenchSession } from './workbench.mjs';

/** On-screen boxes of the editor's selection and of the overlays drawn with a dotted border. */
function selectionAndDottedBoxes() {
  const boxes = (selector, keep = () => true) => [...document.querySelectorAll(selector)]
    .filter(keep)
    .map((element) => element.getBoundingClientRect())
    .filter((rect) => rect.width > 0)
    .map(({ left, right, top, bottom }) => ({ left, right, top, bottom }));
  return {
    selection: boxes('.monaco-editor .view-overlays .selected-text'),
    dotted: boxes('.monaco-editor .view-overlays div > div', (element) => getComputedStyle(element).borderTopStyle === 'dotted'),
  };
}

const overlaps = (a, b) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0;

describe('Uncertain annotations (UI)', function () {
  this.timeout(90_000);
  const session = workbenchSession('uncertainty');
  let page;

  before(() => {
    ({ page } = session);
  });

  it('Go to Next Uncertain Annotation selects a quotation with a dotted border whose hover says it is uncertain', async () => {
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: ui.sampleName }).click();
    await page.waitForFunction(() => document.querySelectorAll('.monaco-editor .view-overlays .cdr').length > 0, undefined, { polling: 50, timeout: 60_000 });
    await page.locator('.monaco-editor .view-lines .view-line').first().click();
    await page.keyboard.press('Control+Home');
    await runCommand(page, 'Go to Next Uncertain Annotation');
    await page.waitForFunction(() => /\(\d+ selected\)/.test(document.querySelector('#status\\.editor\\.selection')?.textContent ?? ''));
    const selection = await editorSelection(page);
    assert.ok(selection.line > 1, `the cursor moved into the article: ${selection.text}`);

    // The dotted border is drawn once the marks are (after the highlights): wait for one on the selection.
    let boxes = await page.evaluate(selectionAndDottedBoxes);
    const by = Date.now() + 15_000;
    while (!boxes.dotted.some((dotted) => boxes.selection.some((selected) => overlaps(dotted, selected))) && Date.now() < by) {
      await page.waitForTimeout(100);
      boxes = await page.evaluate(selectionAndDottedBoxes);
    }
    assert.ok(boxes.selection.length > 0, 'the selection is on screen');
    assert.ok(boxes.dotted.some((dotted) => boxes.selection.some((selected) => overlaps(dotted, selected))), 'the selected quotation has a dotted border');
    await screenshot(page, 'uncertain-selected');

    const [first] = boxes.selection;
    await page.mouse.move((first.left + first.right) / 2, (first.top + first.bottom) / 2, { steps: 2 });
    await page.locator('.monaco-hover:not(.hidden)', { hasText: 'uncertain: the speaker is guessed from the context' }).waitFor({ state: 'visible', timeout: 15_000 });
    await screenshot(page, 'uncertain-hover');
  });

  it('arabicAnnotator.uncertaintyMarks off takes the dotted borders away, and on brings them back', async () => {
    const dottedCount = async () => (await page.evaluate(selectionAndDottedBoxes)).dotted.length;
    const waitForDotted = async (present) => {
      const by = Date.now() + 15_000;
      while ((await dottedCount() > 0) !== present && Date.now() < by) await page.waitForTimeout(100);
      return dottedCount();
    };
    assert.ok(await waitForDotted(true) > 0, 'dotted borders are drawn by default');
    const folder = join(ui.workspace, '.vscode');
    mkdirSync(folder, { recursive: true });
    try {
      writeFileSync(join(folder, 'settings.json'), JSON.stringify({ 'arabicAnnotator.uncertaintyMarks': false }));
      assert.equal(await waitForDotted(false), 0, 'no dotted border once the setting is off');
      await screenshot(page, 'uncertainty-marks-off');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
    assert.ok(await waitForDotted(true) > 0, 'the dotted borders come back with the setting');
  });
});
