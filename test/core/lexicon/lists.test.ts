import * as assert from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import { normalize } from '../../../src/core/text';

/** The hand-written lists of src/core/lexicon/index.ts, as written: `wordSet([...])` and `definiteAndBare([...])`. */
function writtenLists(): { line: number; words: string[] }[] {
  const source = readFileSync(join(__dirname, '..', '..', '..', '..', 'src', 'core', 'lexicon', 'index.ts'), 'utf8');
  const lists: { line: number; words: string[] }[] = [];
  for (const match of source.matchAll(/(?:wordSet|definiteAndBare)\(\[([^\]]*)\]\)/g)) {
    const words = [...match[1].matchAll(/'([^']*)'/g)].map((m) => m[1]);
    lists.push({ line: source.slice(0, match.index).split('\n').length, words });
  }
  return lists;
}

describe('core/lexicon hand-written lists', () => {
  it('are found in the source (the test reads what it checks)', () => {
    const lists = writtenLists();
    assert.ok(lists.length >= 20, `${lists.length} lists`);
    assert.ok(lists.some((l) => l.words.includes('محمد')));
  });

  it('hold each word once, however it is spelt (أ/ا، ة/ه، ى/ي read as one)', () => {
    for (const { line, words } of writtenLists()) {
      const seen = new Map<string, string>();
      for (const word of words) {
        const key = normalize(word);
        assert.ok(!seen.has(key), `line ${line}: «${word}» repeats «${seen.get(key)}»`);
        seen.set(key, word);
      }
    }
  });
});
