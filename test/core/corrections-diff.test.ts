import * as assert from 'assert';
import { applyCorrections } from '../../src/core/corrections';
import { correctionsBetween } from '../../src/core/corrections-diff';
import { Annotations, Entity, Span } from '../../src/core/types';

const TEXT = 'قال أحمد إن أحمد وصل، وقال أحمد إن أحمد غادر مع سمير.';

function spansOf(needle: string): Span[] {
  return [...TEXT.matchAll(new RegExp(needle, 'g'))].map((m) => ({ start: m.index, end: m.index + needle.length, text: needle }));
}

const person = (id: string, mentions: Span[]): Entity => ({ id, type: 'person', name: mentions[0].text, roles: [], mentions });
const annotations = (entities: Entity[]): Annotations => ({ schema: 'arabic-article-annotations/1', entities, quotes: [] });

describe('core/corrections-diff', () => {
  const [first, second, third, fourth] = spansOf('أحمد');
  const analysis = annotations([person('e1', [first, second, third, fourth])]);

  it('needs no correction where the target says what the analysis says', () => {
    assert.deepStrictEqual(correctionsBetween(TEXT, analysis, analysis), { corrections: [], notCarried: [] });
  });

  it('splits a single mention off with "different" and adds a missed name', () => {
    const [samir] = spansOf('سمير');
    const target = annotations([person('b1', [first, second, fourth]), person('b2', [third]), person('b3', [samir])]);
    const between = correctionsBetween(TEXT, analysis, target);
    assert.deepStrictEqual(between.notCarried, []);
    assert.deepStrictEqual(between.corrections.map((c) => c.op).sort(), ['different', 'entity']);
    const applied = applyCorrections(TEXT, analysis, between.corrections).annotations;
    assert.deepStrictEqual(applied.entities.map((e) => e.mentions.map((m) => m.start)), [[first.start, second.start, fourth.start], [third.start], [samir.start]]);
  });

  it('says what the contract cannot carry: two mentions leaving their entity together', () => {
    const target = annotations([person('b1', [first, second]), person('b2', [third, fourth])]);
    const between = correctionsBetween(TEXT, analysis, target);
    assert.deepStrictEqual(between.corrections, []);
    assert.deepStrictEqual(between.notCarried, [
      '«أحمد» (2 mentions) stays one entity with «أحمد»: corrections can split off one mention at a time only',
      '«أحمد» is one entity with other names',
      '«أحمد» is one entity with other names',
    ]);
  });
});
