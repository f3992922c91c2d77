import * as assert from 'assert';
import { tokenize } from '../../../src/core/tokenize';
import { describeWord } from '../../../src/core/entities/features';

function featuresOf(word: string): string[] {
  return describeWord(tokenize(word)[0], () => false).features;
}

describe('core/entities/features', () => {
  it('flags place names under a proclitic but not behind an article the name never takes (الصور، المالي)', () => {
    for (const word of ['صور', 'وصور', 'مالي', 'لمالي']) assert.ok(featuresOf(word).includes('gL'), word);
    for (const word of ['الصور', 'المالي', 'بالمالي']) assert.ok(!featuresOf(word).includes('gL'), word);
  });

  it('still flags place names listed with their article (العراق، والقاهرة)', () => {
    for (const word of ['العراق', 'والقاهرة']) assert.ok(featuresOf(word).includes('gL'), word);
  });
});
