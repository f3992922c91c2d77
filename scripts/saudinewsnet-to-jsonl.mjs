// `node scripts/saudinewsnet-to-jsonl.mjs ZIP… > corpus.jsonl`: the SaudiNewsNet zips (each one JSON
// array of articles with a `content` field) as the `{"id", "text"}` lines `annotate --input jsonl`
// reads. The id is the zip's name and the article's index in it (2015-08-02/17), stable across runs.
// Needs `unzip` (Debian: apt-get install unzip).
import { execFileSync } from 'node:child_process';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The articles of one zip, in its order: `{ id, text }`. */
export function zipArticles(zipPath) {
  // A day's zip holds about 5 MB of JSON; 256 MB leaves room for a far larger one.
  const json = execFileSync('unzip', ['-p', zipPath], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const day = basename(zipPath).replace(/\.zip$/i, '');
  return JSON.parse(json).map((article, index) => ({ id: `${day}/${index}`, text: String(article.content ?? '') }));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const zips = process.argv.slice(2);
  if (zips.length === 0) {
    process.stderr.write('usage: node scripts/saudinewsnet-to-jsonl.mjs ZIP... > corpus.jsonl\n');
    process.exit(2);
  }
  for (const zip of zips) {
    const lines = zipArticles(zip).map((article) => JSON.stringify(article) + '\n').join('');
    // Waiting for the drain keeps one zip's lines at a time in memory.
    if (!process.stdout.write(lines)) await new Promise((resolve) => process.stdout.once('drain', resolve));
  }
}
