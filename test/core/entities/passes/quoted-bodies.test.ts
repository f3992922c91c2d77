import * as assert from 'assert';
import { entitiesOf } from './entities-of';

function typeOf(text: string, name: string): string | undefined {
  return entitiesOf(text).find((e) => e.mentions.some((m) => m.text === name))?.type;
}

describe('core/entities/passes/quoted-bodies', () => {
  it('takes a quoted one-word name that speaks with feminine verbs for a body', () => {
    const text = 'وكانت "إينوك" قد تقدمت بعرض للاستحواذ على الشركة.\nوذكرت "إينوك" أن العرض نهائي.';
    assert.strictEqual(typeOf(text, 'إينوك'), 'organization');
  });

  it('takes a quoted word of a person\'s full name in the article for that person, not a body (الفنانة آيتن عامر … وكتبت “آيتن”)', () => {
    const text = 'وأعربت الفنانة آيتن عامر، عن حزنها الشديد، وكتبت “آيتن” عبر صفحتها الرسمية: “في ذمة الله”.';
    assert.strictEqual(typeOf(text, 'آيتن'), 'person');
  });

  it('leaves a man quoted by his family name, and a woman by the family name the article gives her in full', () => {
    assert.strictEqual(typeOf('وقال حمد القاضي إن الكتاب مهم.\nوقال "القاضي" إن المؤرخ ترك أثرا كبيرا.', 'القاضي'), 'person');
    assert.strictEqual(typeOf('وقالت الدكتورة سارة القحطاني إن الحالة مستقرة.\nوذكرت "القحطاني" أن العلاج متوفر.', 'القحطاني'), 'person');
  });
});
