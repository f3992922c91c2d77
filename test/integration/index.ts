// Entry point the extension host loads as extensionTestsPath: runs the mocha suites in this folder and
// writes their counts and metrics to the file named by ARABIC_ANNOTATOR_TEST_RESULTS, because the
// host's own exit code cannot be trusted to reflect test failures.
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';
import { recordedMetrics } from './metrics';

interface FailedTest {
  title: string;
  error: string;
}

function writeResults(contents: object): void {
  const resultsFile = process.env.ARABIC_ANNOTATOR_TEST_RESULTS;
  if (resultsFile) fs.writeFileSync(resultsFile, JSON.stringify(contents, null, 2) + '\n');
}

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, grep: process.env.ARABIC_ANNOTATOR_TEST_GREP });
  // ARABIC_ANNOTATOR_BENCH runs the benches (`npm run bench`) instead of the tests.
  const suffix = process.env.ARABIC_ANNOTATOR_BENCH ? '.bench.js' : '.test.js';
  for (const file of fs.readdirSync(__dirname).filter((name) => name.endsWith(suffix)).sort()) {
    mocha.addFile(path.join(__dirname, file));
  }
  writeResults({ passes: 0, failures: 0, pending: 0, done: false });
  return new Promise((resolve, reject) => {
    const failed: FailedTest[] = [];
    const runner = mocha.run((failures) => {
      const stats = runner.stats ?? { passes: 0, failures, pending: 0 };
      writeResults({
        passes: stats.passes,
        failures: stats.failures,
        pending: stats.pending,
        done: true,
        failed,
        metrics: recordedMetrics(),
      });
      if (failures > 0) reject(new Error(`${failures} integration test(s) failed`));
      else resolve();
    });
    runner.on('fail', (test, error: Error) => failed.push({ title: test.fullTitle(), error: String(error?.message ?? error) }));
  });
}
