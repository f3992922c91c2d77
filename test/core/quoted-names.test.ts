import * as assert from 'assert';
import { annotate } from './quote-test-entities';

describe('core/quoted-names: names in quotation marks are names, not speech', () => {
  it('sets aside a quoted span that holds only entity mentions, however many quotations come before', () => {
    const a = annotate('وقال المتحدث: “العرض نهائي”. وذكرت «إينوك» في بيان أن «بايلي جيفورد» و«سيتانتا» رفضتا العرض.', [
      ['إينوك', 'organization'], ['بايلي جيفورد', 'organization'], ['سيتانتا', 'organization'],
    ]);
    assert.deepStrictEqual(a.quotes.map((q) => [q.id, q.kind, q.text]), [
      ['q1', 'direct', 'العرض نهائي'],
      ['q2', 'indirect', '«بايلي جيفورد» و«سيتانتا» رفضتا العرض'],
    ]);
    assert.deepStrictEqual(a.speakers, [null, 'إينوك']);
  });

  it('keeps a quotation that says more than a name', () => {
    const a = annotate('وقال بوتين: «موسكو لن تتراجع».', [['بوتين', 'person'], ['موسكو', 'place']]);
    assert.deepStrictEqual(a.quotes.map((q) => q.text), ['موسكو لن تتراجع']);
  });

  it('reads a quoted name before the colon as the speaker, and what follows as the speech', () => {
    const a = annotate('وعن التطرف قال "القاضي": القضاء على التطرف يكون بالحوار.', [['القاضي', 'person']]);
    assert.deepStrictEqual(a.quotes.map((q) => [q.kind, q.text]), [['indirect', 'القضاء على التطرف يكون بالحوار']]);
    assert.deepStrictEqual(a.speakers, ['القاضي']);
  });

  it('reads a short quotation as a name when the article names it so or quotes it again and again', () => {
    const a = annotate('وقال حمد القاضي: «الثقافة حياة». ووصف "القاضي" تجربته. وذكر «تركي» أنه نادم، ثم اعتذر «تركي»، وسامح والد «تركي» ابنه «تركي». ويسمى في نجران "عرائش العنب".', [
      ['حمد القاضي', 'person'],
    ]);
    assert.deepStrictEqual(a.quotes.filter((q) => q.kind === 'direct').map((q) => q.text), ['الثقافة حياة']);
  });

  it('counts a name quoted where it is no quotation (the relayer after نقلت) among its quotings', () => {
    const a = annotate('ونقلت "السفير" عن مصدر أن الوضع خطير. وكتب فرزلي في "السفير" مقالا عن الأزمة. وقال الصايغ في مقالة في "السفير" إن الأزمة تتفاقم.', [
      ['فرزلي', 'person'], ['الصايغ', 'person'],
    ]);
    assert.deepStrictEqual(a.quotes.filter((q) => q.kind === 'direct').map((q) => q.text), []);
  });

  it('keeps a phrase said twice (a headline repeats it) and an answer quoted again and again', () => {
    const a = annotate('وقالت رايس إنه سيجد فينا "شريكا متفانيا". وقالت رايس إنه سيجد "شريكا متفانيا". أجاب «لا». وسئل ثانية فأجاب «لا». ثم قال «لا».', [
      ['رايس', 'person'],
    ]);
    assert.deepStrictEqual(a.quotes.filter((q) => q.kind === 'direct').map((q) => q.text), ['شريكا متفانيا', 'شريكا متفانيا', 'لا', 'لا', 'لا']);
  });
});
