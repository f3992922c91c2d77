// Mocha reporter: the spec output on the console, plus the counts written as JSON to the file named by
// the reporter option `output` or MOCHA_RESULTS_FILE, so runners never parse prose.
const { writeFileSync } = require('node:fs');
const Mocha = require('mocha');

const { EVENT_RUN_END } = Mocha.Runner.constants;

class ResultsReporter extends Mocha.reporters.Spec {
  constructor(runner, options = {}) {
    super(runner, options);
    const output = options.reporterOption?.output ?? options.reporterOptions?.output ?? process.env.MOCHA_RESULTS_FILE;
    const failed = [];
    runner.on('fail', (test, error) => failed.push({ title: test.fullTitle(), error: String(error?.message ?? error) }));
    runner.once(EVENT_RUN_END, () => {
      if (!output) return;
      const { passes, failures, pending } = this.stats;
      writeFileSync(output, JSON.stringify({ passes, failures, pending, done: true, failed }, null, 2) + '\n');
    });
  }
}

module.exports = ResultsReporter;
