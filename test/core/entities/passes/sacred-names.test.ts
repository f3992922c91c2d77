import * as assert from 'assert';
import { entitiesOf } from './entities-of';

const names = (text: string): string[] => entitiesOf(text).map((e) => e.name);

describe('core/entities/passes/sacred-names', () => {
  it('lists no entity for God\'s name or His praise', () => {
    for (const text of ['ودعا الله عز وجل أن يرحم الشهداء.', 'يقول الله عز وجل في سورة الأحزاب: «يا أيها النبي».', 'لله الحمد سيزيدنا ذلك قوة.']) {
      const found = names(text);
      assert.ok(!found.some((name) => /^(لله|الله|عز)( |$)/.test(name)), `${text}: ${found.join(' | ')}`);
    }
  });

  it('ends a name before a prayer or a praise of God', () => {
    const found = names('وقال الشيخ عبدالرحمن بن سعيد رحمه الله إن العلم نور.');
    assert.ok(found.includes('عبدالرحمن بن سعيد'), found.join(' | '));
  });

  it('keeps الله in a compound name', () => {
    assert.ok(names('وقال رئيس الوزراء رامي الحمد الله إن الحكومة مستعدة.').includes('رامي الحمد الله'));
    assert.ok(names('وقال حزب الله إن مقاتليه انسحبوا.').includes('حزب الله'));
  });
});
