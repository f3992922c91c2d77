/**
 * The command as one file to ship (`npm run build:cli` writes dist/cli/annotate.cjs): the core, the
 * tagger's model and the knowledge are inside, so `node annotate.cjs …` needs nothing beside it — what
 * a cluster engine's mapper needs (README, "Beyond one machine"). Its batch threads load this same file.
 */
import { join } from 'path';
import { isAnalysisWorker } from './batch-worker';
import { main } from './index';

// Only read when no FILE is given; scripts/build-cli.mjs puts the sample beside the bundle.
const SAMPLE_ARTICLE = join(__dirname, 'sample-article.txt');

if (!isAnalysisWorker()) {
  main(process.argv.slice(2), SAMPLE_ARTICLE).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      // The core promises never to throw; if it does, say so in one line rather than a stack trace.
      process.stderr.write(`annotate: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
