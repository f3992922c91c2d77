import * as assert from 'assert';
import { CliIo, describeReadError, describeWriteError, EXIT_BAD_INPUT, EXIT_OK, EXIT_USAGE, runCli } from '../../src/cli/main';
import { SCHEMA_VERSION } from '../../src/core/types';
import { errno, run, utf8 } from './fake-cli';

const ARTICLE = utf8('\uFEFFقال الرئيس إن الوضع هادئ.\r\n');

describe('cli/main runCli', () => {
  it('prints only the annotation JSON for a file', () => {
    const result = run(['a.txt', '--format', 'json'], { 'a.txt': ARTICLE });
    assert.strictEqual(result.code, EXIT_OK);
    assert.strictEqual(result.stderr, '');
    const json = JSON.parse(result.stdout);
    assert.strictEqual(json.schema, SCHEMA_VERSION);
    assert.ok(Array.isArray(json.entities) && Array.isArray(json.quotes));
  });

  it('reads the sample article when no file is given, and standard input for "-"', () => {
    assert.deepStrictEqual(run([], { '/project/seeds/sample-article.txt': ARTICLE }).read, ['/project/seeds/sample-article.txt', '/project/seeds/sample-article.txt.annotations.json']);
    const fromStdin = run(['-'], {}, ARTICLE);
    assert.strictEqual(fromStdin.code, EXIT_OK);
    assert.deepStrictEqual(fromStdin.read, []);
  });

  it('prints valid empty annotations for empty input', () => {
    const result = run(['-'], {}, new Uint8Array());
    assert.strictEqual(result.code, EXIT_OK);
    assert.deepStrictEqual(JSON.parse(result.stdout), { schema: SCHEMA_VERSION, entities: [], quotes: [] });
  });

  it('prints the text report with --format text', () => {
    const result = run(['a.txt', '--format', 'text'], { 'a.txt': ARTICLE });
    assert.strictEqual(result.code, EXIT_OK);
    assert.match(result.stdout, /^Entities: \d+/);
    assert.match(result.stdout, /\nQuotations: \d+/);
  });

  it('says with --explain which rule chose each speaker and from which words', () => {
    const article = utf8('وقال المتحدث باسم الكرملين ديمتري بيسكوف إن الزيارة ستتم قريبا.\nوأضاف أن الرئيس سيلتقي نظيره.\n');
    const result = run(['a.txt', '--explain'], { 'a.txt': article });
    assert.strictEqual(result.code, EXIT_OK);
    assert.match(result.stdout, /^Quotations: 2\n/);
    assert.match(result.stdout, /q1 indirect .*\n {2}speaker: ديمتري بيسكوف \(person\)\n {2}cue: «وقال».*\n {2}why: title-then-name: .*\n {2}from the words: «المتحدث باسم الكرملين ديمتري بيسكوف»/);
    assert.match(result.stdout, /q2 indirect .*\n {2}speaker: ديمتري بيسكوف .*\n {2}cue: «وأضاف».*\n {2}why: last-speaker: .*\n {6}← title-then-name: /);
  });

  it('writes the article as a standalone right-to-left page with --format html, its markup as text', () => {
    const article = utf8('وقال بوتين <img src=x onerror=alert(1)> إن «الزيارة مهمة».\nوأضاف أن المحادثات ستستمر.\n');
    const result = run(['a.txt', '--format', 'html'], { 'a.txt': article });
    assert.strictEqual(result.code, EXIT_OK);
    assert.strictEqual(result.stderr, '');
    assert.match(result.stdout, /^<!DOCTYPE html>\n<html dir="rtl" lang="ar">/);
    assert.match(result.stdout, /<mark class="entity person"[^>]*>بوتين<\/mark> &lt;img src=x onerror=alert\(1\)&gt; إن/);
    assert.match(result.stdout, /<p>وأضاف/);
    assert.ok(!result.stdout.includes('<script'), 'the standalone page has no script');
  });

  it('adds the explanations to the JSON with --format json --explain', () => {
    const json = JSON.parse(run(['a.txt', '--format', 'json', '--explain'], { 'a.txt': ARTICLE }).stdout);
    assert.strictEqual(json.schema, SCHEMA_VERSION);
    assert.deepStrictEqual(json.explanations.map((x: { quote: string }) => x.quote), json.quotes.map((q: { id: string }) => q.id));
  });

  const unreadable: Array<[string, Error | Uint8Array, RegExp]> = [
    ['missing', errno('ENOENT'), /^annotate: cannot read "f": no such file\n$/],
    ['a directory', errno('EISDIR'), /^annotate: cannot read "f": it is a directory\n$/],
    ['forbidden', errno('EACCES'), /^annotate: cannot read "f": permission denied\n$/],
    ['binary', Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 0, 0xff, 0xfe]), /^annotate: "f": the input looks binary, not text .*\n$/],
  ];
  for (const [what, content, message] of unreadable) {
    it(`fails with one line on stderr and exit 1 when the file is ${what}`, () => {
      const result = run(['f'], { f: content });
      assert.strictEqual(result.code, EXIT_BAD_INPUT);
      assert.strictEqual(result.stdout, '');
      assert.match(result.stderr, message);
    });
  }

  it('refuses input over the size limit with one line naming the limit and how to raise it', () => {
    const article = utf8('قال الرئيس إن الوضع هادئ.\n'.repeat(15_000)); // 0.66 MB
    const overLimit = run(['f', '--max-size', '0.5'], { f: article });
    assert.strictEqual(overLimit.code, EXIT_BAD_INPUT);
    assert.strictEqual(overLimit.stdout, '');
    assert.match(overLimit.stderr, /^annotate: "f" is larger than the input limit of 0\.5 MB; --max-size MB raises it .*\n$/);
    assert.match(run(['-', '--max-size=0.5'], {}, article).stderr, /^annotate: standard input is larger than the input limit of 0\.5 MB/);
    assert.strictEqual(run(['f', '--max-size', '1'], { f: article }).code, EXIT_OK);
  });

  it('writes the JSON in pieces, none of them the whole output', () => {
    const writes: string[] = [];
    const article = utf8('قال الرئيس فلاديمير بوتين في موسكو إن «الوضع هادئ».\n'.repeat(5_000));
    const io: CliIo = { readFile: () => article, readStdin: () => article, writeStdout: (text) => void writes.push(text), writeStderr: assert.fail, writeFileAtomic: assert.fail, exists: assert.fail };
    assert.strictEqual(runCli(['f', '--no-corrections'], io, 'sample'), EXIT_OK);
    assert.ok(writes.length > 1, `${writes.length} writes`);
    assert.strictEqual(JSON.stringify(JSON.parse(writes.join('')), null, 2) + '\n', writes.join(''));
  });

  it('prints usage on stderr and exits 2 for an unknown option', () => {
    const result = run(['--fast'], {});
    assert.strictEqual(result.code, EXIT_USAGE);
    assert.strictEqual(result.stdout, '');
    assert.match(result.stderr, /^annotate: unknown option "--fast"\nUsage: /);
  });

  it('prints usage on stdout and exits 0 for --help', () => {
    const result = run(['--help'], {});
    assert.strictEqual(result.code, EXIT_OK);
    assert.match(result.stdout, /^Usage: /);
  });
});

describe('cli/main describeReadError, describeWriteError', () => {
  it('keeps only the first line of an unknown error', () => {
    assert.strictEqual(describeReadError(errno('EWHATEVER')), 'EWHATEVER: some long system message');
    assert.strictEqual(describeReadError('plain'), 'plain');
    assert.strictEqual(describeWriteError(errno('EWHATEVER')), 'EWHATEVER: some long system message');
  });

  it('says what a full disk is', () => {
    assert.strictEqual(describeWriteError(errno('ENOSPC')), 'no space left on device');
  });
});
