// `node scripts/draw-news-gold.mjs SEED [N] OUTDIR`: draws N (12) corpus articles to annotate as
// real-news gold, the way test/fixtures/news/README.md describes: 250–650 words, at least 0.03
// quotation marks and speech verbs per word, titles already in the gold left out, two per outlet
// (mulberry32 seeded by SEED), then N of those at random. Writes OUTDIR/snn-cNN-OUTLET.txt (title,
// a blank line, the content), numbered after the highest cNN in the gold. Needs `unzip`.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';

const root = fileURLToPath(new URL('..', import.meta.url));
const corpusDir = join(root, '../shared/data/news/corpus');
const goldDirs = ['tuning', 'fixed'].map((part) => join(root, 'test/fixtures/news', part));
const SPEECH_VERBS = /(^|[\s«"(])(و|ف)?(قال|قالت|أكد|أكدت|أضاف|أضافت|أوضح|أوضحت|أشار|أشارت|ذكر|ذكرت|صرح|صرحت|أعلن|أعلنت|لفت|لفتت|بين|بينت|كشف|كشفت|نقل|نقلت|يقول|تقول)(?=[\s،])/g;

const [seedArg, countArg, outDir] = process.argv.length > 4 ? process.argv.slice(2) : [process.argv[2], '12', process.argv[3]];
if (!seedArg || !outDir) {
  process.stderr.write('usage: node scripts/draw-news-gold.mjs SEED [N] OUTDIR\n');
  process.exit(2);
}
let state = Number(seedArg) >>> 0;
const random = () => {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = Math.imul(state ^ (state >>> 15), state | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const takeAt = (list) => list.splice(Math.floor(random() * list.length), 1)[0];

const goldTitles = new Set();
let lastNumber = 0;
for (const dir of goldDirs) {
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
    goldTitles.add(readFileSync(join(dir, file), 'utf8').split('\n')[0].trim());
    lastNumber = Math.max(lastNumber, Number(/^snn-c(\d+)-/.exec(file)?.[1] ?? 0));
  }
}
const byOutlet = new Map();
for (const zip of readdirSync(corpusDir).filter((f) => f.endsWith('.zip')).sort()) {
  const articles = JSON.parse(execFileSync('unzip', ['-p', join(corpusDir, zip)], { encoding: 'utf8', maxBuffer: 1 << 28 }));
  for (const article of articles) {
    const text = String(article.content ?? '').trim();
    const title = String(article.title ?? '').trim();
    const words = text.split(/\s+/).filter(Boolean).length;
    if (words < 250 || words > 650 || goldTitles.has(title)) continue;
    const cues = (text.match(/[«»"“”]/g) ?? []).length + (text.match(SPEECH_VERBS) ?? []).length;
    if (cues / words < 0.03) continue;
    if (!byOutlet.has(article.source)) byOutlet.set(article.source, []);
    byOutlet.get(article.source).push({ source: article.source, title, text });
  }
}
const pool = [];
for (const outlet of [...byOutlet.keys()].sort()) {
  const list = byOutlet.get(outlet);
  for (let k = 0; k < 2 && list.length > 0; k++) pool.push(takeAt(list));
}
mkdirSync(outDir, { recursive: true });
const drawnTitles = new Set();
for (let n = 0; n < Number(countArg) && pool.length > 0;) {
  const article = takeAt(pool);
  if (drawnTitles.has(article.title)) continue;
  drawnTitles.add(article.title);
  const name = `snn-c${lastNumber + 1 + n}-${article.source}`;
  writeFileSync(join(outDir, `${name}.txt`), `${article.title}\n\n${article.text}\n`);
  process.stdout.write(`${name}\n`);
  n++;
}
