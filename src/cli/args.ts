/** Command-line arguments of `npm run annotate`. Pure: no I/O, so it is unit-tested directly. */
import type { ExportFormat } from '../core/export/index';

export type OutputFormat = 'json' | 'text' | 'html' | ExportFormat;

/** Formats over many articles: one JSON line each, or one table over the whole run. */
export type BatchFormat = 'jsonl' | 'speakers-csv' | 'entities-csv';

export const OUTPUT_FORMATS: readonly (OutputFormat | BatchFormat)[] = ['json', 'text', 'html', 'brat', 'conll', 'csv', 'jsonl', 'speakers-csv', 'entities-csv'];
const BATCH_FORMATS: readonly string[] = ['jsonl', 'speakers-csv', 'entities-csv'];

/** Where the text comes from: a file path, standard input, or the bundled sample article. */
export type InputSource = { kind: 'file'; path: string } | { kind: 'stdin' } | { kind: 'sample' };

export interface CliOptions {
  input: InputSource;
  format: OutputFormat;
  /** Say why each quotation went to its speaker. */
  explain: boolean;
  /** Larger input is refused, in MB (2^20 bytes). */
  maxSizeMB: number;
  /** Present with --no-corrections: FILE.annotations.json is not applied. */
  ignoreCorrections?: true;
  /** Present with --import-brat: the .ann whose annotations become FILE.annotations.json. */
  importBrat?: string;
}

/**
 * The command's peak memory grows by about 20 MB per MB of input (0.54 GB at 16 MB, 1.15 GB at
 * 50 MB): a thousand long articles is more than anyone means to annotate in one run, and reading
 * a device or a runaway file stops there.
 */
export const DEFAULT_MAX_SIZE_MB = 16;

export interface BatchOptions {
  /** Files and folders (walked for *.txt and *.md), or with `jsonl` JSONL files ("-" or none: standard input). */
  paths: string[];
  input: 'files' | 'jsonl';
  format: BatchFormat;
  /** Present with --out: one JSON file per article in this folder, and no JSON lines on stdout. */
  outDir?: string;
  /** With --out: articles whose JSON is already there are not analysed again. */
  resume: boolean;
  /** Worker threads; absent: one per core. */
  jobs?: number;
  maxSizeMB: number;
  /**
   * Present with --mapper: a cluster engine's map step (Spark's RDD.pipe, Hadoop Streaming). Inputs
   * that fail are only their error lines, exit 0: a non-zero exit makes the engine throw away the
   * partition's output and run it again, to fail the same way.
   */
  mapper?: true;
}

export type ParsedArgs =
  | { kind: 'run'; options: CliOptions }
  /** Many articles: a batch format, --input jsonl or --out. */
  | { kind: 'batch'; options: BatchOptions }
  | { kind: 'help' }
  /** --brat-conf: print the annotation.conf of brat exports. */
  | { kind: 'brat-conf' }
  | { kind: 'usage-error'; message: string };

export const USAGE = [
  'Usage: npm run annotate -- [FILE | -] [--format json|text|html|brat|conll|csv] [--explain] [--max-size MB] [--no-corrections]',
  '       npm run annotate -- FILE --import-brat FILE.ann',
  '       npm run annotate -- --brat-conf',
  '       npm run annotate -- PATH... [--input jsonl] [--format jsonl|speakers-csv|entities-csv] [--out DIR [--resume]] [--jobs N]',
  '       node annotate.cjs --mapper [--jobs N]',
  '',
  'Annotates an Arabic news article: people, places, organizations, roles and quotations.',
  '  FILE             UTF-8 text file; "-" reads standard input; none: the sample article',
  '  --format json    the annotation JSON contract (default)',
  '  --format text    a readable summary: entities by type, speakers and their quotations',
  '  --format html    the article as a right-to-left page, names and quotations marked: one',
  '                   self-contained file that needs no script and prints well',
  '  --format brat    brat standoff (.ann), offsets in code points; --brat-conf prints its annotation.conf',
  '  --format conll   one token a line with its BIO tag (B-PER, I-LOC …), sentences apart',
  '  --format csv     one quotation a row (RFC 4180, UTF-8 with a BOM)',
  '',
  'Many articles (PATH: files, and folders walked for *.txt and *.md):',
  '  --format jsonl   one line per article, in input order: {"file"|"id": ..., ...the annotation JSON}',
  '                   (the default with --input, --jobs); an input that fails gets {"file"|"id": ..., "error": ...}',
  '  --format speakers-csv  who is quoted, how often, in how many articles, with which roles',
  '  --format entities-csv  every entity: mentions, articles, quotations, roles',
  '  --input jsonl    PATHs ("-" or none: standard input) hold {"id": ..., "text": ...} one a line',
  '  --out DIR        one JSON file per article in DIR instead of JSON lines; --resume skips those there',
  '  --jobs N         worker threads (default: one per core)',
  '  --mapper         a cluster engine\'s map step (Spark RDD.pipe, Hadoop Streaming): --input jsonl',
  '                   from standard input, one thread (the engine runs a process per core), and exit 0',
  '                   when only some lines failed (each has its error line)',
  '  Failed inputs are named on stderr, one a line, and skipped; a summary ends the run on stderr.',
  '  --import-brat FILE.ann  write FILE.annotations.json: the corrections that make the analysis',
  '                   say what FILE.ann says (a file already there is kept as FILE.annotations.json.bak)',
  '  --explain        for each quotation, which rule chose its speaker and from which words',
  '                   (with --format json: an "explanations" array beside the annotations)',
  `  --max-size MB    refuse input larger than MB megabytes (default ${DEFAULT_MAX_SIZE_MB}); the analysis`,
  '                   needs about 20 times the input in memory',
  '  --no-corrections do not apply FILE.annotations.json, the corrections kept beside FILE',
  '  -h, --help       this help',
  '  --               everything after it is a file name',
  '',
  'Exit status: 0 done; 1 the input cannot be read, is over the size limit or is not UTF-8 text;',
  '2 bad arguments; 3 the output cannot be written (a full disk, standard output closed);',
  '4 FILE.annotations.json is malformed or unreadable (the analysis is printed without it);',
  '5 --import-brat: lines of FILE.ann cannot be read (nothing is written), or some of what it says',
  '  cannot be carried into corrections (the rest is written); stderr says which.',
  'Many articles: 0 all annotated; 1 some inputs failed (with --mapper: 0); 3 the output cannot be written;',
  '130 interrupted.',
].join('\n');

export function parseArgs(argv: readonly string[]): ParsedArgs {
  let format: OutputFormat | BatchFormat = 'json';
  let formatGiven = false;
  let explain = false;
  let maxSizeMB = DEFAULT_MAX_SIZE_MB;
  let ignoreCorrections = false;
  let importBrat: string | undefined;
  let optionsEnded = false;
  const paths: string[] = [];
  let batchInput: 'files' | 'jsonl' = 'files';
  let outDir: string | undefined;
  let resume = false;
  let jobs: number | undefined;
  let mapper = false;
  let inputGiven = false;

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    let problem: string | undefined;
    if (optionsEnded || arg === '-' || !arg.startsWith('-')) {
      paths.push(arg);
    } else if (arg === '--') {
      optionsEnded = true;
    } else if (arg === '-h' || arg === '--help') {
      return { kind: 'help' };
    } else if (arg === '--format' || arg.startsWith('--format=')) {
      const value = arg === '--format' ? argv[++i] : arg.slice('--format='.length);
      if (value === undefined) problem = `--format needs a value: ${OUTPUT_FORMATS.join(', ')}`;
      else if (!(OUTPUT_FORMATS as readonly string[]).includes(value)) problem = `unknown format "${value}": use ${OUTPUT_FORMATS.join(', ')}`;
      else {
        format = value as OutputFormat | BatchFormat;
        formatGiven = true;
      }
    } else if (arg === '--explain') {
      explain = true;
    } else if (arg === '--no-corrections') {
      ignoreCorrections = true;
    } else if (arg === '--brat-conf') {
      return { kind: 'brat-conf' };
    } else if (arg === '--import-brat' || arg.startsWith('--import-brat=')) {
      importBrat = arg === '--import-brat' ? argv[++i] : arg.slice('--import-brat='.length);
      if (!importBrat) problem = '--import-brat needs the .ann file';
    } else if (arg === '--max-size' || arg.startsWith('--max-size=')) {
      const value = arg === '--max-size' ? argv[++i] : arg.slice('--max-size='.length);
      const size = Number(value);
      if (value === undefined) problem = '--max-size needs a value: a number of MB';
      else if (value.trim() === '' || !Number.isFinite(size) || size <= 0) problem = `--max-size "${value}" is not a positive number of MB`;
      else maxSizeMB = size;
    } else if (arg === '--input' || arg.startsWith('--input=')) {
      const value = arg === '--input' ? argv[++i] : arg.slice('--input='.length);
      if (value !== 'jsonl' && value !== 'files') problem = `--input takes jsonl or files, not "${value ?? ''}"`;
      else batchInput = value;
      inputGiven = true;
    } else if (arg === '--out' || arg.startsWith('--out=')) {
      outDir = arg === '--out' ? argv[++i] : arg.slice('--out='.length);
      if (!outDir) problem = '--out needs a folder';
    } else if (arg === '--resume') {
      resume = true;
    } else if (arg === '--mapper') {
      mapper = true;
    } else if (arg === '--jobs' || arg.startsWith('--jobs=')) {
      const value = arg === '--jobs' ? argv[++i] : arg.slice('--jobs='.length);
      jobs = Number(value);
      if (value === undefined || !Number.isInteger(jobs) || jobs < 1) problem = `--jobs needs a whole number of threads, at least 1 (got "${value ?? ''}")`;
    } else {
      problem = `unknown option "${arg}"`;
    }
    if (problem) return { kind: 'usage-error', message: problem };
  }
  if (mapper) {
    const onlyJsonLines = batchInput === 'jsonl' || !inputGiven;
    if (paths.length > 0 || outDir !== undefined || resume || !onlyJsonLines || (formatGiven && format !== 'jsonl') || explain || ignoreCorrections || importBrat !== undefined) {
      return { kind: 'usage-error', message: '--mapper reads JSON lines on standard input and writes JSON lines: it takes only --jobs and --max-size' };
    }
    return { kind: 'batch', options: { paths, input: 'jsonl', format: 'jsonl', resume, maxSizeMB, jobs: jobs ?? 1, mapper: true } };
  }
  const oneArticleFormat = isBatchFormat(format) ? undefined : format;
  if (oneArticleFormat === undefined || outDir !== undefined || batchInput === 'jsonl' || jobs !== undefined || resume) {
    const batchFormat = oneArticleFormat === undefined ? (format as BatchFormat) : 'jsonl';
    if (formatGiven && oneArticleFormat !== undefined) return { kind: 'usage-error', message: `--format ${format} is for one article; many take jsonl, speakers-csv or entities-csv` };
    if (formatGiven && batchFormat === 'jsonl' && outDir !== undefined) return { kind: 'usage-error', message: '--out writes one JSON file per article instead of JSON lines: leave out --format jsonl' };
    if (resume && outDir === undefined) return { kind: 'usage-error', message: '--resume goes with --out DIR' };
    if (explain || ignoreCorrections || importBrat !== undefined) return { kind: 'usage-error', message: '--explain, --no-corrections and --import-brat are for one article' };
    if (batchInput === 'files' && paths.length === 0) return { kind: 'usage-error', message: 'name the files or folders to annotate, or give --input jsonl to read standard input' };
    const options: BatchOptions = { paths, input: batchInput, format: batchFormat, resume, maxSizeMB };
    if (outDir !== undefined) options.outDir = outDir;
    if (jobs !== undefined) options.jobs = jobs;
    return { kind: 'batch', options };
  }
  if (paths.length > 1) return { kind: 'usage-error', message: `only one FILE may be given without --format jsonl, speakers-csv, entities-csv or --out DIR (got "${paths[0]}" and "${paths[1]}")` };
  const input: InputSource = paths.length === 0 ? { kind: 'sample' } : paths[0] === '-' ? { kind: 'stdin' } : { kind: 'file', path: paths[0] };
  if (importBrat !== undefined) {
    if (input.kind !== 'file') return { kind: 'usage-error', message: '--import-brat needs the article FILE the .ann annotates' };
    if (formatGiven || explain) return { kind: 'usage-error', message: '--import-brat writes FILE.annotations.json and prints no annotations: leave out --format and --explain' };
    return { kind: 'run', options: { input, format: oneArticleFormat, explain, maxSizeMB, importBrat } };
  }
  if (explain && format !== 'json' && format !== 'text') return { kind: 'usage-error', message: `--explain goes with --format json or text, not ${format}` };
  // --explain alone reads as text; --format json --explain keeps the JSON and adds to it.
  const options: CliOptions = { input, format: explain && !formatGiven ? 'text' : oneArticleFormat, explain, maxSizeMB };
  return { kind: 'run', options: ignoreCorrections ? { ...options, ignoreCorrections } : options };
}

function isBatchFormat(format: string): format is BatchFormat {
  return BATCH_FORMATS.includes(format);
}
