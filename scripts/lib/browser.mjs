// Chromium from the system (Debian's package), driven by playwright-core; never downloads a browser.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchChromium() {
  if (!existsSync(chromiumPath)) {
    throw new Error(`Chromium not found at ${chromiumPath}: install Debian's chromium package or set CHROMIUM_PATH.`);
  }
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    timeout: 60_000,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** The workbench URL of a code-server at `serverUrl` with a VS Code `payload` (list of [key, value]). */
export function workbenchUrl(serverUrl, folder, payload) {
  const query = `folder=${encodeURIComponent(folder)}`;
  return `${serverUrl}/?${query}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

/** A path as the workbench in the browser names a file on the server. */
export function remoteUri(serverUrl, absolutePath) {
  return `vscode-remote://${new URL(serverUrl).host}${absolutePath}`;
}
