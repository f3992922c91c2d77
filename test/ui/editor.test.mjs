// The extension as a user meets it: code-server in Chromium with the packaged .vsix installed.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  covers,
  decorationBoxes,
  editorSelection,
  expandRow,
  openWorkbench,
  recordMetric,
  renderedRows,
  runCommand,
  screenshot,
  ui,
  viewPane,
  wordBox,
} from './workbench.mjs';

const sampleLines = readFileSync(join(ui.workspace, ui.sampleName), 'utf8').split('\n');

/** 1-based numbers of the sample's lines that contain `words`. */
function linesContaining(words) {
  return sampleLines.flatMap((line, index) => (line.includes(words) ? [index + 1] : []));
}

/** The first two Arabic words of a tree row's label (a quotation's opening words). */
function openingWords(label) {
  return (label.match(/[\u0621-\u065F\u0670-\u06D3]+/g) ?? []).slice(0, 2).join(' ');
}

describe('The annotated article in the editor (UI)', function () {
  this.timeout(90_000);
  let browser;
  let page;

  before(async () => {
    ({ browser, page } = await openWorkbench());
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && page) {
      await screenshot(page, `failed-${this.currentTest.title.replace(/[^A-Za-z]+/g, '-').slice(0, 60)}`);
    }
  });

  after(async () => {
    await browser?.close();
  });

  it('opening the article from the Explorer draws highlights over the names', async () => {
    const openedAt = Date.now();
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: ui.sampleName }).click();
    await page.waitForFunction(
      () => document.querySelectorAll('.monaco-editor .view-overlays .cdr').length > 0,
      undefined,
      { polling: 20, timeout: 60_000 },
    );
    let boxes = await decorationBoxes(page);
    while (boxes.length === 0 && Date.now() - openedAt < 60_000) boxes = await decorationBoxes(page);
    recordMetric('uiOpenToFirstHighlightMs', Date.now() - openedAt);
    // The kinds are drawn one decoration type at a time: wait (bounded) until every kind is there.
    const allKindsBy = Date.now() + 30_000;
    const kindsIn = (drawn) => new Set(drawn.map((box) => box.kind));
    while (kindsIn(boxes).size < 4 && Date.now() < allKindsBy) {
      await page.waitForTimeout(100);
      boxes = await decorationBoxes(page);
    }
    const kinds = kindsIn(boxes);
    for (const kind of ['person', 'place', 'organization', 'quotation']) assert.ok(kinds.has(kind), `a ${kind} highlight is drawn`);
    // One generated CSS class per kind, each found by its colour.
    for (const kind of kinds) {
      const classes = new Set(boxes.filter((box) => box.kind === kind).map((box) => box.className));
      assert.equal(classes.size, 1, `${kind} highlights share one class: ${[...classes].join(', ')}`);
    }
    const entityBoxes = (kind) => boxes.filter((box) => box.kind === kind);
    const putin = await wordBox(page, 'بوتين');
    assert.ok(entityBoxes('person').some((box) => covers(box, putin)), 'بوتين has a person highlight');
    const moscow = await wordBox(page, 'موسكو');
    assert.ok(entityBoxes('place').some((box) => covers(box, moscow)), 'موسكو has a place highlight');
    const tuesday = await wordBox(page, 'الثلاثاء');
    assert.ok(
      !boxes.some((box) => box.kind !== 'quotation' && covers(box, tuesday)),
      'الثلاثاء (a weekday) has no name highlight',
    );
    await screenshot(page, 'editor');
  });

  it('hovering a name shows its card with the role', async () => {
    const peskov = await wordBox(page, 'بيسكوف');
    await page.mouse.move((peskov.left + peskov.right) / 2, (peskov.top + peskov.bottom) / 2, { steps: 5 });
    const card = page.locator('.monaco-hover:not(.hidden)', { hasText: 'المتحدث باسم الكرملين' });
    await card.waitFor({ state: 'visible', timeout: 15_000 });
    await screenshot(page, 'hover');
    await page.mouse.move(5, 5);
    await page.keyboard.press('Escape');
  });

  it('Arabic words in highlighted rows still read right to left, as they do without highlights', async () => {
    const boxes = await decorationBoxes(page);
    const highlighted = (row) =>
      boxes.some((box) => box.kind !== 'quotation' && Math.min(box.bottom, row.bottom) - Math.max(box.top, row.top) > 0);
    const withHighlights = await renderedRows(page);
    // Latin letters and brackets are laid out left to right by the editor itself (its lines are
    // left-to-right paragraphs), highlights or not: such rows are only compared with themselves below.
    const arabicRows = withHighlights.filter((row) => row.words.length >= 3 && highlighted(row) && !/[A-Za-z()[\]{}]/.test(row.text));
    assert.ok(arabicRows.length >= 5, `highlighted Arabic rows on screen: ${arabicRows.length}`);
    for (const row of arabicRows) {
      for (let i = 1; i < row.words.length; i += 1) {
        const [before, after] = [row.words[i - 1], row.words[i]];
        assert.ok(after.right <= before.left + 1, `«${after.word}» should be left of «${before.word}» in: ${row.text}`);
      }
    }
    // Off with a click on the status-bar counts, back on from the command palette.
    await page.locator('[id$="arabicAnnotator.status"] a').click();
    await page.waitForFunction(() => document.querySelectorAll('.monaco-editor .view-overlays .cdr').length === 0);
    const withoutHighlights = await renderedRows(page);
    await runCommand(page, 'Arabic Annotator: Toggle Highlights in This Document');
    await page.waitForFunction(() => document.querySelectorAll('.monaco-editor .view-overlays .cdr').length > 0);
    const visualOrder = (row) => [...row.words].sort((a, b) => b.right - a.right).map((word) => word.word).join(' ');
    assert.equal(withHighlights.length, withoutHighlights.length, 'the same rows are rendered');
    withHighlights.forEach((row, index) => assert.equal(visualOrder(row), visualOrder(withoutHighlights[index]), `row ${row.text}`));
  });

  it('the Outline lists the speakers first; clicking a quotation moves the cursor to it', async () => {
    await runCommand(page, 'Explorer: Focus on Outline View');
    // Give the Outline the height of the side bar, and fold it to its top level so the groups
    // (speakers, then the other names) are on screen.
    const folders = page.locator('.pane-header', { hasText: 'Workspace' });
    if ((await folders.getAttribute('aria-expanded')) === 'true') await folders.click();
    const outline = viewPane(page, 'Outline');
    await outline.locator('.pane-header').hover();
    await outline.locator('.pane-header .action-label[aria-label^="Collapse All"]').click();
    const topRows = outline.locator('.monaco-list-row[aria-level="1"]');
    await topRows.nth(1).waitFor({ state: 'visible' });
    assert.deepEqual(await topRows.allInnerTexts(), ['Speakers', 'Names'], 'the speakers come before the other names');
    await expandRow(topRows.first());
    // The rows under Speakers are who the article quotes, each holding their quotations.
    const speakerRows = outline.locator('.monaco-list-row[aria-level="2"]');
    await speakerRows.first().waitFor({ state: 'visible' });
    const firstRows = await speakerRows.evaluateAll((rows) => rows.slice(0, 3).map((row) => ({ text: row.textContent, expandable: row.hasAttribute('aria-expanded') })));
    assert.ok(firstRows.length === 3 && firstRows.every((row) => row.expandable), `the first rows hold quotations: ${JSON.stringify(firstRows)}`);
    assert.ok(firstRows.some((row) => row.text.includes('بوتين') && row.text.includes('الرئيس الروسي')), `a speaker with the role: ${JSON.stringify(firstRows)}`);
    const speaker = outline.locator('.monaco-list-row[aria-level="2"]', { hasText: 'بيسكوف' }).first();
    await expandRow(speaker);
    const level = Number(await speaker.getAttribute('aria-level'));
    const quotation = outline.locator(`.monaco-list-row[aria-level="${level + 1}"]`).first();
    await quotation.waitFor({ state: 'visible' });
    const words = openingWords(await quotation.innerText());
    const expectedLines = linesContaining(words);
    assert.ok(expectedLines.length > 0, `the outline row's words «${words}» are in the article`);
    await quotation.click();
    await page.waitForFunction(
      (lines) => lines.some((line) => (document.querySelector('#status\\.editor\\.selection')?.textContent ?? '').includes(`Ln ${line},`)),
      expectedLines,
    );
    await screenshot(page, 'outline');
  });

  it('the Speakers view lists who is quoted; choosing a quotation selects it in the editor', async () => {
    await runCommand(page, 'Focus on Speakers View');
    const speakers = viewPane(page, 'Speakers');
    const speaker = speakers.locator('.monaco-list-row', { hasText: 'بيسكوف' }).first();
    await speaker.waitFor({ state: 'visible' });
    assert.match(await speaker.innerText(), /المتحدث/, 'the speaker row shows the role');
    // At the default side bar width every speaker's name is on screen whole: its text lies inside
    // the label's clipping box, and the role (cut first when narrow) follows it.
    const rows = await speakers.locator('.monaco-list-row[aria-level="1"]').evaluateAll((elements) => elements.map((row) => {
      const name = row.querySelector('.label-name');
      const clip = row.querySelector('.monaco-icon-label-container');
      const range = document.createRange();
      range.selectNodeContents(name);
      const text = range.getBoundingClientRect();
      const box = clip.getBoundingClientRect();
      const description = row.querySelector('.label-description')?.getBoundingClientRect();
      return {
        name: name.textContent, left: text.left, right: text.right, clipLeft: box.left, clipRight: box.right,
        descriptionLeft: description?.left, direction: getComputedStyle(clip).direction,
      };
    }));
    assert.ok(rows.some((row) => row.name.includes('أندريه لانكوف')), `لانكوف is listed: ${rows.map((row) => row.name).join(' | ')}`);
    for (const row of rows) {
      assert.ok(row.left >= row.clipLeft - 1 && row.right <= row.clipRight + 1, `«${row.name}» whole on screen: ${JSON.stringify(row)}`);
      if (row.descriptionLeft !== undefined) assert.ok(row.right <= row.descriptionLeft + 1, `«${row.name}» comes before its description: ${JSON.stringify(row)}`);
    }
    await expandRow(speaker);
    const level = Number(await speaker.getAttribute('aria-level'));
    const quotations = speakers.locator(`.monaco-list-row[aria-level="${level + 1}"]`);
    await quotations.first().waitFor({ state: 'visible' });
    const quotation = quotations.last();
    const words = openingWords(await quotation.innerText());
    const expectedLines = linesContaining(words);
    assert.ok(expectedLines.length > 0, `the Speakers row's words «${words}» are in the article`);
    await quotation.click();
    await page.waitForFunction(() => /\(\d+ selected\)/.test(document.querySelector('#status\\.editor\\.selection')?.textContent ?? ''));
    const selection = await editorSelection(page);
    assert.ok(expectedLines.includes(selection.line), `selection ${selection.text} is on a line of «${words}» (${expectedLines})`);
    assert.ok(selection.selected > words.length, 'the whole quotation is selected');
    await screenshot(page, 'speakers');
  });

  it('the legend of the colours is in the Speakers view and in the status bar\'s hover', async () => {
    const speakers = viewPane(page, 'Speakers');
    const legend = await expandRow(speakers.locator('.monaco-list-row[aria-level="1"]', { hasText: 'Legend' }).first());
    const entries = speakers.locator('.monaco-list-row[aria-level="2"]', { hasText: 'framed' });
    await entries.first().waitFor({ state: 'visible' });
    assert.deepEqual(await entries.locator('.label-name').allInnerTexts(), ['People', 'Places', 'Organizations']);
    // Each entry's icon is drawn in its kind's theme colour (the tests' distinctive place colour is a background only).
    const iconColours = await entries.locator('.codicon').evaluateAll((icons) => icons.map((icon) => getComputedStyle(icon).color));
    assert.equal(new Set(iconColours).size, 3, `three icon colours: ${iconColours}`);
    await screenshot(page, 'legend');
    await legend.locator('.monaco-tl-twistie').click();
    await page.locator('[id$="arabicAnnotator.status"]').hover();
    await page.locator('.monaco-hover:not(.hidden)', { hasText: 'Organizations' }).waitFor({ state: 'visible', timeout: 15_000 });
    await screenshot(page, 'status-legend');
    await page.mouse.move(5, 5);
  });

  it('a document over the size limit is left alone, and the status bar says why', async () => {
    await runCommand(page, 'View: Show Explorer');
    const folders = page.locator('.pane-header', { hasText: 'Workspace' });
    if ((await folders.getAttribute('aria-expanded')) === 'false') await folders.click();
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: ui.largeName }).click();
    await page.locator('.tab.active', { hasText: ui.largeName }).waitFor();
    const status = page.locator('[id$="arabicAnnotator.status"]');
    await status.filter({ hasText: 'too large' }).waitFor({ state: 'visible' });
    assert.deepEqual(await decorationBoxes(page), [], 'nothing is highlighted');
    // The notification is read whole (not cut off) and its button opens the limit's setting.
    const toast = page.locator('.notification-toast', { hasText: 'over the 2048 KB limit' });
    await toast.waitFor({ state: 'visible' });
    const message = toast.locator('.notification-list-item-message');
    assert.ok(await message.evaluate((element) => element.scrollWidth <= element.clientWidth), 'the message fits its line');
    await screenshot(page, 'too-large');
    await toast.getByRole('button', { name: 'Change Limit' }).click();
    await page.locator('.settings-editor .setting-item-contents', { hasText: 'Max Document Size KB' }).first().waitFor({ state: 'visible' });
    await screenshot(page, 'too-large-setting');
  });
});
