import * as assert from 'assert';
import { entitiesOf, mentionsOfType } from './entities-of';

describe('core/entities/passes/appositive-names', () => {
  it('takes a name between commas after a title phrase as the holder, even where the tagger typed it a body', () => {
    const text = 'وقالت نائبة المتحدث باسم الحكومة الألمانية، كريستيانه فيرتس، أمس في برلين، إن الزيارة مشكوك فيها. وأضافت فيرتس أن الزيارة يجب الاتفاق عليها.';
    const fuller = entitiesOf(text).find((e) => e.name === 'كريستيانه فيرتس');
    assert.strictEqual(fuller?.type, 'person');
  });

  it('leaves a list of titles and words that are no name between the commas', () => {
    const listed = mentionsOfType('ويحتاج المستشفى طبيب أسنان، رئيسة تمريض، مشرفة تمريض، ممرضات لمختلف التخصصات.', 'person');
    assert.ok(!listed.some((m) => m.includes('تمريض')), listed.join(' | '));
    const described = mentionsOfType('وقال المتحدث باسم الحكومة، ومعروف بالطيبة، إن الزيارة مشكوك فيها.', 'person');
    assert.ok(!described.some((m) => m.includes('معروف')), described.join(' | '));
  });
});
