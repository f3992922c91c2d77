import * as assert from 'assert';
import { readFileSync } from 'fs';
import { resolve } from 'path';
import { EXIT_BAD_INPUT, EXIT_IMPORT_INCOMPLETE, EXIT_OK, EXIT_OUTPUT_FAILED } from '../../src/cli/main';
import { formatBratConf } from '../../src/core/export/brat';
import { Annotations } from '../../src/core/types';
import { errno, run, utf8 } from './fake-cli';

const ROOT = resolve(__dirname, '..', '..', '..');
const SAMPLE = readFileSync(resolve(ROOT, 'seeds', 'sample-article.txt'));
const SIDECAR = readFileSync(resolve(ROOT, 'test', 'fixtures', 'corrections', 'sample-article.txt.annotations.json'));
const decode = (bytes: Uint8Array | Error | undefined) => new TextDecoder().decode(bytes as Uint8Array);

/** Names with their types and quotations with their speakers' names: what a round trip keeps. */
function summary(json: Annotations) {
  const name = (id: string | null) => json.entities.find((e) => e.id === id)?.name ?? null;
  return {
    entities: json.entities.map((e) => `${e.type} ${e.mentions.map((m) => m.start).join(',')} ${[...e.roles].sort().join('|')}`).sort(),
    quotes: json.quotes.map((q) => `${q.start}-${q.end} ${q.kind} ${name(q.speaker)}`),
  };
}

describe('cli export and import', () => {
  it('prints the corrected analysis as brat, CoNLL or CSV, and annotation.conf with --brat-conf', () => {
    const files = { 'news.txt': SAMPLE, 'news.txt.annotations.json': SIDECAR };
    const brat = run(['news.txt', '--format', 'brat'], files);
    assert.strictEqual(brat.code, EXIT_OK);
    assert.match(brat.stdout, /^T1\tPlace 1 6\tموسكو\n/);
    // The sidecar's retyped name is in the export.
    assert.match(brat.stdout, /\tOrganization \d+ \d+\tباريس\n/);
    assert.match(run(['news.txt', '--format', 'conll'], files).stdout, /^\(\tO\nموسكو\tB-LOC\n/);
    assert.match(run(['news.txt', '--format=csv'], files).stdout, /^\uFEFFspeaker,role,kind,channel,quotation,start,end,cue\r\n/);
    const conf = run(['--brat-conf'], {});
    assert.deepStrictEqual([conf.code, conf.stdout, conf.read], [EXIT_OK, formatBratConf(), []]);
  });

  it('writes FILE.annotations.json from a .ann so that the analysis says what the .ann says, keeping the file that was there', () => {
    const corrected = { 'news.txt': SAMPLE, 'news.txt.annotations.json': SIDECAR };
    const ann = utf8(run(['news.txt', '--format', 'brat'], corrected).stdout);
    const before = JSON.parse(run(['news.txt'], corrected).stdout);

    const fresh = run(['news.txt', '--import-brat', 'news.ann'], { 'news.txt': SAMPLE, 'news.ann': ann });
    assert.strictEqual(fresh.code, EXIT_OK, fresh.stderr);
    assert.strictEqual(fresh.stdout, '');
    assert.match(fresh.stderr, /^annotate: wrote "news.txt.annotations.json": \d+ corrections from "news.ann"\n$/);
    const after = run(['news.txt'], { 'news.txt': SAMPLE, 'news.txt.annotations.json': fresh.files['news.txt.annotations.json'] });
    assert.strictEqual(after.stderr, '');
    assert.deepStrictEqual(summary(JSON.parse(after.stdout)), summary(before));

    // Over a sidecar that says otherwise — here a broken one — the old file is kept aside first.
    const broken = utf8('{ "schema": "arabic-article-corrections/1", "corrections": [ oops');
    const over = run(['news.txt', '--import-brat', 'news.ann'], { 'news.txt': SAMPLE, 'news.ann': ann, 'news.txt.annotations.json': broken, 'news.txt.annotations.json.bak': utf8('older') });
    assert.strictEqual(over.code, EXIT_OK);
    assert.match(over.stderr, /the file that was there is kept as "news.txt.annotations.json.bak2"\n$/);
    assert.deepStrictEqual(over.files['news.txt.annotations.json.bak2'], broken);
    assert.strictEqual(decode(over.files['news.txt.annotations.json.bak']), 'older');
    assert.strictEqual(decode(over.files['news.txt.annotations.json']), decode(fresh.files['news.txt.annotations.json']));

    // The same import again changes nothing and keeps no copy.
    const again = run(['news.txt', '--import-brat', 'news.ann'], { ...fresh.files });
    assert.deepStrictEqual(Object.keys(again.files).sort(), Object.keys(fresh.files).sort());
  });

  it('writes nothing when lines of the .ann cannot be read, and names them', () => {
    const ann = utf8('T1\tPerson 0 3\txyz\nT2\tPlace 1 6\tموسكو\nnonsense\n');
    const result = run(['news.txt', '--import-brat', 'news.ann'], { 'news.txt': SAMPLE, 'news.ann': ann });
    assert.strictEqual(result.code, EXIT_IMPORT_INCOMPLETE);
    assert.match(result.stderr, /^annotate: "news.ann" line 1: T1: «xyz» is not the article's text at 0 3 \(code points\): «\(مو»\n/);
    assert.match(result.stderr, /\nannotate: "news.ann" line 3: not a brat annotation/);
    assert.match(result.stderr, /\nannotate: nothing written: 2 lines of "news.ann" cannot be read\n$/);
    assert.deepStrictEqual(Object.keys(result.files).sort(), ['news.ann', 'news.txt']);
  });

  it('says when the .ann cannot be read or the sidecar cannot be written', () => {
    const missing = run(['news.txt', '--import-brat', 'gone.ann'], { 'news.txt': SAMPLE });
    assert.deepStrictEqual([missing.code, missing.stderr], [EXIT_BAD_INPUT, 'annotate: cannot read "gone.ann": no such file\n']);
    const full = run(['news.txt', '--import-brat', 'news.ann'], { 'news.txt': SAMPLE, 'news.ann': utf8('T1\tPlace 1 6\tموسكو\n'), 'news.txt.annotations.json': errno('ENOSPC') });
    assert.strictEqual(full.code, EXIT_OUTPUT_FAILED);
    assert.match(full.stderr, /^annotate: cannot write "news.txt.annotations.json": no space left on device\n$/);
  });
});
