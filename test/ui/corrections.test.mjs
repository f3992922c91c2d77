// Correcting annotations as a user does: a quick fix on a name, the command palette and a quick
// pick on a quotation, the hover card's links; the corrections are kept beside the article and
// hold across a window reload (hover cards, Speakers view, Outline).
import assert from 'node:assert/strict';
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chooseCommand } from './command-palette.mjs';
import { expandRow, openWorkbench, runCommand, screenshot, sidecarCorrection, ui, viewPane, wordBox } from './workbench.mjs';

// A copy of the sample of its own: a window's extension host may still hold the corrections for a
// moment after the file is gone, and the other UI tests must see the sample as the analysis gives it.
const articleName = 'corrections-under-test.txt';
const article = join(ui.workspace, articleName);
const sidecar = `${article}.annotations.json`;

async function waitForHighlights(page) {
  await page.waitForFunction(() => document.querySelectorAll('.monaco-editor .view-overlays .cdr').length > 0, undefined, { timeout: 60_000 });
}

/** Puts the cursor in the first on-screen «word». */
async function clickWord(page, word) {
  const box = await wordBox(page, word);
  await page.mouse.click((box.left + box.right) / 2, (box.top + box.bottom) / 2);
}

/**
 * Runs `ask` until `shown` is visible, at most 3 times: a hover or menu asked for while the window
 * is still busy (just opened or reloaded, still analysing) may come back without it. A screenshot
 * is kept of each empty attempt.
 */
async function askUntilShown(page, shown, ask, name) {
  for (let attempt = 1; ; attempt++) {
    await ask();
    try {
      await shown.waitFor({ state: 'visible', timeout: 10_000 });
      return;
    } catch (error) {
      await screenshot(page, `${name}-attempt-${attempt}`);
      if (attempt === 3) throw error;
      await page.keyboard.press('Escape');
    }
  }
}

/** Shows the hover card over the first on-screen «word», once it has all of `texts`: its locator. */
async function showHover(page, word, texts) {
  let card = page.locator('.monaco-hover:not(.hidden)');
  for (const text of texts) card = card.filter({ hasText: text });
  await askUntilShown(page, card, async () => {
    const box = await wordBox(page, word);
    await page.mouse.move(5, 5);
    await page.mouse.move((box.left + box.right) / 2, (box.top + box.bottom) / 2, { steps: 5 });
  }, 'hover-card');
  return card;
}

/** The text of the hover card over the first on-screen «word», once it shows all of `texts`. */
async function hoverCard(page, word, texts) {
  const text = await (await showHover(page, word, texts)).innerText();
  await page.mouse.move(5, 5);
  await page.keyboard.press('Escape');
  return text;
}

/** Clicks the link `label` of the hover card over «word», as a user does (the card stays while the pointer is on it). */
async function clickHoverLink(page, word, label) {
  const card = await showHover(page, word, [label]);
  await card.locator('a', { hasText: label }).first().click();
}

/**
 * The Outline's rows under the speaker `name` (Speakers group), once `accept` takes their texts.
 * The workspace folder's pane is folded so the Outline has the side bar's height.
 */
async function outlineQuotations(page, name, accept) {
  await runCommand(page, 'Explorer: Focus on Outline View');
  const folders = page.locator('.pane-header', { hasText: 'Workspace' });
  if ((await folders.getAttribute('aria-expanded')) === 'true') await folders.click();
  const outline = viewPane(page, 'Outline');
  const deadline = Date.now() + 20_000;
  for (;;) {
    await outline.locator('.pane-header').hover();
    await outline.locator('.pane-header .action-label[aria-label^="Collapse All"]').click();
    const speakers = outline.locator('.monaco-list-row[aria-level="1"]', { hasText: 'Speakers' });
    await speakers.waitFor({ state: 'visible' });
    await expandRow(speakers);
    const speaker = outline.locator('.monaco-list-row[aria-level="2"]', { hasText: name }).first();
    await speaker.waitFor({ state: 'visible' });
    await expandRow(speaker);
    await outline.locator('.monaco-list-row[aria-level="3"]').first().waitFor({ state: 'visible' });
    const texts = await outline.locator('.monaco-list-row[aria-level="3"]').allInnerTexts();
    if (accept(texts)) return texts;
    if (Date.now() > deadline) throw new Error(`the Outline's rows under ${name}: ${texts.join(' | ')}`);
    await page.waitForTimeout(200);
  }
}

/** How many quotations the Speakers view gives the speaker named `name`, once `accept` takes the number. */
async function quotationCount(page, name, accept = () => true) {
  await runCommand(page, 'Focus on Speakers View');
  const row = viewPane(page, 'Speakers').locator('.monaco-list-row', { hasText: name }).first();
  await row.waitFor({ state: 'visible' });
  const deadline = Date.now() + 15_000;
  for (;;) {
    // The row reads «name  count · role»: the name has no digits, the count is the first number.
    const count = Number(/(\d+)/.exec(await row.innerText())?.[1]);
    if (accept(count)) return count;
    if (Date.now() > deadline) throw new Error(`the Speakers row of ${name} still says ${count}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Whether a dashed line is drawn under some text: the mark of a corrected annotation (runs in the page). */
const correctionMarkDrawn = () => [...document.querySelectorAll('.monaco-editor .view-overlays div > div')]
  .some((element) => getComputedStyle(element).borderBottomStyle === 'dashed' && element.getBoundingClientRect().width > 0);

describe('Correcting annotations in the editor (UI)', function () {
  this.timeout(180_000);
  let browser;
  let page;
  let putinBefore;

  before(async () => {
    rmSync(sidecar, { force: true });
    copyFileSync(join(ui.workspace, ui.sampleName), article);
    ({ browser, page } = await openWorkbench());
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: articleName }).click();
    await waitForHighlights(page);
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && page) await screenshot(page, `failed-corrections-${this.currentTest.title.replace(/[^A-Za-z]+/g, '-').slice(0, 50)}`);
  });

  after(async () => {
    await browser?.close();
    rmSync(sidecar, { force: true });
    rmSync(article, { force: true });
  });

  it('a quick fix on a name changes its kind, keeps it in the file and marks it as corrected', async () => {
    assert.equal(await page.evaluate(correctionMarkDrawn), false, 'nothing is marked before a correction');
    const fix = page.locator('.action-widget .monaco-list-row', { hasText: 'is an organization' });
    await askUntilShown(page, fix, async () => {
      await clickWord(page, 'موسكو');
      await page.keyboard.press('Control+.');
    }, 'quick-fix-menu');
    // The menu takes the keyboard (a pointer block covers it against stray clicks), as a user would.
    for (let moves = 0; !(await fix.getAttribute('class')).includes('focused'); moves++) {
      assert.ok(moves < 10, 'the quick fix can be reached with the arrow keys');
      await page.keyboard.press('ArrowDown');
    }
    await page.keyboard.press('Enter');
    const correction = await sidecarCorrection(sidecar, (c) => c.op === 'entity' && c.text === 'موسكو');
    assert.equal(correction.type, 'organization');
    const card = await hoverCard(page, 'موسكو', ['Organization', '(corrected)']);
    // Its kind line says Organization; Place is now one of the card's correction links.
    assert.match(card, /Organization · Mentions/);
    assert.doesNotMatch(card, /Place · Mentions/);
    await page.waitForFunction(correctionMarkDrawn, undefined, { timeout: 10_000 });
    await screenshot(page, 'corrected-name');
  });

  it('Set the Speaker of This Quotation… gives the quotation to the speaker picked', async () => {
    putinBefore = await quotationCount(page, 'فلاديمير بوتين');
    await clickWord(page, 'حساسة');
    await chooseCommand(page, 'Arabic Annotator: Set the Speaker of This Quotation…');
    await page.locator('.quick-input-widget input[placeholder^="Who said"]').waitFor({ timeout: 10_000 });
    const pick = page.locator('.quick-input-list .monaco-list-row', { hasText: 'فلاديمير بوتين' }).first();
    await pick.waitFor({ state: 'visible', timeout: 10_000 });
    await pick.click();
    const correction = await sidecarCorrection(sidecar, (c) => c.op === 'speaker' && c.quote.text === 'مواضيع حساسة');
    assert.match(correction.speaker.text, /بوتين/);
    assert.equal(await quotationCount(page, 'فلاديمير بوتين', (count) => count === putinBefore + 1), putinBefore + 1);
    await screenshot(page, 'corrected-speaker');
  });

  it('the hover card\'s links add a role and join two names, each kept in the file', async () => {
    await clickHoverLink(page, 'كيم', 'Add role…');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: 10_000 });
    await input.fill('ضيف الكرملين');
    await page.keyboard.press('Enter');
    const role = await sidecarCorrection(sidecar, (c) => c.op === 'role');
    assert.equal(role.role, 'ضيف الكرملين');
    assert.match(role.entity.text, /^كيم/, 'the mention under the pointer (كيم or كيم جونغ أون)');

    await clickHoverLink(page, 'روسيا', 'Same as…');
    await page.locator('.quick-input-widget input[placeholder*="is the same as"]').waitFor({ timeout: 10_000 });
    const pick = page.locator('.quick-input-list .monaco-list-row', { hasText: 'الاتحاد الروسي' }).first();
    await pick.waitFor({ state: 'visible', timeout: 10_000 });
    await pick.click();
    const same = await sidecarCorrection(sidecar, (c) => c.op === 'same');
    assert.deepEqual([same.a.text, same.b.text].sort(), ['الاتحاد الروسي', 'روسيا'].sort());
    // One entity now: روسيا's card names the other spelling.
    await hoverCard(page, 'روسيا', ['الاتحاد الروسي']);
  });

  it('after a window reload both corrections still hold', async () => {
    const reloaded = page.waitForEvent('load', { timeout: 60_000 });
    await chooseCommand(page, 'Developer: Reload Window');
    await reloaded;
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    // The reloaded window restores the article's editor, or else the article is opened from the
    // Explorer (where the corrections file is listed too now: the article's row by its exact name).
    const tab = page.locator('.tabs-container .tab.active', { hasText: articleName });
    if (!(await tab.isVisible())) {
      await runCommand(page, 'View: Show Explorer');
      await page.locator('.explorer-folders-view').getByRole('treeitem', { name: articleName, exact: true }).click();
    }
    await waitForHighlights(page);
    await hoverCard(page, 'موسكو', ['Organization', '(corrected)']);
    await hoverCard(page, 'كيم', ['ضيف الكرملين']);
    await hoverCard(page, 'روسيا', ['الاتحاد الروسي']);
    assert.equal(await quotationCount(page, 'فلاديمير بوتين', (count) => count === putinBefore + 1), putinBefore + 1);
    // The Outline lists the quotation under its new speaker.
    const rows = await outlineQuotations(page, 'فلاديمير بوتين', (texts) => texts.some((text) => text.includes('مواضيع حساسة')));
    assert.ok(rows.some((text) => text.includes('مواضيع حساسة')), rows.join(' | '));
    await screenshot(page, 'corrections-outline-after-reload');
    const corrections = JSON.parse(readFileSync(sidecar, 'utf8')).corrections;
    assert.deepEqual(corrections.map((c) => c.op).sort(), ['entity', 'role', 'same', 'speaker']);
    await screenshot(page, 'corrections-after-reload');
  });

  it('a corrections file broken on disk is named with its line, and the analysis shows without it', async () => {
    const good = readFileSync(sidecar, 'utf8');
    writeFileSync(sidecar, good.replace('"type":"organization"', '"type":"company"'));
    await page.locator('.notifications-toasts', { hasText: 'line 3' }).filter({ hasText: 'shown without its corrections' }).waitFor({ timeout: 15_000 });
    const card = await hoverCard(page, 'موسكو', ['Place']);
    assert.doesNotMatch(card, /corrected/);
    assert.equal(readFileSync(sidecar, 'utf8'), good.replace('"type":"organization"', '"type":"company"'), 'the broken file is left as it is');
  });
});
