// Reviewing what the analysis guessed: the commands walk through the uncertain annotations (names
// the tagger hesitated over, guessed speakers), each with a dotted border and saying so in its hover.
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

  /** Runs the command and waits for the selection it makes to differ from `before`'s. */
  async function walk(command, before) {
    await runCommand(page, command);
    const by = Date.now() + 15_000;
    let selection = await editorSelection(page);
    while ((selection.selected === 0 || selection.text === before?.text) && Date.now() < by) {
      await page.waitForTimeout(100);
      selection = await editorSelection(page);
    }
    return selection;
  }

  /** Waits for a dotted border over the selection (the marks are drawn after the highlights), then checks there is one. */
  async function assertDottedSelection(what) {
    let boxes = await page.evaluate(selectionAndDottedBoxes);
    const marked = () => boxes.dotted.some((dotted) => boxes.selection.some((selected) => overlaps(dotted, selected)));
    const by = Date.now() + 15_000;
    while (!marked() && Date.now() < by) {
      await page.waitForTimeout(100);
      boxes = await page.evaluate(selectionAndDottedBoxes);
    }
    assert.ok(boxes.selection.length > 0, 'the selection is on screen');
    assert.ok(marked(), `the selected ${what} has a dotted border`);
    return boxes.selection[0];
  }

  async function hoverSays(box, words, name) {
    await page.mouse.move((box.left + box.right) / 2, (box.top + box.bottom) / 2, { steps: 2 });
    await page.locator('.monaco-hover:not(.hidden)', { hasText: words }).waitFor({ state: 'visible', timeout: 15_000 });
    await screenshot(page, name);
    // Out of the way of the next selection's boxes.
    await page.mouse.move(5, 5);
    await page.keyboard.press('Escape');
  }

  // A name is at most a few words; a quotation is longer.
  const NAME_LENGTH = 25;

  it('Go to Next Uncertain Annotation selects first a name the tagger hesitated over, with a dotted border and a hover that says so', async () => {
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: ui.sampleName }).click();
    await page.waitForFunction(() => document.querySelectorAll('.monaco-editor .view-overlays .cdr').length > 0, undefined, { polling: 50, timeout: 60_000 });
    await page.locator('.monaco-editor .view-lines .view-line').first().click();
    await page.keyboard.press('Control+Home');
    const selection = await walk('Go to Next Uncertain Annotation');
    assert.ok(selection.selected > 0 && selection.selected < NAME_LENGTH, `a name is selected: ${selection.text}`);
    const box = await assertDottedSelection('name');
    await screenshot(page, 'uncertain-name-selected');
    await hoverSays(box, 'uncertain: the tagger hesitated over this name', 'uncertain-name-hover');
  });

  it('Go to Previous Uncertain Annotation goes back to the one before', async () => {
    const first = await editorSelection(page);
    const second = await walk('Go to Next Uncertain Annotation', first);
    assert.notEqual(second.text, first.text, 'the next one is another annotation');
    const back = await walk('Go to Previous Uncertain Annotation', second);
    assert.equal(back.text, first.text);
  });

  it('goes on to a quotation whose speaker was guessed, with a dotted border and a hover that says so', async () => {
    let selection = await editorSelection(page);
    for (let step = 0; step < 40 && selection.selected < NAME_LENGTH; step++) selection = await walk('Go to Next Uncertain Annotation', selection);
    assert.ok(selection.selected >= NAME_LENGTH, `a quotation is selected: ${selection.text}`);
    assert.ok(selection.line > 1, `the cursor moved into the article: ${selection.text}`);
    const box = await assertDottedSelection('quotation');
    await screenshot(page, 'uncertain-selected');
    await hoverSays(box, 'uncertain: the speaker is guessed from the context', 'uncertain-hover');
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
