import * as assert from 'assert';
import modelJson from '../../data/ner-model.json';
import { staleModelMessage } from '../../scripts/check-model-lexicons';
import { ModelData } from '../../src/core/entities/model-format';

describe('check-model-lexicons', () => {
  it('finds the shipped model trained with the word lists the features read now', () => {
    assert.strictEqual(staleModelMessage(), null);
  });

  it('says how to fix a model trained with other lists', () => {
    const stale = { ...(modelJson as ModelData), lexicons: '00000000' };
    assert.match(staleModelMessage(stale) ?? '', /trained with lexicons 00000000.*npm run train/);
    assert.match(staleModelMessage({ ...stale, lexicons: undefined }) ?? '', /unrecorded/);
  });
});
