/**
 * Reads brat standoff (.ann) — ours (brat.ts) or a colleague's from brat or INCEpTION — back into
 * annotations of the article. Robust: a line that cannot be read is reported with its number and
 * left out, never thrown. The types and relations are those of formatBratConf (docs/exports.md).
 */
import { Annotations, Entity, EntityMention, EntityType, Quote, QuoteKind, SCHEMA_VERSION, Span } from '../types';
import { BRAT_BY_USER, BRAT_ENTITY_TYPES, BRAT_NOTE, BRAT_QUOTE_TYPES, BratRelation, ROLE_SEPARATOR } from './brat';
import { CodePointOffsets } from './code-points';
import { correctionsBetween, CorrectionsBetween } from '../corrections-diff';

export interface BratProblem {
  /** 1-based line of the .ann. */
  line: number;
  message: string;
}

export interface BratRead {
  /** What the .ann says, as annotations of the article (ids b1, b2 … and q1, q2 …). */
  annotations: Annotations;
  problems: BratProblem[];
}

const ENTITY_TYPE_OF = new Map(Object.entries(BRAT_ENTITY_TYPES).map(([type, brat]) => [brat, type as EntityType]));
const QUOTE_KIND_OF = new Map(Object.entries(BRAT_QUOTE_TYPES).map(([kind, brat]) => [brat, kind as QuoteKind]));

interface TextBound extends Span {
  id: string;
  line: number;
  type: EntityType | undefined;
  kind: QuoteKind | undefined;
}

interface Link {
  line: number;
  type: string;
  args: string[];
}

class Problems {
  readonly list: BratProblem[] = [];
  add(line: number, message: string): void {
    this.list.push({ line, message });
  }
}

/** The annotations a .ann gives the article `text` (as read, a leading BOM removed). */
export function readBrat(ann: string, text: string): BratRead {
  const problems = new Problems();
  const offsets = new CodePointOffsets(text);
  const codePoints = [...text].length;
  const textBound = new Map<string, TextBound>();
  const links: Link[] = [];
  const notes: { line: number; target: string; text: string }[] = [];

  ann.replace(/^\uFEFF/, '').split(/\r?\n/).forEach((content, index) => {
    const line = index + 1;
    if (content.trim() === '') return;
    const fields = content.split('\t');
    const id = fields[0];
    const [type, ...args] = (fields[1] ?? '').split(' ').filter((part) => part !== '');
    if (fields.length < 2 || type === undefined) return problems.add(line, 'not a brat annotation: expected ID<TAB>TYPE …');
    switch (id[0]) {
      case 'T': {
        if (fields.length < 3) return problems.add(line, `${id}: no text after the offsets`);
        const read = textBoundOf(id, type, args.join(' '), fields.slice(2).join('\t'));
        if (typeof read === 'string') return problems.add(line, read);
        if (textBound.has(id)) return problems.add(line, `${id} is given twice; the first is kept`);
        textBound.set(id, { ...read, id, line });
        return;
      }
      case 'R':
        if (args.length !== 2 || !args.every((arg) => /^Arg[12]:\S+$/.test(arg))) return problems.add(line, `${id}: a relation needs Arg1:ID Arg2:ID`);
        links.push({ line, type, args: [...args].sort().map((arg) => arg.slice('ArgN:'.length)) });
        return;
      case '*':
        links.push({ line, type: BratRelation.same, args });
        return;
      case '#':
        if (type !== BRAT_NOTE || args.length !== 1) return problems.add(line, `${id}: a note needs ${BRAT_NOTE} ID<TAB>text`);
        notes.push({ line, target: args[0], text: fields.slice(2).join('\t') });
        return;
      case 'A':
      case 'M':
        // Who decided is not the article's: the corrections made from the import are a person's.
        if (type !== BRAT_BY_USER) problems.add(line, `${id}: the attribute ${type} is not imported`);
        return;
      default:
        return problems.add(line, `${id}: ${id[0] === 'E' ? 'events' : id[0] === 'N' ? 'normalizations' : 'this kind of annotation'} not imported`);
    }
  });

  /** A text-bound annotation with offsets in UTF-16, or why it cannot be read. */
  function textBoundOf(id: string, type: string, rangesField: string, annotated: string): Omit<TextBound, 'id' | 'line'> | string {
    const entityType = ENTITY_TYPE_OF.get(type);
    const kind = QUOTE_KIND_OF.get(type);
    if (!entityType && !kind) return `${id}: unknown type ${type} (known: ${[...ENTITY_TYPE_OF.keys(), ...QUOTE_KIND_OF.keys()].join(', ')})`;
    const ranges = rangesField.split(';').map((range) => range.trim().split(' ').map(Number));
    if (!ranges.every((range) => range.length === 2 && range.every(Number.isInteger) && range[0] >= 0 && range[0] < range[1] && range[1] <= codePoints)) {
      return `${id}: "${rangesField}" are not offsets START END (START < END, within the article's ${codePoints} code points)`;
    }
    const pieces = ranges.map(([start, end]) => text.slice(offsets.toUnit(start), offsets.toUnit(end)));
    if (pieces.join(' ') !== annotated) return `${id}: «${annotated}» is not the article's text at ${rangesField} (code points): «${pieces.join(' ')}»`;
    const start = offsets.toUnit(ranges[0][0]);
    const end = offsets.toUnit(ranges[ranges.length - 1][1]);
    return { start, end, text: text.slice(start, end), type: entityType, kind };
  }

  return { annotations: annotationsOf(textBound, links, notes, problems), problems: problems.list.sort((a, b) => a.line - b.line) };
}

function annotationsOf(textBound: Map<string, TextBound>, links: Link[], notes: { line: number; target: string; text: string }[], problems: Problems): Annotations {
  // Mentions never overlap in the annotation JSON: of two that do, the one given first is kept.
  // Kept in text order; a .ann in text order (brat's, ours) inserts at the end each time.
  const kept: TextBound[] = [];
  for (const mention of [...textBound.values()].filter((t) => t.type !== undefined)) {
    const at = kept.length > 0 && kept[kept.length - 1].start >= mention.start ? countStartingBefore(kept, mention.start) : kept.length;
    const other = [kept[at - 1], kept[at]].find((k) => k !== undefined && k.start < mention.end && mention.start < k.end);
    if (other) problems.add(mention.line, `${mention.id} overlaps ${other.id}, and names cannot overlap: ${other.id} is kept`);
    else kept.splice(at, 0, mention);
  }
  const isMention = new Set(kept.map((m) => m.id));
  const group = new UnionFind(kept.map((m) => m.id));
  const speakerOf = new Map<string, string>();
  const channelOf = new Map<string, string>();
  for (const link of links) {
    const missing = link.args.find((arg) => !textBound.has(arg));
    if (missing) {
      problems.add(link.line, `${link.type}: ${missing} is no text-bound annotation that was read`);
      continue;
    }
    if (link.type === BratRelation.same) {
      if (link.args.some((arg) => !isMention.has(arg))) problems.add(link.line, `${link.type} joins names only`);
      else for (const arg of link.args.slice(1)) group.join(link.args[0], arg);
    } else if (link.type === BratRelation.speaker || link.type === BratRelation.channel) {
      const [quote, mention] = link.args;
      if (textBound.get(quote)?.kind === undefined || !isMention.has(mention)) {
        problems.add(link.line, `${link.type} goes from a quotation (Arg1) to a name (Arg2)`);
        continue;
      }
      const of = link.type === BratRelation.speaker ? speakerOf : channelOf;
      if (of.has(quote)) problems.add(link.line, `${quote} already has a ${link.type}: the first is kept`);
      else of.set(quote, mention);
    } else {
      problems.add(link.line, `the relation ${link.type} is not imported`);
    }
  }

  const entityOfMention = new Map<string, Entity>();
  const entities: Entity[] = [];
  for (const mention of kept.sort((a, b) => a.start - b.start)) {
    const root = group.find(mention.id);
    let entity = entityOfMention.get(root);
    if (!entity) {
      entity = { id: `b${entities.length + 1}`, type: mention.type as EntityType, name: mention.text, roles: [], mentions: [] };
      entities.push(entity);
      entityOfMention.set(root, entity);
    } else if (entity.type !== mention.type) {
      problems.add(mention.line, `${mention.id} is a ${BRAT_ENTITY_TYPES[mention.type as EntityType]} but the same entity as a ${BRAT_ENTITY_TYPES[entity.type]}: one entity has one type, the first mention's`);
    }
    if (mention.text.length > entity.name.length) entity.name = mention.text;
    entity.mentions.push({ start: mention.start, end: mention.end, text: mention.text } satisfies EntityMention);
    entityOfMention.set(mention.id, entity);
  }
  for (const note of notes.sort((a, b) => (textBound.get(a.target)?.start ?? 0) - (textBound.get(b.target)?.start ?? 0))) {
    const entity = entityOfMention.get(note.target);
    if (!entity) {
      problems.add(note.line, `${note.target}: a note is imported as roles on a name only`);
      continue;
    }
    for (const role of note.text.split(ROLE_SEPARATOR).map((r) => r.trim())) if (role !== '' && !entity.roles.includes(role)) entity.roles.push(role);
  }
  const quotes: Quote[] = [...textBound.values()]
    .filter((t) => t.kind !== undefined)
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .map((t, index) => {
      const speaker = speakerOf.get(t.id);
      const channel = channelOf.get(t.id);
      const quote: Quote = { id: `q${index + 1}`, kind: t.kind as QuoteKind, start: t.start, end: t.end, text: t.text, speaker: speaker ? (entityOfMention.get(speaker) as Entity).id : null, cue: null };
      return channel ? { ...quote, via: (entityOfMention.get(channel) as Entity).id } : quote;
    });
  return { schema: SCHEMA_VERSION, entities, quotes };
}

/** How many of `kept` (in text order) start before `start`. */
function countStartingBefore(kept: readonly Span[], start: number): number {
  let low = 0;
  let high = kept.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (kept[mid].start < start) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Disjoint sets of ids: by size and with the paths compressed, so that an entity of thousands of mentions joins in linear time. */
class UnionFind {
  private readonly parent = new Map<string, string>();
  private readonly size = new Map<string, number>();
  constructor(ids: readonly string[]) {
    for (const id of ids) {
      this.parent.set(id, id);
      this.size.set(id, 1);
    }
  }
  find(id: string): string {
    let root = id;
    while (this.parent.get(root) !== root) root = this.parent.get(root) as string;
    for (let at = id; at !== root;) {
      const next = this.parent.get(at) as string;
      this.parent.set(at, root);
      at = next;
    }
    return root;
  }
  join(a: string, b: string): void {
    const [rootA, rootB] = [this.find(a), this.find(b)];
    if (rootA === rootB) return;
    const [small, large] = (this.size.get(rootA) as number) < (this.size.get(rootB) as number) ? [rootA, rootB] : [rootB, rootA];
    this.parent.set(small, large);
    this.size.set(large, (this.size.get(small) as number) + (this.size.get(large) as number));
  }
}

export interface BratImport extends CorrectionsBetween {
  /** Lines of the .ann that could not be read, left out. */
  problems: BratProblem[];
}

/** The corrections that make the analysis of `text` say what the .ann says. */
export function importBrat(ann: string, text: string, analysis: Annotations): BratImport {
  const read = readBrat(ann, text);
  return { ...correctionsBetween(text, analysis, read.annotations), problems: read.problems };
}
