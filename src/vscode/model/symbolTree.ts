import type { Annotations, EntityType, Quote, Span } from '../../core/types';

type Extent = Pick<Span, 'start' | 'end'>;
import { AnnotationIndex, definingMention, indexOf } from './annotationIndex';
import { quoteLabel, quoteSourceDetail, speakerGroups } from './speakers';
import { Translate } from './translate';

export interface SymbolNode {
  name: string;
  detail: string;
  kind: EntityType | 'quotation' | 'group';
  /** The whole extent, containing the selection and every child. */
  start: number;
  end: number;
  /** What is revealed and selected when the node is picked. */
  selectionStart: number;
  selectionEnd: number;
  children: SymbolNode[];
}

const GROUP_ORDER: EntityType[] = ['person', 'place', 'organization', 'other'];

/**
 * The document outline: every speaker (role as detail) with their quotations, in the order they
 * are first quoted, unnamed sources last; then the entities that are not quoted, grouped by kind.
 */
export function buildSymbolTree(annotations: Annotations, t: Translate): SymbolNode[] {
  const roots: SymbolNode[] = [];
  const index = indexOf(annotations);
  const speakers = new Set<string>();
  for (const group of speakerGroups(annotations)) {
    const children = group.quotes.map((quote) => quoteNode(quote, index, t));
    if (group.speaker) {
      speakers.add(group.speaker.id);
      const selection = definingMention(group.speaker) ?? group.quotes[0];
      roots.push(parentNode(group.speaker.name, group.speaker.roles[0] ?? '', group.speaker.type, selection, children));
    } else {
      roots.push(parentNode(t('Unnamed sources'), '', 'group', group.quotes[0], children));
    }
  }
  const byKind = new Map<EntityType, SymbolNode[]>();
  for (const entity of annotations.entities) {
    const mention = definingMention(entity);
    if (speakers.has(entity.id) || !mention) continue;
    let nodes = byKind.get(entity.type);
    if (!nodes) {
      nodes = [];
      byKind.set(entity.type, nodes);
    }
    // Appended in place: copying the list for every entity made a long document's outline quadratic.
    nodes.push(leafNode(entity.name, entity.roles[0] ?? '', entity.type, mention));
  }
  for (const kind of GROUP_ORDER) {
    const children = (byKind.get(kind) ?? []).sort((a, b) => a.start - b.start);
    if (children.length > 0) roots.push(parentNode(groupName(kind, t), String(children.length), 'group', children[0], children));
  }
  return roots;
}

function groupName(kind: EntityType, t: Translate): string {
  switch (kind) {
    case 'person': return t('People');
    case 'place': return t('Places');
    case 'organization': return t('Organizations');
    case 'other': return t('Other names');
  }
}

function quoteNode(quote: Quote, index: AnnotationIndex, t: Translate): SymbolNode {
  return leafNode(quoteLabel(quote) || '…', quoteSourceDetail(quote, index, t), 'quotation', quote);
}

function leafNode(name: string, detail: string, kind: SymbolNode['kind'], span: Extent): SymbolNode {
  return { name, detail, kind, start: span.start, end: span.end, selectionStart: span.start, selectionEnd: span.end, children: [] };
}

/** A node whose extent covers its own selection and all its children. */
function parentNode(name: string, detail: string, kind: SymbolNode['kind'], selection: Extent, children: SymbolNode[]): SymbolNode {
  const node = leafNode(name, detail, kind, selection);
  for (const child of children) {
    node.start = Math.min(node.start, child.start);
    node.end = Math.max(node.end, child.end);
  }
  node.children = children;
  return node;
}
