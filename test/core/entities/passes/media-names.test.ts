import * as assert from 'assert';
import { mentionsOfType } from './entities-of';

describe('core/entities/passes/media-names', () => {
  it('takes a paper named by an ordinary word for one where the text marks it (لـ«عكاظ»، لـ(المدينة))', () => {
    assert.ok(mentionsOfType('وقال مسؤول عسكري لـ(المدينة): إن القوات تقدمت.', 'organization').includes('المدينة'));
    assert.ok(!mentionsOfType('وصل الوفد إلى المدينة (المدينة المنورة) أمس.', 'organization').includes('المدينة'));
  });
});
