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
});
