// `npm test`: typecheck and lint, unit tests, integration tests in a real VS Code (from source and
// from the .vsix), UI tests in Chromium. Each layer's counts come from a results file; the last line
// is `N passed, N failed` summed over all layers, and the exit code is non-zero on any failure.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureCodeServer } from './lib/code-server.mjs';
import { layerCounts, readResults } from './lib/results.mjs';
import { MissingPrerequisiteError } from './lib/system.mjs';
import { exitOnInterrupt, repositoryRoot, runBounded } from './lib/workbench.mjs';

exitOnInterrupt();

const resultsDir = mkdtempSync(join(tmpdir(), 'arabic-annotator-test-all-'));
const layers = [];

async function layer(name, body) {
  console.log(`\n##### ${name} #####`);
  const started = Date.now();
  let counts;
  try {
    counts = await body();
  } catch (error) {
    console.error(`[${name}] ${error instanceof MissingPrerequisiteError ? error.message : (error?.stack ?? error)}`);
    counts = { passed: 0, failed: 1 };
  }
  const seconds = Math.round((Date.now() - started) / 100) / 10;
  layers.push({ name, ...counts, seconds });
  console.log(`[${name}] ${counts.passed} passed, ${counts.failed} failed in ${seconds} s`);
}

const npx = (args, timeoutMs) => runBounded('npx', args, { timeoutMs });

/** tsc reports no counts: the whole typecheck is one check. */
async function typecheck() {
  const code = await npx(['tsc', '-p', '.', '--noEmit'], 5 * 60_000);
  return { passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1 };
}

/** One check per linted file, read from ESLint's JSON report. */
async function lint() {
  const report = join(resultsDir, 'eslint.json');
  const code = await npx(['eslint', '.', '--format', 'json', '--output-file', report], 5 * 60_000);
  let files;
  try {
    files = JSON.parse(readFileSync(report, 'utf8'));
  } catch {
    return { passed: 0, failed: 1 };
  }
  for (const file of files.filter((f) => f.errorCount > 0)) {
    for (const message of file.messages.filter((m) => m.severity === 2)) {
      console.error(`${file.filePath}:${message.line}:${message.column} ${message.message} (${message.ruleId})`);
    }
  }
  const failed = files.filter((f) => f.errorCount > 0).length;
  return { passed: files.length - failed, failed: failed + (code !== 0 && failed === 0 ? 1 : 0) };
}

async function unit() {
  const resultsFile = join(resultsDir, 'unit.json');
  // tsc emits even with type errors (counted by the typecheck layer), so the tests still run.
  await runBounded('npx', ['tsc', '-p', '.'], { timeoutMs: 5 * 60_000, quiet: true });
  const code = await npx(
    [
      'mocha',
      '--reporter', join(repositoryRoot, 'scripts', 'lib', 'results-reporter.cjs'),
      '--reporter-option', `output=${resultsFile}`,
      'out/test/{core,cli,vscode,scripts}/**/*.test.js',
    ],
    20 * 60_000,
  );
  return layerCounts(readResults(resultsFile), code === 0);
}

/** Runs a layer script that writes { passed, failed, metrics } to LAYER_RESULTS_FILE. */
async function layerScript(script, args, timeoutMs) {
  const resultsFile = join(resultsDir, `${script}.json`);
  const code = await runBounded(process.execPath, [join('scripts', script), ...args], {
    timeoutMs,
    env: { ...process.env, LAYER_RESULTS_FILE: resultsFile },
  });
  const summary = readResults(resultsFile);
  if (!summary) return { passed: 0, failed: 1 };
  return { passed: summary.passed, failed: summary.failed + (code !== 0 && summary.failed === 0 ? 1 : 0), metrics: summary.metrics };
}

await layer('typecheck', typecheck);
await layer('lint', lint);
await layer('unit', unit);
let prerequisitesReady = true;
await layer('real VS Code prerequisites', async () => {
  try {
    ensureCodeServer();
    return { passed: 0, failed: 0 };
  } catch (error) {
    prerequisitesReady = false;
    throw error;
  }
});
if (prerequisitesReady) {
  await layer('integration', () => layerScript('test-integration.mjs', [], 40 * 60_000));
  // The integration layer has just built and packaged the extension.
  await layer('ui', () => layerScript('test-ui.mjs', ['--no-build'], 20 * 60_000));
}
rmSync(resultsDir, { recursive: true, force: true });

console.log('\n##### summary #####');
for (const { name, passed, failed, seconds, metrics } of layers) {
  console.log(`${name.padEnd(28)} ${String(passed).padStart(4)} passed ${String(failed).padStart(3)} failed ${String(seconds).padStart(7)} s`);
  for (const [metric, value] of Object.entries(metrics ?? {})) console.log(`metric: ${metric} ${value}`);
}
const passed = layers.reduce((sum, l) => sum + l.passed, 0);
const failed = layers.reduce((sum, l) => sum + l.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
