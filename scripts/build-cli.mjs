// `npm run build:cli [-- OUTFILE]`: the annotate command as one file, dist/cli/annotate.cjs by default
// (src/cli/standalone.ts with the core, the model and the knowledge inside, minified). It is what
// ships to a cluster: `node annotate.cjs --mapper` needs no node_modules and no checkout (README,
// "Beyond one machine"). The sample article is copied beside it for a run with no FILE.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const CLI_BUNDLE = join(ROOT, 'dist', 'cli', 'annotate.cjs');

// The weights inside are CC BY-SA: their attribution travels with the one file that ships.
const BANNER = '/* Arabic Article Annotator, the annotate command (MIT). It contains the tagger\'s weights, derived from ANERcorp (CC BY-SA 4.0), Wikidata name tokens (CC0) and world cities (CC BY 4.0): see NOTICE in the source distribution. */';

export async function buildCliBundle(outfile = CLI_BUNDLE) {
  await build({
    entryPoints: [join(ROOT, 'src', 'cli', 'standalone.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    minify: true,
    charset: 'utf8',
    legalComments: 'none',
    banner: { js: BANNER },
    outfile,
    logLevel: 'warning',
  });
  mkdirSync(dirname(outfile), { recursive: true });
  copyFileSync(join(ROOT, 'seeds', 'sample-article.txt'), join(dirname(outfile), 'sample-article.txt'));
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const outfile = process.argv[2] ? resolve(process.argv[2]) : CLI_BUNDLE;
  await buildCliBundle(outfile);
  process.stdout.write(`${outfile}\n`);
}
