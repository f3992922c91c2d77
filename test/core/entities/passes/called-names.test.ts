import * as assert from 'assert';
import { entitiesOf } from './entities-of';

const people = (text: string): string[] => entitiesOf(text).filter((e) => e.type === 'person').map((e) => e.name);

describe('core/entities/passes/called-names', () => {
  it('takes the words after a naming word as a person, quoted or not (رجل يدعى فيشيون، المدعو أبو جليل، يدعى "أبوثابت الحوثي")', () => {
    assert.ok(people('في أثينا جلس رجل يدعى فيشيون ينتظر دوره عند الحلاق.').includes('فيشيون'));
    assert.ok(people('أكد مصدر أن القائد الميداني للمليشيا، المدعو أبو جليل، لقي مصرعه.').includes('أبو جليل'));
    assert.ok(people('قتل ثلاثة بينهم قائد ميداني للمليشيا الحوثية يدعى "أبوثابت الحوثي" في المنطقة.').includes('أبوثابت الحوثي'));
  });

  it('drops a one-word person the tagger found in the description before the naming word (قال مقيم في مقديشو يدعى …)', () => {
    const names = people('وقال مقيم في مقديشو يدعى مقطر ظاهر «أفلامي المفضلة هي الأميركية».');
    assert.ok(names.includes('مقطر ظاهر'), names.join(' | '));
    assert.ok(!names.includes('مقيم'), names.join(' | '));
  });

  it('names no person after a body or a head word, in ما يدعى, or where يدعى means "is invited"', () => {
    for (const [text, word] of [
      ['إن شركة تدعى نوكيا لا تزال تؤدي أداء جيدا.', 'نوكيا'],
      ['بموجب سياسة ما يدعى حق العودة إلى البيوت.', 'حق'],
      ['عندما يدعى الشاعر لإلقاء قصيدة في المدرسة.', 'الشاعر'],
      ['فرض مذهب غير معروف يدعى الحبش على السكان.', 'الحبش'],
    ]) assert.ok(!people(text).some((name) => name.includes(word)), `${text}: ${people(text).join(' | ')}`);
  });
});
