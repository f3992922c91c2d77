// `npm run annotate -- [FILE | -] [--format json|text]`: bundles src/cli with esbuild (tens of
// milliseconds, cached by content) and runs it. Only the annotations go to stdout.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { bundleToCache, ROOT } from './bundle-to-cache.mjs';

const SAMPLE_ARTICLE = join(ROOT, 'seeds', 'sample-article.txt');

let bundle;
try {
  bundle = await bundleToCache('src/cli/index.ts', 'cli');
} catch (error) {
  const details = error.errors?.map((e) => `${e.location?.file ?? ''}:${e.location?.line ?? ''} ${e.text}`).join('\n');
  process.stderr.write(`annotate: the CLI does not build:\n${details || error.message}\n`);
  process.exit(1);
}
const { main } = createRequire(import.meta.url)(bundle);
try {
  process.exitCode = await main(process.argv.slice(2), SAMPLE_ARTICLE);
} catch (error) {
  // The core promises never to throw; if it does, say so in one line rather than a stack trace.
  process.stderr.write(`annotate: internal error: ${error?.message ?? error}\n`);
  process.exitCode = 1;
}
