import * as assert from 'assert';
import { entitiesOf } from './entities-of';

const personNames = (text: string): string[] => entitiesOf(text).filter((e) => e.type === 'person').map((e) => e.name);

describe('core/entities/passes/spoken-family-names', () => {
  it('takes in an ordinary word after a given name when the article uses it alone as a speech verb\'s subject (تمام + سلام … ولفت سلام إلى)', () => {
    const text = 'وقال رئيس الوزراء اللبناني تمام سلام إن الحكومة مستمرة. ولفت سلام إلى أنه تسلم من وزير الدفاع كتابا.';
    assert.ok(personNames(text).includes('تمام سلام'), personNames(text).join(' | '));
  });

  it('takes in a definite nisba after a title and a given name where the clause ends (الكاتب الصحفي خالد + الحربي، …)', () => {
    const text = 'وقال الكاتب الصحفي خالد الحربي إن المملكة لن ترفع سعر الوقود.';
    assert.ok(personNames(text).includes('خالد الحربي'), personNames(text).join(' | '));
    // The title may have its adjective between it and the name (الكاتب السعودي).
    const described = 'وقال الكاتب السعودي خالد الحربي إن المملكة لن ترفع سعر الوقود.';
    assert.ok(personNames(described).includes('خالد الحربي'), personNames(described).join(' | '));
  });

  it('leaves the word out where the article never makes it a speaker, or makes it the state speaking (أكدت الدولة)', () => {
    const unused = personNames('وقال رئيس الوزراء اللبناني تمام سلام إن الحكومة مستمرة في عملها.');
    assert.ok(!unused.includes('تمام سلام'), unused.join(' | '));
    const state = personNames('وقال وزير المالية عبدالله الدولة إن العجز تراجع. وأكدت الدولة أن الدعم مستمر.');
    assert.ok(!state.some((name) => name.endsWith('الدولة')), state.join(' | '));
  });

  it('completes a name of a given name and a father\'s the same way (عبدالرحمن رشيد + بخش … وبين بخش أن)', () => {
    const text = 'اعترف مدير المستشفى الدكتور عبدالرحمن رشيد بخش لـ"الوطن" بصحة انتقال العدوى. وبين بخش أن عدد المرضى ثلاث حالات.';
    assert.ok(personNames(text).includes('عبدالرحمن رشيد بخش'), personNames(text).join(' | '));
  });

  it('never takes in a time word that stands between a verb and what was said (وقال أمس إن)', () => {
    const names = personNames('وقال الرئيس البولندي أندري دودا أمس إن بلاده مستعدة. وقال أمس إن الحلف قوي.');
    assert.ok(!names.some((name) => name.endsWith('أمس')), names.join(' | '));
  });
});
