import * as assert from 'node:assert/strict';
import type { Entity, EntityType } from '../../../src/core/types';
import { SCHEMA_VERSION } from '../../../src/core/types';
import { buildSymbolTree, MAX_QUOTES_PER_SPEAKER, SymbolNode } from '../../../src/vscode/model/symbolTree';
import { ARTICLE, articleAnnotations, spanOf, t } from '../fixtures';

function assertContainsChildren(node: SymbolNode): void {
  assert.ok(node.start <= node.selectionStart && node.selectionEnd <= node.end, `${node.name}: selection inside range`);
  for (const child of node.children) {
    assert.ok(node.start <= child.start && child.end <= node.end, `${node.name} contains ${child.name}`);
    assertContainsChildren(child);
  }
}

describe('vscode/model/symbolTree', () => {
  const { speakers, names } = buildSymbolTree(articleAnnotations(), t);
  const tree = [...speakers, ...names];

  it('lists the speakers in the order they are first quoted, unnamed sources last, apart from the other names', () => {
    assert.deepEqual(speakers.map((node) => [node.name, node.kind]), [
      ['\u2068فلاديمير بوتين\u2069', 'person'],
      ['\u2068وزارة الخارجية\u2069', 'organization'],
      ['Unnamed sources', 'group'],
    ]);
    assert.deepEqual(names.map((node) => [node.name, node.detail]), [['Places', '1']]);
  });

  it('gives a speaker its role as detail, its full name as selection, and its quotations as children, each Arabic piece isolated', () => {
    const [putin] = speakers;
    assert.equal(putin.detail, '\u2068الرئيس الروسي\u2069');
    const name = spanOf(ARTICLE, 'فلاديمير بوتين');
    assert.deepEqual([putin.selectionStart, putin.selectionEnd], [name.start, name.end]);
    assert.deepEqual(putin.children.map((child) => [child.name, child.kind, child.detail]), [
      ['\u2068المحادثات كانت مثمرة جدا مع الوفد…\u2069', 'quotation', '\u2068قال\u2069'],
      ['\u2068سنواصل العمل مع بيونغ يانغ\u2069', 'quotation', '\u2068وأضاف\u2069'],
    ]);
  });

  it('groups the entities nobody quotes by kind, without repeating speakers', () => {
    const [places] = names;
    assert.deepEqual(places.children.map((child) => [child.name, child.kind]), [['\u2068بيونغ يانغ\u2069', 'place']]);
    assert.equal(tree.filter((node) => node.name.includes('وزارة الخارجية')).length, 1);
  });

  it('gives every node a range that holds its selection and its children', () => {
    tree.forEach(assertContainsChildren);
  });

  it('lists a speaker\'s first quotations and one row for the rest, leading to the first of them and covering them all', () => {
    const quoted = MAX_QUOTES_PER_SPEAKER + 150;
    const speaker: Entity = { id: 'e1', type: 'person', name: 'بوتين', roles: [], mentions: [{ start: 0, end: 5, text: 'بوتين' }] };
    const quotes = Array.from({ length: quoted }, (_, i) => ({
      id: `q${i}`, kind: 'direct' as const, start: 10 + i * 20, end: 25 + i * 20, text: `كلام رقم ${i}`, speaker: 'e1', cue: null,
    }));
    const [node] = buildSymbolTree({ schema: SCHEMA_VERSION, entities: [speaker], quotes }, t).speakers;
    assert.equal(node.children.length, MAX_QUOTES_PER_SPEAKER + 1);
    const rest = node.children[MAX_QUOTES_PER_SPEAKER];
    assert.equal(rest.name, '150 more quotations: see the Speakers view');
    assert.deepEqual([rest.selectionStart, rest.selectionEnd], [quotes[MAX_QUOTES_PER_SPEAKER].start, quotes[MAX_QUOTES_PER_SPEAKER].end]);
    assert.deepEqual([rest.start, rest.end], [quotes[MAX_QUOTES_PER_SPEAKER].start, quotes[quoted - 1].end]);
    assertContainsChildren(node);
  });

  it('lists every one of tens of thousands of distinct names under its kind, in text order', () => {
    // Mostly people, as in a 2 MB document of distinct names whose outline once took seconds.
    const count = 30_000;
    const entities: Entity[] = [];
    for (let i = 0; i < count; i++) {
      // Listed out of text order: the outline sorts each kind by position.
      const start = ((i * 7919) % count) * 10;
      const name = `اسم${i}`;
      const type: EntityType = i % 10 === 1 ? 'place' : i % 10 === 2 ? 'organization' : i % 10 === 3 ? 'other' : 'person';
      entities.push({ id: `e${i}`, type, name, roles: [], mentions: [{ start, end: start + name.length, text: name }] });
    }
    const { speakers: noSpeakers, names: groups } = buildSymbolTree({ schema: SCHEMA_VERSION, entities, quotes: [] }, t);
    assert.deepEqual(noSpeakers, []);
    assert.deepEqual(groups.map((group) => [group.name, group.detail]), [
      ['People', String(count * 0.7)], ['Places', String(count * 0.1)], ['Organizations', String(count * 0.1)], ['Other names', String(count * 0.1)],
    ]);
    const kinds: EntityType[] = ['person', 'place', 'organization', 'other'];
    groups.forEach((group, n) => {
      assert.ok(group.children.every((child) => child.kind === kinds[n]), `${group.name} holds only its kind`);
      assert.ok(group.children.every((child, i) => i === 0 || group.children[i - 1].start < child.start), `${group.name} in text order`);
      assertContainsChildren(group);
    });
  });

  it('is empty for an empty analysis', () => {
    assert.deepEqual(buildSymbolTree({ ...articleAnnotations(), entities: [], quotes: [] }, t), { speakers: [], names: [] });
  });
});
