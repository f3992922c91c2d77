// The benchmark's input: Arabic news text of a given size in UTF-8 bytes, the sample article first,
// then ANERcorp train sentences rejoined into plain text (tokens back together, punctuation
// attached, four sentences a paragraph). Without ../shared it falls back to the sample article.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipArticles } from './saudinewsnet-to-jsonl.mjs';

const SENTENCES_PER_PARAGRAPH = 4;
const NO_SPACE_BEFORE = new Set(['.', ',', '،', '؛', ';', ':', '!', '?', '؟', ')', ']', '»', '”', '%']);
const NO_SPACE_AFTER = new Set(['(', '[', '«', '“']);

/** Rejoin one sentence's tokens as a journalist would have typed them. */
export function detokenize(tokens) {
  let out = '';
  let straightQuoteOpen = false;
  let glueNext = true;
  tokens.forEach((token, i) => {
    let glue = glueNext || NO_SPACE_BEFORE.has(token);
    glueNext = NO_SPACE_AFTER.has(token);
    if (token === '"') {
      // Straight quotes alternate: an opening one sticks to the next word, a closing one to the last.
      // One with no word after it closes a quotation opened in an earlier sentence.
      const next = tokens[i + 1];
      straightQuoteOpen = next === undefined || NO_SPACE_BEFORE.has(next) ? false : !straightQuoteOpen;
      if (straightQuoteOpen) glueNext = true;
      else glue = true;
    }
    out += (glue ? '' : ' ') + token;
  });
  return out;
}

/** Paragraphs of rejoined ANERcorp sentences (CoNLL: `word TAG` lines, blank line between sentences). */
export function anercorpParagraphs(conll) {
  const sentences = conll
    .split(/\r?\n\s*\r?\n/)
    .map((block) => block.split(/\r?\n/).filter(Boolean).map((line) => line.slice(0, line.lastIndexOf(' '))))
    .filter((tokens) => tokens.length)
    .map(detokenize);
  const paragraphs = [];
  for (let i = 0; i < sentences.length; i += SENTENCES_PER_PARAGRAPH) {
    paragraphs.push(sentences.slice(i, i + SENTENCES_PER_PARAGRAPH).join(' '));
  }
  return paragraphs;
}

/**
 * `{ text, source }`: the sample article followed by paragraphs (cycling when the corpus is
 * shorter), up to the first paragraph end at or beyond `targetBytes`.
 */
export function benchText(targetBytes, { root, sampleArticle }) {
  const conllPath = join(root, '..', 'shared', 'data', 'anercorp', 'train.conll');
  const fromCorpus = existsSync(conllPath);
  const paragraphs = fromCorpus ? anercorpParagraphs(readFileSync(conllPath, 'utf8')) : sampleArticle.split(/\n\s*\n/);
  const parts = [sampleArticle.trimEnd()];
  let bytes = Buffer.byteLength(parts[0]);
  for (let i = 0; bytes < targetBytes; i = (i + 1) % paragraphs.length) {
    parts.push(paragraphs[i]);
    bytes += Buffer.byteLength(paragraphs[i]) + 2;
  }
  return {
    text: parts.join('\n\n') + '\n',
    source: fromCorpus ? 'ANERcorp train sentences rejoined into paragraphs, after the sample article' : 'the sample article repeated (../shared/data/anercorp/train.conll is missing)',
  };
}

/** The SaudiNewsNet articles of ../shared/data/news/corpus (`{ id, text }`), the first `limit` of them; [] without it. */
export function newsCorpus(root, limit = Infinity) {
  const dir = join(root, '..', 'shared', 'data', 'news', 'corpus');
  if (!existsSync(dir)) return [];
  const zips = readdirSync(dir).filter((name) => name.endsWith('.zip')).sort();
  const articles = [];
  for (const zip of zips) {
    if (articles.length >= limit) break;
    articles.push(...zipArticles(join(dir, zip)));
  }
  return articles.slice(0, limit);
}
