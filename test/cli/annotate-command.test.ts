import * as assert from 'assert';
import { spawnSync } from 'child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
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

  it('exits 2 with the usage on stderr for an unknown option', () => {
    const result = annotate(['--colour']);
    assert.strictEqual(result.status, 2);
    assert.strictEqual(result.stdout, '');
    assert.match(result.stderr, /Usage: npm run annotate/);
  });
});
