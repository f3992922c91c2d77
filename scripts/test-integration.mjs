// Runs test/integration inside a real VS Code extension host (code-server, driven by Chromium),
// twice: against the extension from source and against the packaged .vsix.
//   node scripts/test-integration.mjs [--mode=source|vsix|both] [--no-build]
// Writes { passed, failed, metrics } to LAYER_RESULTS_FILE when set (used by scripts/test-all.mjs).
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'node:util';
import { launchChromium, remoteUri, workbenchUrl } from './lib/browser.mjs';
import { ensureCodeServer, installVsix, makeProfile, startCodeServer } from './lib/code-server.mjs';
import { layerCounts, printMetrics, readResults, runLayer } from './lib/results.mjs';
import { compileTests, exitOnInterrupt, npmRun, repositoryRoot, vsixPath, writeHarnessExtension, writeUserSettings } from './lib/workbench.mjs';

exitOnInterrupt();

const SUITE_TIMEOUT_MS = 5 * 60_000;
const testsEntry = join(repositoryRoot, 'out', 'test', 'integration', 'index.js');

function option(name, fallback) {
  const prefix = `--${name}=`;
  return process.argv.find((arg) => arg.startsWith(prefix))?.slice(prefix.length) ?? fallback;
}

// Workbench chatter that says nothing about the extension (offline marketplace, connection set-up).
const WORKBENCH_NOISE = [
  /ENOTFOUND open-vsx\.org/,
  /vsda/,
  /Long running operations during shutdown/,
  /^(Resolving|Resolved) connection token/,
  /^Creating a socket/,
  /^Updating additional builtin extensions cache/,
  /^\[Service Worker\]/,
  /^ChatSessionStore/,
];

/** The workbench forwards console output (the extension host's included) as (type, [format, ...args]). */
function printWorkbenchLog(type, args) {
  const text = format(...(Array.isArray(args) ? args : [args]));
  if (WORKBENCH_NOISE.some((pattern) => pattern.test(text))) return;
  (type === 'error' ? console.error : console.log)(text);
}

/** Loads the workbench with the test payload and waits for the extension host to report the end. */
async function runSuiteInWorkbench(server, profile, extensionDevelopmentPath) {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    let finish;
    const exited = new Promise((resolve) => (finish = resolve));
    await page.exposeFunction('codeAutomationLog', (type, args) => printWorkbenchLog(type, args));
    await page.exposeFunction('codeAutomationExit', (code) => finish(code));
    const url = workbenchUrl(server.url, profile.workspace, [
      ['extensionDevelopmentPath', remoteUri(server.url, extensionDevelopmentPath)],
      ['extensionTestsPath', remoteUri(server.url, testsEntry)],
      ['skipWelcome', 'true'],
    ]);
    await page.goto(url, { timeout: 60_000 });
    let timer;
    const timedOut = new Promise((resolve) => (timer = setTimeout(() => resolve('timeout'), SUITE_TIMEOUT_MS)));
    const exitCode = await Promise.race([exited, timedOut]);
    clearTimeout(timer);
    if (exitCode === 'timeout') console.error(`[integration] the suite did not finish within ${SUITE_TIMEOUT_MS / 60_000} min`);
    return exitCode;
  } finally {
    await browser.close().catch(() => undefined);
  }
}

async function runMode(mode) {
  const started = Date.now();
  console.log(`\n=== integration tests (${mode === 'source' ? 'extension from source' : 'packaged .vsix'}) ===`);
  const profile = makeProfile(`integration-${mode}`);
  const resultsFile = join(profile.root, 'results.json');
  writeUserSettings(profile);
  let developmentPath = repositoryRoot;
  if (mode === 'vsix') {
    installVsix(profile, vsixPath);
    developmentPath = writeHarnessExtension(profile);
  }
  const server = await startCodeServer(profile, {
    env: {
      ARABIC_ANNOTATOR_TEST_RESULTS: resultsFile,
      ARABIC_ANNOTATOR_EXTENSION_UNDER_TEST: mode === 'vsix' ? profile.extensionsDir : repositoryRoot,
    },
  });
  let exitCode;
  try {
    exitCode = await runSuiteInWorkbench(server, profile, developmentPath);
  } finally {
    await server.stop();
  }
  const results = readResults(resultsFile);
  const counts = layerCounts(results, exitCode === 0);
  if (!results?.done) console.error(`[integration] no complete results file; code-server log: ${server.logPath}`);
  printMetrics(results);
  for (const failure of results?.failed ?? []) console.error(`[integration:${mode}] FAILED ${failure.title}: ${failure.error}`);
  console.log(`[integration:${mode}] ${counts.passed} passed, ${counts.failed} failed (${Math.round((Date.now() - started) / 1000)} s)`);
  if (counts.failed === 0) rmSync(profile.root, { recursive: true, force: true });
  const metrics = Object.fromEntries(Object.entries(results?.metrics ?? {}).map(([name, value]) => [`${mode}.${name}`, value]));
  return { ...counts, metrics };
}

async function main() {
  const mode = option('mode', 'both');
  const modes = mode === 'both' ? ['source', 'vsix'] : [mode];
  if (!modes.every((m) => m === 'source' || m === 'vsix')) throw new Error(`unknown --mode=${mode}`);
  ensureCodeServer();
  if (!process.argv.includes('--no-build')) {
    if (modes.includes('source')) await npmRun('build');
    if (modes.includes('vsix')) await npmRun('package');
  }
  if (modes.includes('vsix') && !existsSync(vsixPath)) throw new Error(`${vsixPath} is missing: run npm run package`);
  await compileTests(testsEntry);
  const total = { passed: 0, failed: 0, metrics: {} };
  for (const m of modes) {
    const counts = await runMode(m);
    total.passed += counts.passed;
    total.failed += counts.failed;
    Object.assign(total.metrics, counts.metrics);
  }
  return total;
}

await runLayer(main);
