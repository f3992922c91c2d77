// The integration suite (test/integration) in desktop VS Code through @vscode/test-electron, for
// machines that have VS Code or can download it. Set VSCODE_EXECUTABLE_PATH to use an installed
// VS Code (e.g. /usr/share/code/code); otherwise test-electron downloads the stable build.
// `npm test` does not run this: it uses code-server, which works offline.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runTests } from '@vscode/test-electron';
import { layerCounts, printMetrics, readResults } from './lib/results.mjs';
import { compileTests, exitOnInterrupt, npmRun, repositoryRoot } from './lib/workbench.mjs';

exitOnInterrupt();

const testsEntry = join(repositoryRoot, 'out', 'test', 'integration', 'index.js');
const scratch = mkdtempSync(join(tmpdir(), 'arabic-annotator-electron-'));
const resultsFile = join(scratch, 'results.json');
const workspace = join(scratch, 'workspace');
mkdirSync(workspace);

await npmRun('build');
await compileTests(testsEntry);
let exitCode;
try {
  exitCode = await runTests({
    vscodeExecutablePath: process.env.VSCODE_EXECUTABLE_PATH || undefined,
    extensionDevelopmentPath: repositoryRoot,
    extensionTestsPath: testsEntry,
    extensionTestsEnv: { ARABIC_ANNOTATOR_TEST_RESULTS: resultsFile, ARABIC_ANNOTATOR_EXTENSION_UNDER_TEST: repositoryRoot },
    launchArgs: [
      '--disable-extensions',
      '--disable-workspace-trust',
      '--skip-welcome',
      '--skip-release-notes',
      '--user-data-dir', join(scratch, 'user-data'),
      '--extensions-dir', join(scratch, 'extensions'),
      '--no-sandbox',
      workspace,
    ],
  });
} catch (error) {
  const message = String(error?.message ?? error);
  if (!process.env.VSCODE_EXECUTABLE_PATH && /download|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|getaddrinfo|fetch|socket/i.test(message)) {
    console.error(
      `Could not download VS Code (${message}).\n` +
        'This machine has no access to the VS Code download servers. Either point VSCODE_EXECUTABLE_PATH at an ' +
        'installed VS Code (for example VSCODE_EXECUTABLE_PATH=/usr/share/code/code npm run test:electron) or use ' +
        '`npm run test:integration`, which runs the same suite offline in code-server.',
    );
  } else {
    console.error(`VS Code could not run the tests: ${message}`);
  }
  exitCode = 1;
}
const results = readResults(resultsFile);
const counts = layerCounts(results, exitCode === 0);
printMetrics(results);
for (const failure of results?.failed ?? []) console.error(`FAILED ${failure.title}: ${failure.error}`);
rmSync(scratch, { recursive: true, force: true });
console.log(`${counts.passed} passed, ${counts.failed} failed`);
process.exit(counts.failed > 0 ? 1 : 0);
