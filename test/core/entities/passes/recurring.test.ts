import * as assert from 'assert';
import { mentionsOfType } from './entities-of';

describe('core/entities/passes/recurring', () => {
  it('looks for no definite plural in ـات elsewhere, whatever the tagger made of it once (النفايات)', () => {
    const text = 'لبنان: الحكومة تفشل في حل مشكلة «النفايات».. وسلام: الشغور الرئاسي «ضار»\n' +
      'فشلت الحكومة في حل أزمة النفايات المتفاقمة منذ أسبوعين. وتطرق سلام إلى ملف النفايات، وقال إن جبال النفايات تتراكم.';
    const places = mentionsOfType(text, 'place').filter((m) => m.includes('النفايات'));
    assert.ok(places.length <= 1, JSON.stringify(places));
  });

  it('looks for no الله or الدين alone, which end compound names (عبد الله، صلاح الدين) and name nobody (رحمه الله)', () => {
    const persons = mentionsOfType('وقال الأمير عبد الله إن الوضع جيد. ورحمه الله.', 'person');
    assert.deepStrictEqual(persons, ['عبد الله']);
  });
});
