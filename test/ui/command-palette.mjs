// The command palette, driven like a user: it needs no test server settings, so the README
// screenshot script can use it too.

/** Picks a command in the command palette by its title; what it opens next is the caller's. */
export async function chooseCommand(page, title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 10_000 });
  await input.fill(`>${title}`);
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
  await row.waitFor({ state: 'visible', timeout: 10_000 });
  await row.click();
}

/** Runs a command from the command palette by its title. */
export async function runCommand(page, title) {
  await chooseCommand(page, title);
  await page.locator('.quick-input-widget input').waitFor({ state: 'hidden', timeout: 10_000 });
}
