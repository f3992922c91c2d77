import * as assert from 'assert';
import { readFileSync } from 'fs';
import { resolve } from 'path';
import { EXIT_BAD_CORRECTIONS, EXIT_OK } from '../../src/cli/main';
import { Annotations } from '../../src/core/types';
import { errno, run, utf8 } from './fake-cli';

// Compiled to out/test/cli: the project root is three levels up.
const ROOT = resolve(__dirname, '..', '..', '..');
const SAMPLE = readFileSync(resolve(ROOT, 'seeds', 'sample-article.txt'));
const SIDECAR = readFileSync(resolve(ROOT, 'test', 'fixtures', 'corrections', 'sample-article.txt.annotations.json'));

const typeOf = (json: Annotations, name: string) => json.entities.find((e) => e.name === name)?.type;

describe('cli corrections beside the article', () => {
  it('applies FILE.annotations.json when it is there, and not with --no-corrections', () => {
    const files = { 'news.txt': SAMPLE, 'news.txt.annotations.json': SIDECAR };
    const corrected = run(['news.txt'], files);
    assert.strictEqual(corrected.code, EXIT_OK);
    assert.strictEqual(corrected.stderr, '');
    assert.deepStrictEqual(corrected.read, ['news.txt', 'news.txt.annotations.json']);
    assert.strictEqual(typeOf(JSON.parse(corrected.stdout), 'باريس'), 'organization');

    const ignored = run(['news.txt', '--no-corrections'], files);
    assert.deepStrictEqual(ignored.read, ['news.txt']);
    assert.strictEqual(typeOf(JSON.parse(ignored.stdout), 'باريس'), 'place');
  });

  it('changes the text report and --explain: the removed name and quotation are gone, the role is shown, the speaker is the user\'s', () => {
    const files = { 'news.txt': SAMPLE, 'news.txt.annotations.json': SIDECAR };
    const [before, after] = [run(['news.txt', '--format', 'text', '--no-corrections'], files).stdout, run(['news.txt', '--format', 'text'], files).stdout];
    assert.match(before, /الشرق الأقصى/);
    assert.doesNotMatch(after, /الشرق الأقصى/);
    assert.match(after, / {2}يانغ — 1 mention\n {4}roles: رئيس جامعة الدراسات الكورية الشمالية\n/);
    assert.match(after, /\n {2}وكالة ريا نوفوستي \(organization\) — 1 quotation\n {4}indirect \[1516–1601\]/);
    assert.doesNotMatch(after, /«مواضيع حساسة»/);
    const explained = run(['news.txt', '--explain'], files).stdout;
    assert.match(explained, /\[1516–1601\].*\n {2}speaker: وكالة ريا نوفوستي \(organization\)\n {2}cue: .*\n {2}why: a correction kept beside the article\n/);
  });

  it('reports a correction whose text is gone on stderr, with its line, and applies the others', () => {
    const withGone = SIDECAR.toString('utf8').replace('"corrections": [\n', '"corrections": [\n    {"op":"entity","start":10,"end":21,"text":"أحمد القطان","type":"person"},\n');
    const result = run(['news.txt'], { 'news.txt': SAMPLE, 'news.txt.annotations.json': utf8(withGone) });
    assert.strictEqual(result.code, EXIT_OK);
    assert.strictEqual(result.stderr, 'annotate: 1 correction in "news.txt.annotations.json" not applied (kept in the file):\n  line 3: entity «أحمد القطان» [10–21]: its text is no longer in the article\n');
    assert.strictEqual(typeOf(JSON.parse(result.stdout), 'باريس'), 'organization');
  });

  it('names the line of a malformed file, prints the analysis without it and exits 4', () => {
    const broken = SIDECAR.toString('utf8').replace('"kind":null}', '"kind":nul}');
    const result = run(['news.txt', '--format', 'json'], { 'news.txt': SAMPLE, 'news.txt.annotations.json': utf8(broken) });
    assert.strictEqual(result.code, EXIT_BAD_CORRECTIONS);
    assert.strictEqual(result.stderr, 'annotate: "news.txt.annotations.json" line 3: unexpected "n"; the analysis is printed without its corrections\n');
    assert.strictEqual(typeOf(JSON.parse(result.stdout), 'باريس'), 'place');
  });

  it('says why an unreadable file is not applied', () => {
    const result = run(['news.txt'], { 'news.txt': SAMPLE, 'news.txt.annotations.json': errno('EACCES') });
    assert.strictEqual(result.code, EXIT_BAD_CORRECTIONS);
    assert.strictEqual(result.stderr, 'annotate: cannot read "news.txt.annotations.json": permission denied; the analysis is printed without its corrections\n');
  });

  it('looks for no file beside standard input', () => {
    assert.deepStrictEqual(run(['-'], {}, SAMPLE).read, []);
  });
});
