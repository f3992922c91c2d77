import * as assert from 'assert';
import { isCityName, latinSpelling, personNameUses } from '../../../src/core/lexicon/knowledge';
import { normalize } from '../../../src/core/text';

describe('shipped knowledge (Wikidata name tokens, world cities)', () => {
  it('knows person-name tokens by their normalised spelling, with the Latin spelling names give them', () => {
    assert.ok(personNameUses(normalize('كاميرون')) > 10);
    assert.strictEqual(latinSpelling(normalize('كاميرون')), 'Cameron');
    // Alef forms are normalised on both sides.
    assert.ok(personNameUses(normalize('أوباما')) > 0);
    assert.strictEqual(personNameUses(normalize('أوباما')), personNameUses('اوباما'));
  });

  it('knows no common words as names', () => {
    for (const word of ['ضدنا', 'تفجيرا', 'مستثمران', 'احدهم', 'فندق']) assert.strictEqual(personNameUses(word), 0, word);
    assert.strictEqual(latinSpelling('ضدنا'), undefined);
  });

  it('knows city names, also without the administrative word some are listed with', () => {
    assert.ok(isCityName(normalize('كابل')));
    assert.ok(isCityName(normalize('قندهار')));
    assert.ok(!isCityName(normalize('فندق')));
  });
});
