// Bundles a TypeScript entry with esbuild into node_modules/.cache, so the CLI and the benchmark run
// straight from a clean clone (nothing built) and run the same bundled code the extension ships.
// Files are named by a hash of their content: concurrent runs never overwrite each other's file.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CACHE_DIR = join(ROOT, 'node_modules', '.cache', 'arabic-article-annotator');
// A bundle is marked used (mtime) on every run; one unused this long is an old version of the code.
const STALE_AFTER_MS = 10 * 60 * 1000;
/** A user who does not own the checkout (a shared one, read-only) may neither touch nor add a bundle. */
const NOT_PERMITTED = new Set(['EACCES', 'EPERM', 'EROFS']);

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
    markUsed(file);
    return file;
  }
  try {
    mkdirSync(CACHE_DIR, { recursive: true });
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, code);
    renameSync(partial, file);
  } catch (error) {
    if (!NOT_PERMITTED.has(error.code)) throw error;
    return privateBundle(name, code);
  }
  removeStaleBundles(name, file);
  return file;
}

/** Spares the bundle from removal as stale. Only an optimisation: not done where not permitted. */
function markUsed(file) {
  const now = new Date();
  try {
    utimesSync(file, now, now);
  } catch (error) {
    if (!NOT_PERMITTED.has(error.code)) throw error;
  }
}

/** Where the cache may not be written: the bundle in a directory of this process's own, removed at exit. */
function privateBundle(name, code) {
  const dir = mkdtempSync(join(tmpdir(), 'arabic-article-annotator-'));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, `${name}.cjs`);
  writeFileSync(file, code);
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
