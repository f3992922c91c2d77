/**
 * `npm run beam -- INPUT.jsonl OUTPUT.jsonl [--runner direct]`: the batch annotation as an Apache
 * Beam pipeline (the TypeScript SDK, npm apache-beam): {"id", "text"} lines read → annotated →
 * written one JSON line each, the lines `annotate --input jsonl` prints (an input that fails gets its
 * error line). Tested on the direct runner, offline; what else it takes is in docs/cluster.md.
 *
 * Beam ships a transform's functions to its workers by serializing them: a function that refers
 * to anything outside itself must be registered (requireForSerialization), so the steps below are
 * this module's exports, registered with the module, and read the analysis through it.
 */
import * as beam from 'apache-beam';
import { closeSync, openSync, readSync, writeFileSync, writeSync } from 'fs';
import { createRequire } from 'module';
import { Article, annotatedLine, errorLine, jsonlArticle } from '../src/cli/batch';
import { analyze } from '../src/core/analyze';

// The SDK's package "exports" name this module; its types are only found by their file.
const { requireForSerialization } = createRequire(__filename)('apache-beam/serialization') as typeof import('apache-beam/dist/src/apache_beam/serialization');

const CHUNK_BYTES = 1 << 20;

/** An input line as read: its label, and its text or why it has none (what Beam passes between steps). */
type ReadArticle = Pick<Article, 'label' | 'text' | 'failure'>;

/** The lines of a JSONL file, read a chunk at a time (the file is never whole in memory), as articles. */
export function* readJsonlArticles(path: string): Generator<ReadArticle> {
  const fd = openSync(path, 'r');
  try {
    const chunk = Buffer.alloc(CHUNK_BYTES);
    let rest = Buffer.alloc(0);
    let lineNumber = 0;
    const article = (line: Buffer): ReadArticle | undefined => {
      lineNumber++;
      if (line.toString('latin1').trim() === '') return undefined;
      const { label, text, failure } = jsonlArticle(line, lineNumber);
      return text === undefined ? { label, failure } : { label, text };
    };
    for (let read = readSync(fd, chunk); read > 0; read = readSync(fd, chunk)) {
      let data = Buffer.concat([rest, chunk.subarray(0, read)]);
      for (let end = data.indexOf(10); end !== -1; end = data.indexOf(10)) {
        const found = article(data.subarray(0, end));
        if (found) yield found;
        data = data.subarray(end + 1);
      }
      rest = Buffer.from(data);
    }
    const last = rest.length > 0 ? article(rest) : undefined;
    if (last) yield last;
  } finally {
    closeSync(fd);
  }
}

/** The output line of one article: the annotation JSON under its label, or its error line. */
export function annotateArticle(article: ReadArticle): string {
  if (article.text === undefined) return errorLine(article.label, article.failure ?? '');
  return annotatedLine(article.label, JSON.stringify(analyze(article.text)));
}

/** The step a runner spreads over its workers: articles in, output lines out. */
export function annotateArticles(articles: beam.PCollection<ReadArticle>): beam.PCollection<string> {
  return articles.map(beam.withName('annotate', annotateArticle));
}

/** The write step on a runner whose workers share this machine's disk: lines appended to one file. */
export class AppendLines implements beam.DoFn<string, never> {
  private fd: number | undefined;

  constructor(private readonly path: string) {}

  startBundle(): void {
    this.fd = openSync(this.path, 'a');
  }

  process(line: string): void {
    writeSync(this.fd as number, line + '\n');
  }

  finishBundle(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }
}

requireForSerialization(__filename, exports);

/** Runs the pipeline over INPUT into OUTPUT (emptied first) and resolves when it is done. */
export async function runBeamPipeline(input: string, output: string, runner = 'direct'): Promise<void> {
  writeFileSync(output, '');
  await beam.createRunner({ runner }).run((root) =>
    root
      .apply(beam.create([input]))
      .flatMap(beam.withName('read', readJsonlArticles))
      .apply(annotateArticles)
      .apply(beam.withName('write', beam.parDo(new AppendLines(output)))),
  );
}

if (require.main === module) {
  const [input, output, ...rest] = process.argv.slice(2);
  const runnerAt = rest.indexOf('--runner');
  if (!input || !output) {
    process.stderr.write('usage: npm run beam -- INPUT.jsonl OUTPUT.jsonl [--runner direct]\n');
    process.exit(2);
  }
  runBeamPipeline(input, output, runnerAt === -1 ? 'direct' : rest[runnerAt + 1]).catch((error: unknown) => {
    process.stderr.write(`beam-annotate: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
