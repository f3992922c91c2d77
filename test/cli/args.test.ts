import * as assert from 'assert';
import { DEFAULT_MAX_SIZE_MB, parseArgs } from '../../src/cli/args';

describe('cli/args parseArgs', () => {
  it('defaults to the sample article as JSON', () => {
    assert.deepStrictEqual(parseArgs([]), { kind: 'run', options: { input: { kind: 'sample' }, format: 'json', explain: false, maxSizeMB: DEFAULT_MAX_SIZE_MB } });
  });

  it('reads a file, "-" as standard input, and both spellings of --format', () => {
    assert.deepStrictEqual(parseArgs(['article.txt', '--format', 'text']), {
      kind: 'run',
      options: { input: { kind: 'file', path: 'article.txt' }, format: 'text', explain: false, maxSizeMB: DEFAULT_MAX_SIZE_MB },
    });
    assert.deepStrictEqual(parseArgs(['--format=json', '-']), { kind: 'run', options: { input: { kind: 'stdin' }, format: 'json', explain: false, maxSizeMB: DEFAULT_MAX_SIZE_MB } });
  });

  it('takes everything after -- as a file name, even when it looks like an option', () => {
    assert.deepStrictEqual(parseArgs(['--format', 'text', '--', '--odd-name.txt']), {
      kind: 'run',
      options: { input: { kind: 'file', path: '--odd-name.txt' }, format: 'text', explain: false, maxSizeMB: DEFAULT_MAX_SIZE_MB },
    });
  });

  it('reads --explain as a text report unless a format is given, and keeps the format given', () => {
    assert.deepStrictEqual(parseArgs(['a.txt', '--explain']), { kind: 'run', options: { input: { kind: 'file', path: 'a.txt' }, format: 'text', explain: true, maxSizeMB: DEFAULT_MAX_SIZE_MB } });
    assert.deepStrictEqual(parseArgs(['--explain', '--format', 'json']), { kind: 'run', options: { input: { kind: 'sample' }, format: 'json', explain: true, maxSizeMB: DEFAULT_MAX_SIZE_MB } });
  });

  it('takes the input size limit in MB from --max-size', () => {
    const limitOf = (argv: string[]) => {
      const parsed = parseArgs(argv);
      return parsed.kind === 'run' ? parsed.options.maxSizeMB : undefined;
    };
    assert.strictEqual(limitOf(['a.txt', '--max-size', '64']), 64);
    assert.strictEqual(limitOf(['--max-size=0.5', '-']), 0.5);
  });

  it('leaves the corrections beside the file out with --no-corrections', () => {
    assert.deepStrictEqual(parseArgs(['a.txt', '--no-corrections']), {
      kind: 'run',
      options: { input: { kind: 'file', path: 'a.txt' }, format: 'json', explain: false, maxSizeMB: DEFAULT_MAX_SIZE_MB, ignoreCorrections: true },
    });
  });

  it('takes the export formats, the brat configuration and a brat file to import', () => {
    for (const format of ['brat', 'conll', 'csv'] as const) {
      assert.deepStrictEqual(parseArgs(['a.txt', '--format', format]), { kind: 'run', options: { input: { kind: 'file', path: 'a.txt' }, format, explain: false, maxSizeMB: DEFAULT_MAX_SIZE_MB } });
    }
    assert.deepStrictEqual(parseArgs(['--brat-conf']), { kind: 'brat-conf' });
    assert.deepStrictEqual(parseArgs(['a.txt', '--import-brat', 'a.ann']), {
      kind: 'run',
      options: { input: { kind: 'file', path: 'a.txt' }, format: 'json', explain: false, maxSizeMB: DEFAULT_MAX_SIZE_MB, importBrat: 'a.ann' },
    });
    assert.strictEqual(parseArgs(['--import-brat=b.ann', 'a.txt']).kind, 'run');
  });

  it('reads --format html', () => {
    assert.deepStrictEqual(parseArgs(['a.txt', '--format=html']), { kind: 'run', options: { input: { kind: 'file', path: 'a.txt' }, format: 'html', explain: false, maxSizeMB: DEFAULT_MAX_SIZE_MB } });
  });

  it('asks for help with -h or --help', () => {
    assert.deepStrictEqual(parseArgs(['-h']), { kind: 'help' });
    assert.deepStrictEqual(parseArgs(['x.txt', '--help']), { kind: 'help' });
  });

  const usageErrors: Array<[string[], RegExp]> = [
    [['--verbose'], /unknown option "--verbose"/],
    [['-x'], /unknown option "-x"/],
    [['--format'], /--format needs a value/],
    [['--format', 'xml'], /unknown format "xml": use json, text, html/],
    [['--format', 'html', '--explain'], /--explain goes with --format json or text/],
    [['--format='], /unknown format ""/],
    [['a.txt', 'b.txt'], /only one FILE/],
    [['-', 'b.txt'], /only one FILE/],
    [['--max-size'], /--max-size needs a value/],
    [['--max-size', 'big'], /--max-size "big" is not a positive number/],
    [['--max-size=0'], /--max-size "0" is not a positive number/],
    [['--max-size='], /--max-size "" is not a positive number/],
    [['--format', 'html5'], /unknown format "html5": use json, text, html, brat, conll, csv/],
    [['a.txt', '--format', 'csv', '--explain'], /--explain goes with --format json or text/],
    [['a.txt', '--import-brat'], /--import-brat needs the .ann file/],
    [['--import-brat', 'a.ann'], /--import-brat needs the article FILE/],
    [['-', '--import-brat', 'a.ann'], /--import-brat needs the article FILE/],
    [['a.txt', '--import-brat', 'a.ann', '--format', 'brat'], /leave out --format and --explain/],
  ];
  for (const [argv, message] of usageErrors) {
    it(`rejects ${JSON.stringify(argv)} as a usage error`, () => {
      const parsed = parseArgs(argv);
      assert.strictEqual(parsed.kind, 'usage-error');
      assert.match(parsed.kind === 'usage-error' ? parsed.message : '', message);
    });
  }
});
