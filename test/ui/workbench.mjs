// Helpers for driving the code-server workbench like a user (mouse, keyboard, what is on screen).
// scripts/test-ui.mjs starts the server and passes where it is through UI_* environment variables.
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium, workbenchUrl } from '../../scripts/lib/browser.mjs';
import { DECORATION_COLOURS, rgbOf } from './decoration-colours.mjs';

export { runCommand } from './command-palette.mjs';

export const ui = {
  serverUrl: required('UI_SERVER_URL'),
  workspace: required('UI_WORKSPACE'),
  sampleName: required('UI_SAMPLE_NAME'),
  /** An Arabic article over the default size limit (2048 KB). */
  largeName: required('UI_LARGE_NAME'),
  /** An Arabic article full of markup, scripts and bidi overrides (test/fixtures/hostile-article.txt). */
  hostileName: required('UI_HOSTILE_NAME'),
  artifacts: required('UI_ARTIFACTS'),
  metricsFile: process.env.UI_METRICS_FILE,
};

function required(name) {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the UI tests with npm run test:ui`);
  return value;
}

export function recordMetric(name, value) {
  if (!ui.metricsFile) return;
  const metrics = existsSync(ui.metricsFile) ? JSON.parse(readFileSync(ui.metricsFile, 'utf8')) : {};
  metrics[name] = Math.round(value);
  writeFileSync(ui.metricsFile, JSON.stringify(metrics, null, 2) + '\n');
}

/** The corrections file `file` holds on disk, once one of its corrections is what `accept` takes. */
export async function sidecarCorrection(file, accept, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const corrections = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')).corrections : [];
    const found = corrections.find(accept);
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`${file} holds no such correction within ${timeoutMs} ms: ${JSON.stringify(corrections)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Chromium with the workbench of the test workspace open, once the Explorer lists the sample. */
export async function openWorkbench() {
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.setDefaultTimeout(30_000);
  await page.goto(workbenchUrl(ui.serverUrl, ui.workspace, [['skipWelcome', 'true']]), { timeout: 60_000 });
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: ui.sampleName }).waitFor({ timeout: 60_000 });
  return { browser, page };
}

/**
 * Opens a workbench before a suite's tests and closes it after them, with a screenshot of each
 * failed test named after `suite`: `session.page` and `session.browser` once its `before` ran
 * (hooks a suite registers after this call run after it).
 */
export function workbenchSession(suite) {
  const session = { browser: undefined, page: undefined };
  before(async () => Object.assign(session, await openWorkbench()));
  afterEach(async function () {
    const test = this.currentTest;
    if (test?.state === 'failed' && session.page) await screenshot(session.page, `failed-${suite}-${test.title.replace(/[^A-Za-z]+/g, '-').slice(0, 50)}`);
  });
  after(async () => {
    await session.browser?.close();
  });
  return session;
}

export async function screenshot(page, name) {
  mkdirSync(ui.artifacts, { recursive: true });
  const path = join(ui.artifacts, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

const kindColours = Object.fromEntries(Object.entries(DECORATION_COLOURS).map(([kind, hex]) => [kind, rgbOf(hex)]));

/**
 * Every decoration overlay drawn in the editor whose background is one of the distinctive colours:
 * { kind, className, left, right, top, bottom } in page pixels.
 */
export function decorationBoxes(page) {
  return page.evaluate((colours) => {
    const boxes = [];
    for (const element of document.querySelectorAll('.monaco-editor .view-overlays div > div')) {
      const match = /rgba?\((\d+), (\d+), (\d+)/.exec(getComputedStyle(element).backgroundColor);
      if (!match) continue;
      const rgb = match.slice(1, 4).map(Number);
      const kind = Object.keys(colours).find((name) => colours[name].every((value, i) => value === rgb[i]));
      if (!kind) continue;
      const rect = element.getBoundingClientRect();
      if (rect.width === 0) continue;
      boxes.push({ kind, className: element.className, left: rect.left, right: rect.right, top: rect.top, bottom: rect.bottom });
    }
    return boxes;
  }, kindColours);
}

/**
 * The rendered editor rows (`.view-line`, one per wrapped row, top to bottom) with the Arabic words
 * they show, in the order they are stored, each with its on-screen box.
 */
export function renderedRows(page) {
  return page.evaluate(() => {
    const rows = [...document.querySelectorAll('.monaco-editor .view-lines .view-line')];
    return rows
      .map((row) => {
        const walker = document.createTreeWalker(row, NodeFilter.SHOW_TEXT);
        const pieces = [];
        let text = '';
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          pieces.push({ node, start: text.length });
          text += node.nodeValue;
        }
        // An end offset on a piece boundary belongs to the piece before it.
        const locate = (offset, isEnd) => {
          const piece = pieces.findLast((candidate) => (isEnd ? candidate.start < offset : candidate.start <= offset));
          return [piece.node, offset - piece.start];
        };
        const words = [];
        for (const match of text.matchAll(/[\u0621-\u065F\u0670-\u06D3]+/g)) {
          const range = document.createRange();
          range.setStart(...locate(match.index, false));
          range.setEnd(...locate(match.index + match[0].length, true));
          const rect = range.getBoundingClientRect();
          words.push({ word: match[0], left: rect.left, right: rect.right, top: rect.top, bottom: rect.bottom });
        }
        const rect = row.getBoundingClientRect();
        return { text: text.replace(/\u00a0/g, ' '), top: rect.top, bottom: rect.bottom, words };
      })
      .sort((a, b) => a.top - b.top);
  });
}

/** The first on-screen box of `word` standing alone (not part of a longer word). */
export async function wordBox(page, word) {
  for (const row of await renderedRows(page)) {
    const found = row.words.find((candidate) => candidate.word === word);
    if (found) return found;
  }
  throw new Error(`«${word}» is not on screen`);
}

export function covers(box, word, slackPx = 1) {
  const verticalOverlap = Math.min(box.bottom, word.bottom) - Math.max(box.top, word.top) > 0;
  return verticalOverlap && box.left <= word.left + slackPx && box.right >= word.right - slackPx;
}

/** The view pane (Outline, Speakers …) whose header has this title. */
export function viewPane(page, title) {
  return page.locator('.pane', { has: page.locator('.pane-header', { hasText: title }) }).last();
}

/** Expands the tree row (if collapsed) and returns it. */
export async function expandRow(row) {
  if ((await row.getAttribute('aria-expanded')) === 'false') await row.locator('.monaco-tl-twistie').click();
  return row;
}

/** "Ln 19, Col 12 (83 selected)" → { line: 19, selected: 83 }. */
export async function editorSelection(page) {
  const text = (await page.locator('#status\\.editor\\.selection').innerText()).trim();
  const match = /Ln (\d+), Col (\d+)(?: \((\d+) selected\))?/.exec(text);
  if (!match) throw new Error(`unexpected selection status: ${text}`);
  return { line: Number(match[1]), column: Number(match[2]), selected: Number(match[3] ?? 0), text };
}
