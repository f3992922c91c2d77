import * as assert from 'assert';
import { tokenize } from '../../../src/core/tokenize';
import { describeWord, TrainingMemory } from '../../../src/core/entities/features';

const NOTHING_REMEMBERED: TrainingMemory = { isFrequent: (): boolean => false, seenInNames: (): string => '' };

function featuresOf(word: string, memory: TrainingMemory = NOTHING_REMEMBERED): string[] {
  return describeWord(tokenize(word)[0], memory).features;
}

describe('core/entities/features', () => {
  it('flags place names under a proclitic but not behind an article the name never takes (الصور، المالي)', () => {
    for (const word of ['صور', 'وصور', 'مالي', 'لمالي']) assert.ok(featuresOf(word).includes('gL'), word);
    for (const word of ['الصور', 'المالي', 'بالمالي']) assert.ok(!featuresOf(word).includes('gL'), word);
  });

  it('still flags place names listed with their article (العراق، والقاهرة)', () => {
    for (const word of ['العراق', 'والقاهرة']) assert.ok(featuresOf(word).includes('gL'), word);
  });

  it('marks the name types training saw a word in, behind a proclitic too (وهنية)', () => {
    const memory = { isFrequent: (): boolean => false, seenInNames: (norm: string): string => (norm === 'هنيه' ? 'PO' : '') };
    for (const word of ['هنية', 'وهنية']) {
      const features = featuresOf(word, memory);
      assert.ok(features.includes('tP') && features.includes('tO') && !features.includes('tL'), `${word}: ${features}`);
    }
    assert.ok(!featuresOf('هنية').some((f) => f.startsWith('t')));
  });
});
