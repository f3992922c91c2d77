import * as assert from 'assert';
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

// The test runners' own logic (scripts/lib): how counts are read and when a layer counts as failed.
const repositoryRoot = path.resolve(__dirname, '..', '..', '..');
const reporter = path.join(repositoryRoot, 'scripts', 'lib', 'results-reporter.cjs');
const mocha = path.join(repositoryRoot, 'node_modules', 'mocha', 'bin', 'mocha.js');

/** Evaluates an expression over an ES module of scripts/lib in a separate Node (they are .mjs). */
function evaluateInModule(module: string, expression: string): unknown {
  const url = `file://${path.join(repositoryRoot, 'scripts', 'lib', module)}`;
  const source = `import * as lib from ${JSON.stringify(url)}; console.log(JSON.stringify(${expression}));`;
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', source], { encoding: 'utf8' }));
}

describe('scripts/lib/results-reporter.cjs', () => {
  it('writes the counts and the failed titles of a mocha run to its output file', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reporter-'));
    const suite = path.join(dir, 'sample.test.js');
    fs.writeFileSync(
      suite,
      "describe('fixture', () => { it('passes', () => {}); it('fails', () => { throw new Error('boom'); }); it.skip('waits', () => {}); });\n",
    );
    const output = path.join(dir, 'results.json');
    const run = spawnSync(process.execPath, [mocha, '--reporter', reporter, '--reporter-option', `output=${output}`, suite], { encoding: 'utf8' });
    assert.strictEqual(run.status, 1, 'mocha exits non-zero on a failure');
    assert.match(run.stdout, /1 passing/, 'the spec output is still printed');
    const results = JSON.parse(fs.readFileSync(output, 'utf8'));
    assert.deepStrictEqual(
      { passes: results.passes, failures: results.failures, pending: results.pending, done: results.done },
      { passes: 1, failures: 1, pending: 1, done: true },
    );
    assert.deepStrictEqual(results.failed, [{ title: 'fixture fails', error: 'boom' }]);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe('scripts/lib/results.mjs layerCounts', () => {
  const counts = (results: unknown, succeeded: boolean) =>
    evaluateInModule('results.mjs', `lib.layerCounts(${JSON.stringify(results)}, ${succeeded})`);

  it('takes the counts of a finished run as they are', () => {
    assert.deepStrictEqual(counts({ passes: 7, failures: 2, done: true }, false), { passed: 7, failed: 2 });
    assert.deepStrictEqual(counts({ passes: 7, failures: 0, done: true }, true), { passed: 7, failed: 0 });
  });

  it('adds a failure for a missing or unfinished results file', () => {
    assert.deepStrictEqual(counts(null, true), { passed: 0, failed: 1 });
    assert.deepStrictEqual(counts({ passes: 3, failures: 0, done: false }, true), { passed: 3, failed: 1 });
  });

  it('adds a failure for a run that ran nothing or failed without a failing test', () => {
    assert.deepStrictEqual(counts({ passes: 0, failures: 0, done: true }, true), { passed: 0, failed: 1 });
    assert.deepStrictEqual(counts({ passes: 4, failures: 0, done: true }, false), { passed: 4, failed: 1 });
  });
});

describe('scripts/lib/browser.mjs workbench addresses', () => {
  it('names server files with the same host and port as the page', () => {
    const uri = evaluateInModule('browser.mjs', `lib.remoteUri('http://127.0.0.1:8765', '/work/ext')`);
    assert.strictEqual(uri, 'vscode-remote://127.0.0.1:8765/work/ext');
  });

  it('passes the folder and the payload URL-encoded', () => {
    const url = evaluateInModule('browser.mjs', `lib.workbenchUrl('http://127.0.0.1:8765', '/w s', [['openFile', 'vscode-remote://h/a&b']])`) as string;
    const query = new URL(url).searchParams;
    assert.strictEqual(query.get('folder'), '/w s');
    assert.deepStrictEqual(JSON.parse(query.get('payload') ?? ''), [['openFile', 'vscode-remote://h/a&b']]);
  });
});
