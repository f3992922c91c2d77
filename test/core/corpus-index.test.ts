import * as assert from 'assert';
import { analyze } from '../../src/core/analyze';
import { ArticleDigest, CorpusIndex, digestArticle, entityKey, QUOTE_TEXT_LENGTH } from '../../src/core/corpus-index';

const PUTIN = 'قال الرئيس الروسي فلاديمير بوتين: "سنرد بقوة" في موسكو.\n';

function digest(...entities: Array<[string, 'person' | 'organization', number, number, string[]?]>): ArticleDigest {
  return {
    entities: entities.map(([name, type, mentions, quotes, roles]) => ({
      name, type, roles: roles ?? [], mentions, start: 0, end: name.length, line: 0, character: 0,
      quotes: Array.from({ length: quotes }, (_, i) => ({ start: i * 10, end: i * 10 + 5, text: `q${i}` })),
    })),
  };
}

describe('corpus index', () => {
  it('digests an article into its people and organizations, each with its quotations', () => {
    const { entities } = digestArticle(analyze(PUTIN), PUTIN);
    assert.deepStrictEqual(entities.map((entity) => [entity.name, entity.type, entity.roles, entity.quotes.map((quote) => quote.text)]), [['فلاديمير بوتين', 'person', ['الرئيس الروسي'], ['سنرد بقوة']]]);
    const [putin] = entities;
    assert.strictEqual(PUTIN.slice(putin.start, putin.end), 'فلاديمير بوتين');
    assert.strictEqual(PUTIN.slice(putin.quotes[0].start, putin.quotes[0].end), 'سنرد بقوة');
  });

  it('cuts a long quotation to a few words in the digest, keeping its place', () => {
    const long = 'كلام '.repeat(100).trim();
    const text = `قال الرئيس الروسي فلاديمير بوتين: "${long}".`;
    const { entities } = digestArticle(analyze(text), text);
    assert.strictEqual(entities[0].quotes[0].text.length, QUOTE_TEXT_LENGTH);
    assert.strictEqual(entities[0].quotes[0].end - entities[0].quotes[0].start, long.length);
  });

  it('gives the line and character of a first mention, CRLF lines included', () => {
    const text = 'عنوان الخبر\r\n\r\nقال الرئيس الروسي فلاديمير بوتين: "سنرد بقوة" في موسكو.\r\n';
    const [putin] = digestArticle(analyze(text), text).entities;
    assert.deepStrictEqual([putin.line, putin.character], [2, 'قال الرئيس الروسي '.length]);
  });

  it('ranks by quotations, then mentions, then articles, summed over the articles', () => {
    const index = new CorpusIndex();
    index.set('a.txt', digest(['بوتين', 'person', 3, 1], ['الأمم المتحدة', 'organization', 5, 0]));
    index.set('b.txt', digest(['بوتين', 'person', 2, 2], ['شكري', 'person', 1, 0]));
    index.set('c.txt', digest(['الأمم المتحدة', 'organization', 1, 0]));
    assert.deepStrictEqual(index.ranked().map((entity) => [entity.name, entity.quotes, entity.mentions, entity.articles]), [
      ['بوتين', 3, 5, 2],
      ['الأمم المتحدة', 0, 6, 2],
      ['شكري', 0, 1, 1],
    ]);
    assert.deepStrictEqual(index.appearances(entityKey('بوتين', 'person')).map((appearance) => appearance.article), ['b.txt', 'a.txt']);
  });

  it('replaces an article that changed and forgets one deleted, incrementally', () => {
    const index = new CorpusIndex();
    index.set('a.txt', digest(['بوتين', 'person', 3, 1]));
    index.set('b.txt', digest(['بوتين', 'person', 2, 2]));
    index.set('a.txt', digest(['شكري', 'person', 1, 1]));
    assert.deepStrictEqual(index.ranked().map((entity) => [entity.name, entity.quotes, entity.articles]), [['بوتين', 2, 1], ['شكري', 1, 1]]);
    index.delete('b.txt');
    assert.deepStrictEqual(index.ranked().map((entity) => entity.name), ['شكري']);
    assert.strictEqual(index.articleCount, 1);
    assert.deepStrictEqual(index.appearances(entityKey('بوتين', 'person')), []);
  });

  it('filters names ignoring hamza seats, ta marbuta and diacritics', () => {
    const index = new CorpusIndex();
    index.set('a.txt', digest(['أحمد أبو الغيط', 'person', 1, 0], ['وزارة الخارجية', 'organization', 1, 0], ['بوتين', 'person', 1, 0]));
    assert.deepStrictEqual(index.ranked('احمد').map((entity) => entity.name), ['أحمد أبو الغيط']);
    assert.deepStrictEqual(index.ranked('وزاره').map((entity) => entity.name), ['وزارة الخارجية']);
    assert.deepStrictEqual(index.ranked('  ').length, 3);
  });

  it('says in how many other articles a name appears, with the roles given there', () => {
    const index = new CorpusIndex();
    index.set('a.txt', digest(['بوتين', 'person', 1, 0, ['الرئيس الروسي']]));
    index.set('b.txt', digest(['بوتين', 'person', 1, 0, ['الرئيس الروسي', 'رئيس روسيا']]));
    index.set('c.txt', digest(['بوتين', 'person', 1, 0]));
    assert.deepStrictEqual(index.elsewhere('بوتين', 'person', 'a.txt'), { articles: 2, roles: ['الرئيس الروسي', 'رئيس روسيا'] });
    assert.deepStrictEqual(index.elsewhere('شكري', 'person', 'a.txt'), { articles: 0, roles: [] });
  });
});
