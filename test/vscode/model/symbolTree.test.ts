import * as assert from 'node:assert/strict';
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

  it('is empty for an empty analysis', () => {
    assert.deepEqual(buildSymbolTree({ ...articleAnnotations(), entities: [], quotes: [] }, t), []);
  });
});
