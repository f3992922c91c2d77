import * as assert from 'assert';
import { spawn, spawnSync } from 'child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { dirname, join, resolve } from 'path';
import { BatchOutputCheck, expectedArticles } from '../../src/cli/batch-check';

// Compiled to out/test/scripts: the project root is three levels up.
const ROOT = resolve(__dirname, '..', '..', '..');
const FIXTURES = join(ROOT, 'test', 'fixtures');

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** One process with `input` on its standard input, as a cluster engine starts one per partition. */
function runPiped(args: string[], input: Buffer, cwd: string): Promise<Run> {
  return new Promise((done, fail) => {
    // No NODE_PATH: the bundle must find nothing outside itself.
    const env = { PATH: process.env.PATH ?? '' };
    const child = spawn(process.execPath, args, { cwd, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (text: string) => (stdout += text));
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
    child.on('error', fail);
    child.on('close', (status) => done({ status, stdout, stderr }));
    child.stdin.end(input);
  });
}

function hasNodeModulesAbove(dir: string): boolean {
  for (let at = dir; ; at = dirname(at)) {
    if (existsSync(join(at, 'node_modules'))) return true;
    if (dirname(at) === at) return false;
  }
}

/** Three partitions of {"id", "text"} lines from the fixture articles; the second holds bad lines. */
function partitions(): Buffer[] {
  const articles = readdirSync(FIXTURES).filter((name) => name.endsWith('.txt')).sort();
  const line = (name: string): string => JSON.stringify({ id: name, text: readFileSync(join(FIXTURES, name), 'utf8') }) + '\n';
  const third = Math.ceil(articles.length / 3);
  const [first, second, last] = [0, 1, 2].map((i) => articles.slice(i * third, (i + 1) * third).map(line));
  const bad = [
    Buffer.from('not json\n'),
    Buffer.from('{"id":"no-text"}\n'),
    // Not UTF-8 (a Windows-1256 «قال»): named by its line, as what it says cannot be read.
    Buffer.from([0xe2, 0xc7, 0xe1, 0x0a]),
    // A blank line is no record: it gets no line.
    Buffer.from('\n'),
  ];
  return [
    Buffer.from(first.join('')),
    Buffer.concat([Buffer.from(second[0]), ...bad.slice(0, 2), Buffer.from(second.slice(1).join('')), ...bad.slice(2)]),
    Buffer.from(last.join('')),
  ];
}

describe('the shipped CLI bundle as a cluster mapper (scripts/build-cli.mjs, annotate.cjs --mapper)', function () {
  // Bundling and three cold processes on a busy 2-core machine; this is not a speed check.
  this.timeout(120_000);
  let buildDir: string;
  let shipDir: string;
  let bundle: string;
  before(() => {
    buildDir = mkdtempSync(join(tmpdir(), 'annotate-build-'));
    shipDir = mkdtempSync(join(tmpdir(), 'annotate-ship-'));
    const built = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build-cli.mjs'), join(buildDir, 'annotate.cjs')], { encoding: 'utf8' });
    assert.strictEqual(built.status, 0, built.stderr);
    // Only the bundle ships: no node_modules, no sample, no checkout.
    bundle = join(shipDir, 'annotate.cjs');
    copyFileSync(join(buildDir, 'annotate.cjs'), bundle);
  });
  after(() => {
    rmSync(buildDir, { recursive: true, force: true });
    rmSync(shipDir, { recursive: true, force: true });
  });

  it('runs alone, one process per partition as RDD.pipe does: a line out per line in, in order, bad lines as error lines, exit 0', async () => {
    assert.ok(!hasNodeModulesAbove(shipDir), `${shipDir} has a node_modules above it`);
    assert.deepStrictEqual(readdirSync(shipDir), ['annotate.cjs']);
    const inputs = partitions();
    const runs = await Promise.all(inputs.map((input) => runPiped([bundle, '--mapper'], input, shipDir)));
    let annotated = 0;
    runs.forEach((run, partition) => {
      assert.strictEqual(run.status, 0, `partition ${partition}: ${run.stderr}`);
      const check = new BatchOutputCheck(expectedArticles(inputs[partition].toString('utf8')));
      const lines = run.stdout.split('\n');
      assert.strictEqual(lines.pop(), '', 'the output ends with a newline');
      lines.forEach((line) => check.line(line));
      const report = check.end(run.stderr);
      assert.deepStrictEqual(report.problems, [], `partition ${partition}`);
      annotated += report.annotated;
      if (partition === 1) {
        assert.strictEqual(report.failed, 3);
        assert.match(run.stderr, /line \d+: not a JSON object/);
        assert.match(run.stderr, /id "no-text": no "text"/);
        assert.match(run.stderr, /line \d+: .*UTF-8/);
      }
    });
    assert.strictEqual(annotated, readdirSync(FIXTURES).filter((name) => name.endsWith('.txt')).length);
  });

  it('prints what the command from source prints, line for line', async () => {
    const [input] = partitions();
    const [shipped, fromSource] = await Promise.all([
      runPiped([bundle, '--mapper'], input, shipDir),
      runPiped([join(ROOT, 'scripts', 'annotate.mjs'), '--input', 'jsonl', '--jobs', '1'], input, ROOT),
    ]);
    assert.strictEqual(fromSource.status, 0, fromSource.stderr);
    assert.strictEqual(shipped.stdout, fromSource.stdout);
  });

  it('keeps to Hadoop Streaming: no tab in a line, so each is a key, and the tab TextOutputFormat appends after it still parses', async () => {
    const run = await runPiped([bundle, '--mapper'], partitions()[1], shipDir);
    const lines = run.stdout.trimEnd().split('\n');
    for (const line of lines) {
      assert.ok(!line.includes('\t'), line.slice(0, 80));
      // A map-only job writes key, the separator and the empty value.
      assert.deepStrictEqual(JSON.parse(`${line}\t`), JSON.parse(line));
    }
  });

  it('exits 1 for the same bad lines without --mapper (an engine would discard the partition), and 3 when the output is lost even with it', async () => {
    const withoutMapper = await runPiped([bundle, '--input', 'jsonl'], partitions()[1], shipDir);
    assert.strictEqual(withoutMapper.status, 1);
    const closed = spawnSync('sh', ['-c', `"${process.execPath}" "${bundle}" --mapper >&-`], { input: partitions()[0], encoding: 'utf8' });
    assert.strictEqual(closed.status, 3, closed.stderr);
  });
});
