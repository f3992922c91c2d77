import * as assert from 'assert';
import { mentionsOfType } from './entities-of';

describe('core/entities/passes/media-names', () => {
  it('takes a paper named by an ordinary word for one where the text marks it (لـ«عكاظ»، لـ(المدينة))', () => {
    assert.ok(mentionsOfType('وقال مسؤول عسكري لـ(المدينة): إن القوات تقدمت.', 'organization').includes('المدينة'));
    assert.ok(!mentionsOfType('وصل الوفد إلى المدينة (المدينة المنورة) أمس.', 'organization').includes('المدينة'));
  });

  it('takes the paper of a byline after the reporter\'s name and a dash, not the city of its dateline', () => {
    assert.ok(mentionsOfType('حاتم العميري- سبق- مكة المكرمة: اعترف الناطق الإعلامي بتسبب الشركة.', 'organization').includes('سبق'));
    assert.ok(mentionsOfType('فيصل المخلفي – عين اليوم\nأكد التقرير أن الأخطاء تراجعت.', 'organization').includes('عين اليوم'));
    assert.ok(!mentionsOfType('فهد الحربي – الرياض\nأكد التقرير أن الأخطاء تراجعت.', 'organization').includes('الرياض'));
  });
});
