// Export Annotations… as a user runs it: the command palette, the format picker, the files beside the article.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chooseCommand } from './command-palette.mjs';
import { ui, workbenchSession } from './workbench.mjs';

const besideSample = (extension) => join(ui.workspace, ui.sampleName.replace(/\.[^.]*$/, '') + extension);

async function waitForFile(path, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  while (!existsSync(path)) {
    if (Date.now() > deadline) throw new Error(`${path} was not written within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return readFileSync(path, 'utf8');
}

describe('Exporting the annotations from the editor (UI)', function () {
  this.timeout(90_000);
  const session = workbenchSession('export');
  let page;

  before(async () => {
    ({ page } = session);
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: ui.sampleName }).click();
    await page.waitForFunction(() => document.querySelectorAll('.monaco-editor .view-overlays .cdr').length > 0, undefined, { timeout: 60_000 });
  });

  for (const [label, extension, check] of [
    ['CSV (.csv)', '.csv', (text) => assert.match(text, /^\uFEFFspeaker,role,kind,channel,quotation,start,end,cue\r\n/)],
    ['brat standoff (.ann)', '.ann', (text) => assert.match(text, /^T1\t\w+ \d+ \d+\t\S/)],
  ]) {
    it(`picking ${label} writes it beside the article and says so`, async () => {
      await chooseCommand(page, 'Arabic Annotator: Export Annotations…');
      // The palette gives way to the format picker in the same widget.
      await page.locator('.quick-input-widget input[placeholder="Export the annotations as"]').waitFor({ timeout: 10_000 });
      const row = page.locator('.quick-input-list .monaco-list-row', { hasText: label });
      await row.waitFor({ state: 'visible', timeout: 10_000 });
      await row.click();
      check(await waitForFile(besideSample(extension)));
      await page.locator('.notifications-toasts', { hasText: 'Exported to' }).waitFor({ timeout: 10_000 });
    });
  }

  it('writes annotation.conf with the brat export', async () => {
    assert.match(await waitForFile(join(ui.workspace, 'annotation.conf')), /^\[relations\]\nSpeaker\tArg1:DirectQuote\|IndirectQuote, /m);
  });
});
