// Bundles the extension with esbuild: dist/extension.js for the Node extension host ("main") and
// dist/web/extension.js for the browser one ("browser"). `--production` minifies and drops
// source maps (the package ships neither source nor maps); `--watch` rebuilds on change.
import * as esbuild from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCliBundle } from './build-cli.mjs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const shared = {
  entryPoints: ['src/vscode/extension.ts'],
  bundle: true,
  format: 'cjs',
  external: ['vscode'],
  target: 'es2022',
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  // Arabic stays UTF-8 instead of \u escapes: the bundles are a third smaller.
  charset: 'utf8',
  legalComments: production ? 'none' : 'inline',
  logLevel: 'info',
};

/** The browser bundle analyses on its own thread: analyzerLoader.web.ts stands in for the worker-thread one. */
const webAnalyzerLoader = {
  name: 'web-analyzer-loader',
  setup(build) {
    build.onResolve({ filter: /^\.\/analyzerLoader$/ }, (args) => ({ path: join(args.resolveDir, 'analyzerLoader.web.ts') }));
  },
};

const targets = [
  { ...shared, platform: 'node', outfile: 'dist/extension.js' },
  // The analysis's worker thread (src/vscode/workerAnalyzer.ts starts it from beside extension.js).
  { ...shared, entryPoints: ['src/vscode/analysisWorker.ts'], platform: 'node', outfile: 'dist/analysisWorker.js' },
  // The core and the glue use no Node API, so the browser bundle needs no polyfills; a Node
  // import slipping in fails this build instead of failing at run time in vscode.dev.
  { ...shared, platform: 'browser', outfile: 'dist/web/extension.js', mainFields: ['browser', 'module', 'main'], plugins: [webAnalyzerLoader] },
];

// The tagger's weights must have been trained with the word lists its features read now.
const checkDir = mkdtempSync(join(tmpdir(), 'arabic-annotator-'));
try {
  const outfile = join(checkDir, 'check-model-lexicons.js');
  await esbuild.build({ entryPoints: ['scripts/check-model-lexicons.ts'], bundle: true, platform: 'node', format: 'cjs', outfile, logLevel: 'warning' });
  execFileSync(process.execPath, [outfile], { stdio: 'inherit' });
} catch {
  process.exit(1);
} finally {
  rmSync(checkDir, { recursive: true, force: true });
}

rmSync('dist', { recursive: true, force: true });
if (watch) {
  for (const options of targets) await (await esbuild.context(options)).watch();
} else {
  // The annotate command as one file to ship (dist/cli/annotate.cjs); the .vsix leaves it out.
  await Promise.all([...targets.map((options) => esbuild.build(options)), buildCliBundle()]);
}
