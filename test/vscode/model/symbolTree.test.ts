import * as assert from 'node:assert/strict';
import type { Entity, EntityType } from '../../../src/core/types';
import { SCHEMA_VERSION } from '../../../src/core/types';
import { buildSymbolTree, SymbolNode } from '../../../src/vscode/model/symbolTree';
import { ARTICLE, articleAnnotations, spanOf, t } from '../fixtures';

function assertContainsChildren(node: SymbolNode): void {
  assert.ok(node.start <= node.selectionStart && node.selectionEnd <= node.end, `${node.name}: selection inside range`);
  for (const child of node.children) {
    assert.ok(node.start <= child.start && child.end <= node.end, `${node.name} contains ${child.name}`);
    assertContainsChildren(child);
  }
}

describe('vscode/model/symbolTree', () => {
  const tree = buildSymbolTree(articleAnnotations(), t);

  it('puts the speakers first, in the order they are first quoted, unnamed sources last', () => {
    assert.deepEqual(tree.map((node) => [node.name, node.kind]), [
      ['فلاديمير بوتين', 'person'],
      ['وزارة الخارجية', 'organization'],
      ['Unnamed sources', 'group'],
      ['Places', 'group'],
    ]);
  });

  it('gives a speaker its role as detail, its full name as selection, and its quotations as children', () => {
    const [putin] = tree;
    assert.equal(putin.detail, 'الرئيس الروسي');
    const name = spanOf(ARTICLE, 'فلاديمير بوتين');
    assert.deepEqual([putin.selectionStart, putin.selectionEnd], [name.start, name.end]);
    assert.deepEqual(putin.children.map((child) => [child.name, child.kind, child.detail]), [
      ['المحادثات كانت مثمرة جدا مع الوفد…', 'quotation', 'قال'],
      ['سنواصل العمل مع بيونغ يانغ', 'quotation', 'وأضاف'],
    ]);
  });

  it('groups the entities nobody quotes by kind, without repeating speakers', () => {
    const places = tree[3];
    assert.deepEqual(places.children.map((child) => [child.name, child.kind]), [['بيونغ يانغ', 'place']]);
    assert.equal(tree.filter((node) => node.name === 'وزارة الخارجية').length, 1);
  });

  it('gives every node a range that holds its selection and its children', () => {
    tree.forEach(assertContainsChildren);
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
    const groups = buildSymbolTree({ schema: SCHEMA_VERSION, entities, quotes: [] }, t);
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
    assert.deepEqual(buildSymbolTree({ ...articleAnnotations(), entities: [], quotes: [] }, t), []);
  });
});
