import * as assert from 'assert';
import { spawnSync } from 'child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { SCHEMA_VERSION } from '../../src/core/types';

// Compiled to out/test/cli: the project root is three levels up.
const ROOT = resolve(__dirname, '..', '..', '..');
const ANNOTATE = join(ROOT, 'scripts', 'annotate.mjs');

function annotate(args: string[], input?: string | Buffer): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [ANNOTATE, ...args], { input, encoding: 'utf8', cwd: ROOT });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The command with its standard output written to `path` (a device), as `annotate > path`. */
function annotateInto(path: string, args: string[] = []): { status: number | null; stderr: string } {
  const out = openSync(path, 'w');
  try {
    const result = spawnSync(process.execPath, [ANNOTATE, ...args], { encoding: 'utf8', cwd: ROOT, stdio: ['ignore', out, 'pipe'] });
    return { status: result.status, stderr: result.stderr };
  } finally {
    closeSync(out);
  }
}

describe('scripts/annotate.mjs (the real command, bundled from source)', function () {
  // Bundling on first use takes a moment on a slow machine; this is not a speed check.
  this.timeout(60_000);
  let dir: string;
  before(() => (dir = mkdtempSync(join(tmpdir(), 'annotate-test-'))));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('prints only the JSON for the sample article, with every span equal to its slice', () => {
    const result = annotate(['--format', 'json']);
    assert.strictEqual(result.status, 0, result.stderr);
    const json = JSON.parse(result.stdout);
    assert.strictEqual(json.schema, SCHEMA_VERSION);
  });

  it('keeps offsets into the file as read: BOM removed, CRLF untouched', () => {
    const text = 'قال الرئيس الروسي فلاديمير بوتين:\r\n"سنرد بقوة" في موسكو.\r\n';
    const file = join(dir, 'crlf.txt');
    writeFileSync(file, '\uFEFF' + text, 'utf8');
    const result = annotate([file]);
    assert.strictEqual(result.status, 0, result.stderr);
    const json = JSON.parse(result.stdout);
    const spans = [
      ...json.entities.flatMap((e: { mentions: unknown[] }) => e.mentions),
      ...json.quotes,
      ...json.quotes.map((q: { cue: unknown }) => q.cue).filter(Boolean),
    ] as Array<{ start: number; end: number; text: string }>;
    for (const s of spans) assert.strictEqual(text.slice(s.start, s.end), s.text);
  });

  it('reads standard input for "-" and prints the text report', () => {
    const result = annotate(['-', '--format', 'text'], 'قال بوتين إن الوضع هادئ.\n');
    assert.strictEqual(result.status, 0, result.stderr);
    assert.match(result.stdout, /^Entities: \d+/);
  });

  it('exits 1 with a one-line error for a directory', () => {
    const result = annotate([dir]);
    assert.strictEqual(result.status, 1);
    assert.strictEqual(result.stdout, '');
    assert.match(result.stderr, /^annotate: cannot read ".*": it is a directory\n$/);
  });

  it('runs for a user who owns neither the checkout nor its cached bundle', function () {
    // Only root can run it as someone else (65534: nobody). The tests before built the bundle as root.
    if (process.getuid?.() !== 0) this.skip();
    annotate([]);
    const result = spawnSync(process.execPath, [ANNOTATE, '--format', 'text'], { encoding: 'utf8', cwd: ROOT, uid: 65534, gid: 65534 });
    assert.strictEqual(result.status, 0, result.stderr);
    assert.match(result.stdout, /^Entities: \d+/);
  });

  it('refuses /dev/zero at the size limit, naming the limit and how to raise it', function () {
    if (!existsSync('/dev/zero')) this.skip();
    const result = annotate(['/dev/zero']);
    assert.strictEqual(result.status, 1);
    assert.strictEqual(result.stdout, '');
    assert.match(result.stderr, /^annotate: "\/dev\/zero" is larger than the input limit of 16 MB; --max-size MB raises it .*\n$/);
  });

  it('reads standard input only up to the limit given with --max-size', () => {
    const result = annotate(['-', '--max-size', '1'], Buffer.alloc(1024 * 1024 + 1, 'a'));
    assert.strictEqual(result.status, 1);
    assert.match(result.stderr, /^annotate: standard input is larger than the input limit of 1 MB/);
  });

  it('says in one line that a full disk took the output, and exits 3', function () {
    if (!existsSync('/dev/full')) this.skip();
    const result = annotateInto('/dev/full');
    assert.strictEqual(result.status, 3);
    assert.strictEqual(result.stderr, 'annotate: cannot write the output: no space left on device\n');
  });

  it('exits 3 with a message when started with standard output closed, and 0 into /dev/null', function () {
    // Only Linux's /proc tells a closed standard output from /dev/null (src/cli/index.ts).
    if (process.platform !== 'linux') this.skip();
    const closed = spawnSync('/bin/sh', ['-c', '"$0" "$1" >&-', process.execPath, ANNOTATE], { encoding: 'utf8', cwd: ROOT });
    assert.strictEqual(closed.status, 3, closed.stderr);
    assert.match(closed.stderr, /^annotate: standard output is closed, so the annotations would be lost/);
    assert.deepStrictEqual(annotateInto('/dev/null'), { status: 0, stderr: '' });
  });

  it('applies the corrections beside an article after a sentence is inserted at its top, and reports one whose text is gone', () => {
    const article = join(dir, 'news.txt');
    writeFileSync(article, 'وقالت مصادر مطلعة إن الاجتماع سيعقد في باريس الأسبوع المقبل.\n\n' + readFileSync(join(ROOT, 'seeds', 'sample-article.txt'), 'utf8'));
    const sidecar = readFileSync(join(ROOT, 'test', 'fixtures', 'corrections', 'sample-article.txt.annotations.json'), 'utf8');
    writeFileSync(article + '.annotations.json', sidecar.replace('"corrections": [\n', '"corrections": [\n    {"op":"entity","start":10,"end":21,"text":"أحمد القطان","type":"person"},\n'));
    const result = annotate([article, '--format', 'text']);
    assert.strictEqual(result.status, 0, result.stderr);
    assert.match(result.stderr, /^annotate: 1 correction in ".*news\.txt\.annotations\.json" not applied \(kept in the file\):\n {2}line 3: entity «أحمد القطان» \[10–21\]: its text is no longer in the article\n$/);
    assert.match(result.stdout, /\nOrganizations\n(?: {2}.*\n)*? {2}باريس — 2 mentions\n/);
    assert.doesNotMatch(result.stdout, /الشرق الأقصى|«مواضيع حساسة»/);
    assert.match(result.stdout, / {2}يانغ — 1 mention\n {4}roles: رئيس جامعة الدراسات الكورية الشمالية\n/);
    assert.match(result.stdout, /\n {2}وكالة ريا نوفوستي \(organization\) — 1 quotation\n {4}indirect \[\d+–\d+\] after “وذكرت”: «قطار كيم المدرع/);
    assert.strictEqual(readFileSync(article + '.annotations.json', 'utf8').includes('أحمد القطان'), true, 'the file is never rewritten by the command');
  });

  it('exits 2 with the usage on stderr for an unknown option', () => {
    const result = annotate(['--colour']);
    assert.strictEqual(result.status, 2);
    assert.strictEqual(result.stdout, '');
    assert.match(result.stderr, /Usage: npm run annotate/);
  });
});
