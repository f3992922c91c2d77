import type { Annotations, EntityType, Quote, Span } from '../../core/types';
import { AnnotationIndex, definingMention, indexOf } from './annotationIndex';
import { isolate } from './bidi';
import { quoteLabel, quoteSourceDetail, speakerGroups } from './speakers';
import { Translate } from './translate';

type Extent = Pick<Span, 'start' | 'end'>;

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
 * Quotations listed under one speaker; the rest are one row that leads to the first of them.
 * The editor converts and sends every symbol in one go: the 6,468 quotations of a 2 MB article
 * held the extension host about 100 ms each time the outline was asked for. A news article
 * quotes one source a few dozen times at most.
 */
export const MAX_QUOTES_PER_SPEAKER = 100;

/** The outline in two parts, each given to the editor by its own provider (see symbolProvider.ts). */
export interface SymbolTree {
  /** Every speaker (role as detail) with their quotations, in the order they are first quoted, unnamed sources last. */
  speakers: SymbolNode[];
  /** The entities that are not quoted, grouped by kind. */
  names: SymbolNode[];
}

/** The document outline. Names and roles are isolated for bidi, as the outline is a left-to-right list. */
export function buildSymbolTree(annotations: Annotations, t: Translate): SymbolTree {
  const speakerNodes: SymbolNode[] = [];
  const nameNodes: SymbolNode[] = [];
  const index = indexOf(annotations);
  const speakers = new Set<string>();
  for (const group of speakerGroups(annotations)) {
    const children = group.quotes.slice(0, MAX_QUOTES_PER_SPEAKER).map((quote) => quoteNode(quote, index, t));
    const more = group.quotes.slice(MAX_QUOTES_PER_SPEAKER);
    if (more.length > 0) {
      // Covers all of them, so the outline still follows the cursor through the quotations not listed.
      const rest = leafNode(t('{0} more quotations: see the Speakers view', more.length), '', 'quotation', more[0]);
      rest.end = more.reduce((end, quote) => Math.max(end, quote.end), rest.end);
      rest.selectionEnd = more[0].end;
      children.push(rest);
    }
    if (group.speaker) {
      speakers.add(group.speaker.id);
      const selection = definingMention(group.speaker) ?? group.quotes[0];
      speakerNodes.push(parentNode(isolate(group.speaker.name), roleDetail(group.speaker.roles), group.speaker.type, selection, children));
    } else {
      speakerNodes.push(parentNode(t('Unnamed sources'), '', 'group', group.quotes[0], children));
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
    nodes.push(leafNode(isolate(entity.name), roleDetail(entity.roles), entity.type, mention));
  }
  for (const kind of GROUP_ORDER) {
    const children = (byKind.get(kind) ?? []).sort((a, b) => a.start - b.start);
    if (children.length > 0) nameNodes.push(parentNode(groupName(kind, t), String(children.length), 'group', children[0], children));
  }
  return { speakers: speakerNodes, names: nameNodes };
}

function roleDetail(roles: string[]): string {
  return roles.length > 0 ? isolate(roles[0]) : '';
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
  return leafNode(isolate(quoteLabel(quote) || '…'), quoteSourceDetail(quote, index, t), 'quotation', quote);
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
