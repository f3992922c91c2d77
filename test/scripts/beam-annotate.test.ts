import * as assert from 'assert';
import { spawnSync } from 'child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { BatchOutputCheck, expectedArticles } from '../../src/cli/batch-check';
import { readJsonlArticles, runBeamPipeline } from '../../scripts/beam-annotate';

const ROOT = resolve(__dirname, '..', '..', '..');
const FIXTURES = join(ROOT, 'test', 'fixtures');

describe('scripts/beam-annotate.ts (the annotation as an Apache Beam pipeline, direct runner)', function () {
  this.timeout(120_000);
  let dir: string;
  before(() => (dir = mkdtempSync(join(tmpdir(), 'beam-annotate-'))));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the line the batch command writes for each input line, failures included', async () => {
    const articles = readdirSync(FIXTURES).filter((name) => name.endsWith('.txt')).sort();
    const lines = articles.map((name) => JSON.stringify({ id: name, text: readFileSync(join(FIXTURES, name), 'utf8') }));
    lines.splice(3, 0, 'not json', '', '{"id":"no-text"}');
    const jsonl = lines.join('\n') + '\n';
    const input = join(dir, 'in.jsonl');
    const output = join(dir, 'out.jsonl');
    writeFileSync(input, jsonl);
    writeFileSync(output, 'left over from an earlier run\n');

    await runBeamPipeline(input, output);

    const written = readFileSync(output, 'utf8').trimEnd().split('\n');
    // Beam keeps no order: the check reads the lines in input order, found by their label.
    const expected = expectedArticles(jsonl);
    const labelled = new Map(written.map((line) => {
      const { id, line: lineNumber } = JSON.parse(line) as { id?: string; line?: number };
      return [JSON.stringify(id !== undefined ? { id } : { line: lineNumber }), line] as const;
    }));
    const check = new BatchOutputCheck(expected);
    for (const { label } of expected) check.line(labelled.get(JSON.stringify(label)) ?? '');
    const report = check.end('annotate: line 4: not a JSON object\nannotate: id "no-text": no "text"\n');
    assert.deepStrictEqual(report.problems, []);
    assert.strictEqual(written.length, articles.length + 2);
    assert.strictEqual(report.annotated, articles.length);

    const fromCommand = spawnSync(process.execPath, [join(ROOT, 'scripts', 'annotate.mjs'), '--input', 'jsonl', '--jobs', '1'], { input: jsonl, encoding: 'utf8', cwd: ROOT });
    assert.deepStrictEqual([...written].sort(), fromCommand.stdout.trimEnd().split('\n').sort());
  });

  it('reads a file a chunk at a time: a line across chunks, no newline at the end, blank lines', () => {
    const input = join(dir, 'chunks.jsonl');
    const long = 'ق'.repeat(700_000);
    writeFileSync(input, `{"id":1,"text":"${long}"}\n\n{"id":2,"text":"ب"}`);
    const read = [...readJsonlArticles(input)];
    assert.deepStrictEqual(read.map((article) => [article.label, article.text?.length]), [[{ id: 1 }, 700_000], [{ id: 2 }, 1]]);
  });
});
