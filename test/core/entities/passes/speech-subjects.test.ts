import * as assert from 'assert';
import { entitiesOf } from './entities-of';

const typeOf = (text: string, name: string): string | undefined => entitiesOf(text).find((e) => e.name === name)?.type;

describe('core/entities/passes/speech-subjects', () => {
  it('takes a given name with a word or two after a speech verb, up to where the speech starts, as a person', () => {
    assert.strictEqual(typeOf('وأكد فهد بارباع أن المشروع يسير وفق الخطة.', 'فهد بارباع'), 'person');
    assert.strictEqual(typeOf('وقالت حفصة دوابشة: «لقد شاهدت كل شيء».', 'حفصة دوابشة'), 'person');
  });

  it('makes a kunya after a speech verb a person, even one the tagger took for a body', () => {
    assert.strictEqual(typeOf('وفي هذا الإطار قالت أم فيصل «المرأة النجرانية تفخر بالإنجازات».', 'أم فيصل'), 'person');
  });

  it('leaves what follows a speech verb that is no name: على، لي، a common noun, an accusative', () => {
    for (const [text, words] of [
      ['وأكد على ضرورة الالتزام بالأنظمة.', 'ضرورة'],
      ['وقال لي الأطباء إن حالته مستقرة.', 'الأطباء'],
      ['وتصف أمينة الرواية بأنها صادمة.', 'الرواية'],
      ['وقال فيراري ضاحكا إن السباق كان صعبا.', 'ضاحكا'],
    ]) {
      const people = entitiesOf(text).filter((e) => e.type === 'person').map((e) => e.name);
      assert.ok(!people.some((name) => name.includes(words)), `${text}: ${people.join(' | ')}`);
    }
  });
});
