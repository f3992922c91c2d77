// Bundles a TypeScript entry with esbuild into node_modules/.cache, so the CLI and the benchmark run
// straight from a clean clone (nothing built) and run the same bundled code the extension ships.
// Files are named by a hash of their content: concurrent runs never overwrite each other's file.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CACHE_DIR = join(ROOT, 'node_modules', '.cache', 'arabic-article-annotator');
// A bundle is marked used (mtime) on every run; one unused this long is an old version of the code.
const STALE_AFTER_MS = 10 * 60 * 1000;

/**
 * Bundle `entry` (relative to the project root) as CommonJS for Node and return the bundle's path.
 * Build errors are thrown with esbuild's formatted messages; nothing is printed on stdout.
 */
export async function bundleToCache(entry, name) {
  const result = await build({
    entryPoints: [join(ROOT, entry)],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  const hash = createHash('sha256').update(code).digest('hex').slice(0, 16);
  const file = join(CACHE_DIR, `${name}-${hash}.cjs`);
  if (existsSync(file)) {
    const now = new Date();
    utimesSync(file, now, now);
  } else {
    mkdirSync(CACHE_DIR, { recursive: true });
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, code);
    renameSync(partial, file);
    removeStaleBundles(name, file);
  }
  return file;
}

function removeStaleBundles(name, keep) {
  const now = Date.now();
  for (const entry of readdirSync(CACHE_DIR)) {
    const path = join(CACHE_DIR, entry);
    if (path === keep || !entry.startsWith(`${name}-`)) continue;
    try {
      if (now - statSync(path).mtimeMs > STALE_AFTER_MS) unlinkSync(path);
    } catch {
      // Another run removed it first.
    }
  }
}
