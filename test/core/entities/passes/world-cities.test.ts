import * as assert from 'assert';
import { mentionsOfType } from './entities-of';

const placeMentions = (text: string): string[] => mentionsOfType(text, 'place');

describe('core/entities/passes/world-cities', () => {
  it('takes a world city the text places, and then its every mention', () => {
    const text = 'وصل مئات المهاجرين أمس إلى كاليه الفرنسية بعد رحلة طويلة.\n\nوتشهد كاليه ازدحاما كبيرا منذ أسابيع.';
    assert.deepStrictEqual(placeMentions(text).filter((m) => m.endsWith('كاليه')), ['كاليه', 'كاليه']);
  });

  it('places a city after a place head or before a direction', () => {
    assert.ok(placeMentions('افتتح المحافظ مشروعا جديدا في محافظة سيهات أمس.').some((m) => m.includes('سيهات')));
    assert.ok(placeMentions('وقع الحادث قرب كاليه شمال فرنسا.').includes('كاليه'));
  });

  it('places a region of the lexicon the same way (منطقة عسير)', () => {
    assert.ok(placeMentions('وهطلت أمطار غزيرة على منطقة عسير أمس.').some((m) => m.includes('عسير')));
  });

  it('places a name conjoined by و right after a place (في تعز وأبين والضالع ولحج)', () => {
    const found = placeMentions('وتدور معارك عنيفة في تعز وأبين والضالع ولحج منذ أسابيع.');
    for (const name of ['تعز', 'أبين', 'الضالع', 'لحج']) assert.ok(found.includes(name), `${name}: ${found.join(' | ')}`);
  });

  it('leaves a city name that the text uses as an ordinary noun', () => {
    // Each is a city in the list (Koumra, Upala, Zouar; Bursa below) and a noun here.
    for (const text of [
      'سجلت المحادثات في قمرة القيادة قبل الحادث.',
      'وقد تؤدي الإصابة إلى التهاب هذه الأوتار.',
      'وتناقل عدد من زوار الشبكات الاجتماعية الصور.',
    ]) assert.deepStrictEqual(placeMentions(text), [], text);
    assert.ok(!placeMentions('ارتفعت الأسهم في بورصة لندن أمس.').some((m) => m.includes('بورصة')));
  });
});
