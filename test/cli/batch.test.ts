import * as assert from 'assert';
import { spawnSync } from 'child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { parseArgs } from '../../src/cli/args';
import { BatchOutputCheck, expectedArticles } from '../../src/cli/batch-check';
import { outputName } from '../../src/cli/batch';

const ROOT = resolve(__dirname, '..', '..', '..');
const ANNOTATE = join(ROOT, 'scripts', 'annotate.mjs');
const PUTIN = 'قال الرئيس الروسي فلاديمير بوتين: "سنرد بقوة" في موسكو.\n';
const SHOUKRY = 'وقال وزير الخارجية سامح شكري إن الاجتماع كان مثمرا.\n';

function annotate(args: string[], input?: string | Buffer): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [ANNOTATE, ...args], { input, encoding: 'utf8', cwd: ROOT });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('batch arguments', () => {
  it('takes several paths as JSON lines, and a single FILE as before', () => {
    assert.deepStrictEqual(parseArgs(['a.txt', 'dir', '--format', 'jsonl']), { kind: 'batch', options: { paths: ['a.txt', 'dir'], input: 'files', format: 'jsonl', resume: false, maxSizeMB: 16 } });
    assert.strictEqual(parseArgs(['a.txt']).kind, 'run');
    // Several articles need a many-article format: the JSON of one article is one document.
    assert.strictEqual(parseArgs(['a.txt', 'b.txt']).kind, 'usage-error');
  });

  it('reads JSONL from standard input, with jobs, and writes --out with --resume', () => {
    const parsed = parseArgs(['--input', 'jsonl', '--jobs', '3', '--out', 'o', '--resume', '--format', 'speakers-csv']);
    assert.deepStrictEqual(parsed, { kind: 'batch', options: { paths: [], input: 'jsonl', format: 'speakers-csv', resume: true, outDir: 'o', jobs: 3, maxSizeMB: 16 } });
  });

  it('reads standard input with one thread and the exit of a map step for --mapper (--jobs may change the threads)', () => {
    assert.deepStrictEqual(parseArgs(['--mapper']), { kind: 'batch', options: { paths: [], input: 'jsonl', format: 'jsonl', resume: false, maxSizeMB: 16, jobs: 1, mapper: true } });
    const parsed = parseArgs(['--mapper', '--jobs', '2', '--input', 'jsonl', '--format', 'jsonl']);
    assert.strictEqual(parsed.kind === 'batch' && parsed.options.jobs, 2);
  });

  const errors: Array<[string[], RegExp]> = [
    [['--mapper', 'a.jsonl'], /--mapper reads JSON lines on standard input/],
    [['--mapper', '--format', 'speakers-csv'], /--mapper reads JSON lines/],
    [['--mapper', '--out', 'o'], /--mapper reads JSON lines/],
    [['--mapper', '--input', 'files'], /--mapper reads JSON lines/],
    [['a', 'b', '--jobs', '2', '--format', 'html'], /--format html is for one article/],
    [['a', '--out', 'o', '--format', 'jsonl'], /leave out --format jsonl/],
    [['a', '--resume'], /--resume goes with --out/],
    [['--jobs', '0', 'a'], /--jobs needs a whole number/],
    [['--format', 'jsonl'], /name the files or folders/],
    [['a', '--format', 'jsonl', '--explain'], /for one article/],
  ];
  for (const [argv, message] of errors) {
    it(`rejects ${JSON.stringify(argv)}`, () => {
      const parsed = parseArgs(argv);
      assert.match(parsed.kind === 'usage-error' ? parsed.message : parsed.kind, message);
    });
  }

  it('names --out files by their path made relative, or by their id escaped', () => {
    assert.strictEqual(outputName({ file: '/data/../x/a.txt' }), 'x/a.txt.json');
    assert.strictEqual(outputName({ file: '../a.md' }), 'a.md.json');
    assert.strictEqual(outputName({ id: '../2015/7' }), '%2E.%2F2015%2F7.json');
    assert.strictEqual(outputName({ id: 12 }), '12.json');
  });
});

describe('BatchOutputCheck', () => {
  const input = '{"id":"a","text":"ab cd"}\nnot json\n\n{"id":2,"text":"xyz"}\n';
  const good = [
    '{"id":"a","schema":"s","entities":[{"mentions":[{"start":3,"end":5,"text":"cd"}]}],"quotes":[]}',
    '{"line":2,"error":"not a JSON object"}',
    '{"id":2,"schema":"s","entities":[],"quotes":[{"start":0,"end":1,"text":"x","cue":{"start":1,"end":3,"text":"yz"}}]}',
  ];
  const stderr = 'annotate: line 2: not a JSON object\nannotate: 2 articles annotated\n';
  const checked = (lines: string[], errors = stderr) => {
    const check = new BatchOutputCheck(expectedArticles(input));
    lines.forEach((line) => check.line(line));
    return check.end(errors);
  };

  it('passes a run where every line holds up', () => {
    assert.deepStrictEqual(checked(good), { lines: 3, annotated: 2, failed: 1, spans: 3, problems: [] });
  });

  const faults: Array<[string, string[], string, RegExp]> = [
    ['lines out of order', [good[0], good[2], good[1]], stderr, /order not kept/],
    ['a missing line', good.slice(0, 2), stderr, /1 inputs have no output line/],
    ['an offset that does not slice back', [good[0].replace('"start":3', '"start":2'), good[1], good[2]], stderr, /span 2–5 "cd" is not the text/],
    ['a failure not on stderr', good, 'annotate: 2 articles annotated\n', /line 2 is not reported/],
    ['a line that is not JSON', [good[0], '{"line":2,', good[2]], stderr, /output line 2 is not JSON/],
    ['annotations for an input that has no text', [good[0], '{"line":2,"entities":[]}', good[2]], stderr, /cannot be annotated/],
  ];
  for (const [fault, lines, errors, problem] of faults) {
    it(`fails ${fault}`, () => {
      const { problems } = checked(lines, errors);
      assert.ok(problems.some((p) => problem.test(p)), problems.join('\n'));
    });
  }
});

describe('the batch command (scripts/annotate.mjs)', function () {
  // Bundling and starting threads take a moment on a slow machine; this is not a speed check.
  this.timeout(120_000);
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'annotate-batch-'));
    mkdirSync(join(dir, 'in', 'sub'), { recursive: true });
    writeFileSync(join(dir, 'in', 'a.txt'), PUTIN);
    writeFileSync(join(dir, 'in', 'sub', 'b.md'), SHOUKRY);
    writeFileSync(join(dir, 'in', 'c.txt'), Buffer.from([0, 1, 2, 0, 0, 0x41]));
    writeFileSync(join(dir, 'in', 'notes.json'), '{}');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('walks folders in name order, one line per article, failures reported and the run going on', () => {
    const inputs = [join(dir, 'in'), join(dir, 'missing.txt')];
    const result = annotate([...inputs, '--jobs', '2']);
    assert.strictEqual(result.status, 1, result.stderr);
    const lines = result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
    assert.deepStrictEqual(lines.map((l) => l.file), [join(dir, 'in', 'a.txt'), join(dir, 'in', 'c.txt'), join(dir, 'in', 'sub', 'b.md'), join(dir, 'missing.txt')]);
    assert.match(lines[1].error, /binary/);
    assert.match(lines[3].error, /no such file/);
    for (const mention of lines[0].entities.flatMap((e: { mentions: unknown[] }) => e.mentions)) assert.strictEqual(PUTIN.slice(mention.start, mention.end), mention.text);
    const stderr = result.stderr.split('\n');
    assert.ok(stderr.some((l) => /^annotate: ".*c\.txt": the input looks binary/.test(l)), result.stderr);
    assert.match(result.stderr, /annotate: 2 articles annotated, 2 failed; \d+ entities, 2 quotations;/);
  });

  it('reads JSONL on standard input and passes its own check', () => {
    const jsonl = [JSON.stringify({ id: 'p', text: PUTIN }), '{"id": 7}', JSON.stringify({ id: 8, text: SHOUKRY })].join('\n') + '\n';
    const result = annotate(['--input', 'jsonl', '--jobs', '1'], jsonl);
    assert.strictEqual(result.status, 1, result.stderr);
    const check = new BatchOutputCheck(expectedArticles(jsonl));
    result.stdout.trimEnd().split('\n').forEach((line) => check.line(line));
    assert.deepStrictEqual(check.end(result.stderr), { lines: 3, annotated: 2, failed: 1, spans: check.end(result.stderr).spans, problems: [] });
  });

  it('writes one JSON per article with --out, and --resume analyses only what is not there', () => {
    const out = join(dir, 'out');
    const first = annotate([join(dir, 'in', 'a.txt'), '--out', out]);
    assert.strictEqual(first.status, 0, first.stderr);
    const written = join(out, outputName({ file: join(dir, 'in', 'a.txt') }));
    assert.ok(existsSync(written));
    assert.strictEqual(JSON.parse(readFileSync(written, 'utf8')).quotes.length, 1);
    const second = annotate([join(dir, 'in', 'a.txt'), join(dir, 'in', 'sub', 'b.md'), '--out', out, '--resume']);
    assert.strictEqual(second.status, 0, second.stderr);
    assert.match(second.stderr, /1 articles annotated, 1 already in /);
    assert.strictEqual(second.stdout, '');
  });

  it('sums who is quoted over the run as CSV with a BOM', () => {
    const result = annotate([join(dir, 'in', 'a.txt'), join(dir, 'in', 'a.txt'), join(dir, 'in', 'sub', 'b.md'), '--format', 'speakers-csv']);
    assert.strictEqual(result.status, 0, result.stderr);
    const rows = result.stdout.split('\r\n');
    assert.strictEqual(rows[0], '\uFEFFspeaker,type,quotations,articles quoted,roles');
    assert.match(rows[1], /^فلاديمير بوتين,person,2,2,/);
  });
});
