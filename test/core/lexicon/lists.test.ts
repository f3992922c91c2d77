import * as assert from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import { normalize } from '../../../src/core/text';

/** The hand-written lists of src/core/lexicon, as written: `wordSet([...])` and `definiteAndBare([...])`. */
function writtenLists(): { where: string; words: string[] }[] {
  const lists: { where: string; words: string[] }[] = [];
  for (const file of ['index.ts', 'heads.ts']) {
    const source = readFileSync(join(__dirname, '..', '..', '..', '..', 'src', 'core', 'lexicon', file), 'utf8');
    for (const match of source.matchAll(/(?:wordSet|definiteAndBare)\(\[([^\]]*)\]\)/g)) {
      const words = [...match[1].matchAll(/'([^']*)'/g)].map((m) => m[1]);
      lists.push({ where: `${file}:${source.slice(0, match.index).split('\n').length}`, words });
    }
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
    for (const { where, words } of writtenLists()) {
      const seen = new Map<string, string>();
      for (const word of words) {
        const key = normalize(word);
        assert.ok(!seen.has(key), `${where}: «${word}» repeats «${seen.get(key)}»`);
        seen.set(key, word);
      }
    }
  });
});
