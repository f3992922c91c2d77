import * as assert from 'assert';
import { mentionsOfType } from './entities-of';

const personMentions = (text: string): string[] => mentionsOfType(text, 'person');

describe('core/entities/passes/titled-names', () => {
  it('takes the words after a title and its complement as the holder\'s name', () => {
    assert.ok(personMentions('وأشار وزير العمل سجعان قزي بعد جلسة الحكومة إلى أن عدة أسماء طرحت.').includes('سجعان قزي'));
    assert.ok(personMentions('سمح وزير الدفاع الاسرائيلي موشيه يعالون، اليوم، باللجوء إلى القوة.').includes('موشيه يعالون'));
  });

  it('takes a lone word after a definite title with its complement', () => {
    assert.ok(personMentions('يعاني اللاعب من عدم الاهتمام من المدرب الروماني ريجيكامب الذي لم يعطه الفرصة.').includes('ريجيكامب'));
  });

  it('ends a name of two words before لـ or لل, to whom the holder spoke; not a lone accusative (مدربا للفريق)', () => {
    assert.ok(personMentions('وقال الناشط جلال الشحماني لـ"الوطن": إن التظاهرات مستمرة.').includes('جلال الشحماني'));
    assert.ok(personMentions('وقال رئيس النادي عادل الإيداء للصحفيين إن الفريق جاهز.').includes('عادل الإيداء'));
    const people = personMentions('وتعاقد النادي مع المدرب الفرنسي مدربا للفريق في الموسم المقبل.');
    assert.ok(!people.includes('مدربا'), people.join(' | '));
  });

  it('skips an honorific title in construct and takes the name after it', () => {
    const people = personMentions('وأكد سفير خادم الحرمين الشريفين لدى مصر أن العلاقات قوية.');
    assert.ok(!people.some((m) => m.includes('خادم')), people.join(' | '));
  });

  it('leaves words that cannot end a name, or are no name', () => {
    for (const text of [
      'وقدمت نفسها كمدافع شرس عن حقوق العمال.', // a comparison, and an adjective
      'لا توجد دولة في العالم أجمع تقبل بذلك.', // العالم is the world here
      'وزير الدفاع الإسرائيلي يوافق على الخطة', // a headline's verb
      'وتم تدمير مدفع عيار 37 قرب الحدود.', // a measure, before a number
      'ولم يخف الملك فهد قلقه من الأزمة.', // a pronoun suffix is no name's
    ]) {
      const people = personMentions(text);
      assert.ok(!people.some((m) => /شرس|أجمع|يوافق|عيار|قلقه/.test(m)), `${text}: ${people.join(' | ')}`);
    }
  });
});
