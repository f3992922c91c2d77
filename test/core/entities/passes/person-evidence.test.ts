import * as assert from 'assert';
import { entitiesOf } from './entities-of';

const people = (text: string): string[] => entitiesOf(text).filter((e) => e.type === 'person').flatMap((e) => e.mentions.map((m) => m.text));

describe('core/entities/passes/person-evidence', () => {
  it('keeps a name in ـا the text makes speak again and again', () => {
    const text = 'وقالت كولوتا إن الناجين بحاجة لمساعدة. وقالت كولوتا إن الناجين يعانون مرتين.';
    assert.deepStrictEqual(people(text), ['كولوتا', 'كولوتا']);
  });

  it('drops an adverb in ـا after a speech verb, however often it stands there', () => {
    const text = 'وسبق لأوباما أن قال مرارا إن ذلك التصويت كان خطأ. وأكد مرارا أن البديل عن الاتفاق هو عمل عسكري.';
    assert.ok(!people(text).includes('مرارا'), people(text).join(' | '));
  });

  it('drops a word in ـا that speaks once (an accusative the tagger read as a name)', () => {
    assert.ok(!people('وقال فيراري ضاحكا إن السباق كان صعبا.').includes('ضاحكا'));
  });
});
