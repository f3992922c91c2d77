// The README's screenshot: the sample article as the extension highlights it, with the Speakers view
// and the hover card of its most quoted speaker open. Used by scripts/test-ui.mjs when UPDATE_SCREENSHOT=1.
import { runCommand } from './command-palette.mjs';

/** Waits for the highlights, hovers بيسكوف and saves the page to `path`. */
export async function renderReadmeScreenshot(page, path) {
  await page.waitForFunction(() => document.querySelectorAll('.monaco-editor .view-overlays .cdr').length > 0, undefined, { timeout: 60_000 });
  await runCommand(page, 'Focus on Speakers View');
  await page.waitForTimeout(1000);
  const centre = await page.evaluate((word) => {
    // The editor reuses row elements, so their DOM order is not their order on screen: take the topmost.
    const walker = document.createTreeWalker(document.querySelector('.monaco-editor .view-lines'), NodeFilter.SHOW_TEXT);
    let topmost = null;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.nodeValue.indexOf(word);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + word.length);
      const rect = range.getBoundingClientRect();
      if (!topmost || rect.top < topmost.top) topmost = { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2, top: rect.top };
    }
    return topmost;
  }, 'بيسكوف');
  if (!centre) throw new Error('بيسكوف is not on screen');
  // Right after the page loads the workbench may not answer the first hover yet: rest the mouse
  // elsewhere and come back until the card shows.
  const card = page.locator('.monaco-hover:not(.hidden)');
  for (let attempt = 1; ; attempt += 1) {
    await page.mouse.move(5, 5);
    await page.waitForTimeout(1000);
    await page.mouse.move(centre.x, centre.y, { steps: 5 });
    try {
      await card.waitFor({ state: 'visible', timeout: 5000 });
      break;
    } catch (error) {
      if (attempt === 5) throw error;
    }
  }
  // The card fades in: wait until it is drawn in full.
  await page.waitForTimeout(800);
  await page.screenshot({ path });
}
