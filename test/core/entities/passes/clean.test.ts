import * as assert from 'assert';
import { mentionsOfType } from './entities-of';

describe('core/entities/passes/clean', () => {
  it('ends a headless name before whom it was said to, a person when name words make it', () => {
    const text = 'وصرحت المتحدثة باسم المفوضية مينا اندريفا للصحافيين "انه مثال جديد قوي".';
    assert.deepStrictEqual(mentionsOfType(text, 'person'), ['مينا اندريفا']);
    assert.deepStrictEqual(mentionsOfType(text, 'organization'), []);
  });

  it('keeps a ل-genitive in a body with a head (الاتحاد الدولي للصحفيين)', () => {
    assert.deepStrictEqual(mentionsOfType('وقال الاتحاد الدولي للصحفيين إن الوضع خطير.', 'organization'), ['الاتحاد الدولي للصحفيين']);
  });
});
