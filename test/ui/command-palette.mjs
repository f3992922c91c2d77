// The command palette, driven like a user: it needs no test server settings, so the README
// screenshot script can use it too.

/** Picks a command in the command palette by its title; what it opens next is the caller's. */
export async function chooseCommand(page, title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 10_000 });
  await input.fill(`>${title}`);
  // Enter on the focused row, not a click: the list is still filtering while it renders, and a
  // click then may land on another command's row.
  const focused = page.locator('.quick-input-list .monaco-list-row.focused', { hasText: title });
  await focused.waitFor({ state: 'visible', timeout: 10_000 });
  await page.keyboard.press('Enter');
}

/** Runs a command from the command palette by its title. */
export async function runCommand(page, title) {
  await chooseCommand(page, title);
  await page.locator('.quick-input-widget input').waitFor({ state: 'hidden', timeout: 10_000 });
}
