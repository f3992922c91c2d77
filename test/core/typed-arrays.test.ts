import * as assert from 'assert';
import { lengthened } from '../../src/core/typed-arrays';

describe('core/typed-arrays lengthened', () => {
  it('copies the elements into a longer array of the same kind, the rest filled', () => {
    const grown = lengthened(Int32Array.from([4, 5]), 4, -1);
    assert.ok(grown instanceof Int32Array);
    assert.deepStrictEqual([...grown], [4, 5, -1, -1]);
    assert.deepStrictEqual([...lengthened(Float32Array.from([0.5]), 3)], [0.5, 0, 0]);
  });
});
