// UI tests like a user: code-server with the packaged .vsix installed, driven by Chromium
// (test/ui/*.test.mjs, mocha). Screenshots go to e2e-artifacts/.
//   node scripts/test-ui.mjs [--no-build] [test/ui/one.test.mjs …]
// UPDATE_SCREENSHOT=1 also renders images/screenshot.png for the README (the extension's own colours).
// Writes { passed, failed, metrics } to LAYER_RESULTS_FILE when set (used by scripts/test-all.mjs).
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { colourCustomizations } from '../test/ui/decoration-colours.mjs';
import { renderReadmeScreenshot } from '../test/ui/readme-screenshot.mjs';
import { launchChromium, remoteUri, workbenchUrl } from './lib/browser.mjs';
import { ensureCodeServer, installVsix, makeProfile, startCodeServer } from './lib/code-server.mjs';
import { layerCounts, printMetrics, readResults, runLayer } from './lib/results.mjs';
import { exitOnInterrupt, npmRun, repositoryRoot, runBounded, sampleArticlePath, vsixPath, writeUserSettings } from './lib/workbench.mjs';

exitOnInterrupt();

const artifacts = join(repositoryRoot, 'e2e-artifacts');
const SAMPLE_NAME = 'sample-article.txt';
const LARGE_NAME = 'large-article.txt';
const HOSTILE_NAME = 'hostile-article.txt';
const LARGE_BYTES = 2200 * 1024; // over the default arabicAnnotator.maxDocumentSizeKB (2048)
const README_SCREENSHOT = join(repositoryRoot, 'images', 'screenshot.png');

const EDITOR_SETTINGS = {
  'workbench.colorTheme': 'Default Light Modern',
  'editor.fontSize': 18,
  // Debian's only Arabic monospace glyphs are DejaVu's; Noto Naskh Arabic reads as a news text should.
  'editor.fontFamily': "'Noto Naskh Arabic', 'DejaVu Sans Mono', monospace",
  'editor.wordWrap': 'on',
  'editor.minimap.enabled': false,
  'editor.hover.delay': 300,
  'breadcrumbs.enabled': false,
  'workbench.tree.enableStickyScroll': false,
};

/** The sample article repeated until it is over the default size limit. */
function writeLargeArticle(path) {
  const article = readFileSync(sampleArticlePath, 'utf8');
  const copies = Math.ceil(LARGE_BYTES / Buffer.byteLength(article, 'utf8'));
  writeFileSync(path, Array.from({ length: copies }, () => article).join('\n'));
}

/** The README's picture (UPDATE_SCREENSHOT=1), with the extension's own colours: the tests' removed. */
async function updateReadmeScreenshot(server, profile) {
  writeUserSettings(profile, EDITOR_SETTINGS);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.setDefaultTimeout(30_000);
    const sampleUri = remoteUri(server.url, join(profile.workspace, SAMPLE_NAME));
    await page.goto(workbenchUrl(server.url, profile.workspace, [['openFile', sampleUri], ['skipWelcome', 'true']]), { timeout: 60_000 });
    await renderReadmeScreenshot(page, README_SCREENSHOT);
    console.log(`[ui] ${README_SCREENSHOT} updated`);
  } finally {
    await browser.close();
  }
}

/** Test files given on the command line, or every UI test. */
const testFiles = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
if (testFiles.length === 0) testFiles.push('test/ui/**/*.test.mjs');

async function main() {
  ensureCodeServer();
  if (!process.argv.includes('--no-build')) await npmRun('package');
  if (!existsSync(vsixPath)) throw new Error(`${vsixPath} is missing: run npm run package`);
  const started = Date.now();
  const profile = makeProfile('ui');
  writeUserSettings(profile, { ...EDITOR_SETTINGS, 'workbench.colorCustomizations': colourCustomizations() });
  installVsix(profile, vsixPath);
  copyFileSync(sampleArticlePath, join(profile.workspace, SAMPLE_NAME));
  writeLargeArticle(join(profile.workspace, LARGE_NAME));
  copyFileSync(join(repositoryRoot, 'test', 'fixtures', HOSTILE_NAME), join(profile.workspace, HOSTILE_NAME));
  rmSync(artifacts, { recursive: true, force: true });
  mkdirSync(artifacts, { recursive: true });
  const resultsFile = join(profile.root, 'results.json');
  const metricsFile = join(profile.root, 'metrics.json');
  const server = await startCodeServer(profile);
  let code;
  let screenshotFailure;
  try {
    code = await runBounded(
      'npx',
      [
        'mocha',
        '--reporter', join(repositoryRoot, 'scripts', 'lib', 'results-reporter.cjs'),
        '--reporter-option', `output=${resultsFile}`,
        ...testFiles,
      ],
      {
        timeoutMs: 10 * 60_000,
        env: {
          ...process.env,
          UI_SERVER_URL: server.url,
          UI_WORKSPACE: profile.workspace,
          UI_SAMPLE_NAME: SAMPLE_NAME,
          UI_LARGE_NAME: LARGE_NAME,
          UI_HOSTILE_NAME: HOSTILE_NAME,
          UI_ARTIFACTS: artifacts,
          UI_METRICS_FILE: metricsFile,
        },
      },
    );
    if (process.env.UPDATE_SCREENSHOT === '1') {
      try {
        await updateReadmeScreenshot(server, profile);
      } catch (error) {
        screenshotFailure = `the README screenshot could not be made: ${error.message}`;
        console.error(`[ui] ${screenshotFailure}`);
      }
    }
  } finally {
    await server.stop();
  }
  const results = readResults(resultsFile);
  const metrics = readResults(metricsFile) ?? {};
  const counts = layerCounts(results, code === 0);
  if (screenshotFailure) counts.failed += 1;
  printMetrics({ metrics });
  console.log(`[ui] ${counts.passed} passed, ${counts.failed} failed (${Math.round((Date.now() - started) / 1000)} s); screenshots in ${artifacts}`);
  if (counts.failed === 0) rmSync(profile.root, { recursive: true, force: true });
  else console.error(`[ui] code-server log: ${server.logPath}`);
  return { ...counts, metrics: Object.fromEntries(Object.entries(metrics).map(([name, value]) => [`ui.${name}`, value])) };
}

await runLayer(main);
