/**
 * Who appears across the articles of a folder (the editor's Corpus view): each article is reduced
 * to a small `ArticleDigest` (kept in a cache by its content), and a `CorpusIndex` holds the digests
 * by article and answers the view, workspace symbols and hover cards. Articles come and go one at
 * a time (analysed, changed, deleted), so nothing is recomputed over the whole corpus on each.
 */
import { normalize } from './text';
import { Annotations, EntityType } from './types';

/** The kinds the corpus ranks: who can be quoted. */
export type CorpusEntityType = Extract<EntityType, 'person' | 'organization'>;

/** A quotation as listed under its speaker: where it is, and its first words. */
export interface DigestQuote {
  start: number;
  end: number;
  text: string;
}

export interface DigestEntity {
  name: string;
  type: CorpusEntityType;
  roles: string[];
  mentions: number;
  /** Where its first mention is: what a symbol or a click on the article opens. */
  start: number;
  end: number;
  /** The first mention's line and character (UTF-16), for a workspace symbol of an article not open. */
  line: number;
  character: number;
  quotes: DigestQuote[];
}

/** One article's people and organizations, each once, with what each said there. */
export interface ArticleDigest {
  entities: DigestEntity[];
}

/** A quotation's text in the view is cut to this many characters (the digest stays small). */
export const QUOTE_TEXT_LENGTH = 160;

/** `annotations` of `text`. */
export function digestArticle(annotations: Annotations, text: string): ArticleDigest {
  const quotesBy = new Map<string, DigestQuote[]>();
  for (const quote of annotations.quotes) {
    if (quote.speaker === null) continue;
    const list = quotesBy.get(quote.speaker) ?? [];
    list.push({ start: quote.start, end: quote.end, text: quote.text.slice(0, QUOTE_TEXT_LENGTH) });
    quotesBy.set(quote.speaker, list);
  }
  const entities: DigestEntity[] = [];
  for (const entity of annotations.entities) {
    if ((entity.type !== 'person' && entity.type !== 'organization') || entity.mentions.length === 0) continue;
    const [first] = entity.mentions;
    const lineStart = text.lastIndexOf('\n', first.start - 1) + 1;
    entities.push({
      name: entity.name, type: entity.type, roles: entity.roles, mentions: entity.mentions.length, start: first.start, end: first.end,
      line: linesBefore(text, lineStart), character: first.start - lineStart, quotes: quotesBy.get(entity.id) ?? [],
    });
  }
  return { entities };
}

function linesBefore(text: string, offset: number): number {
  let lines = 0;
  for (let at = text.indexOf('\n'); at !== -1 && at < offset; at = text.indexOf('\n', at + 1)) lines++;
  return lines;
}

/** A person or organization over the corpus: named by its written form and kind. */
export interface CorpusEntity {
  key: string;
  name: string;
  type: CorpusEntityType;
  quotes: number;
  mentions: number;
  articles: number;
}

/** Where a corpus entity appears: one article, and what it is and said there. */
export interface Appearance {
  article: string;
  entity: DigestEntity;
}

export function entityKey(name: string, type: CorpusEntityType): string {
  return `${type}:${name}`;
}

interface Totals extends CorpusEntity {
  /** Article → the entity there. */
  in: Map<string, DigestEntity>;
}

export class CorpusIndex {
  private readonly digests = new Map<string, ArticleDigest>();
  private readonly entities = new Map<string, Totals>();

  get articleCount(): number {
    return this.digests.size;
  }

  has(article: string): boolean {
    return this.digests.has(article);
  }

  /** Adds the article, or replaces what it said before. */
  set(article: string, digest: ArticleDigest): void {
    this.delete(article);
    this.digests.set(article, digest);
    for (const entity of digest.entities) {
      const key = entityKey(entity.name, entity.type);
      let totals = this.entities.get(key);
      if (!totals) {
        totals = { key, name: entity.name, type: entity.type, quotes: 0, mentions: 0, articles: 0, in: new Map() };
        this.entities.set(key, totals);
      }
      // A name twice in one digest (two entities of one written form) counts once, summed.
      const there = totals.in.get(article);
      if (there) {
        totals.in.set(article, { ...there, mentions: there.mentions + entity.mentions, quotes: [...there.quotes, ...entity.quotes], roles: [...new Set([...there.roles, ...entity.roles])] });
      } else {
        totals.in.set(article, entity);
        totals.articles++;
      }
      totals.quotes += entity.quotes.length;
      totals.mentions += entity.mentions;
    }
  }

  delete(article: string): void {
    const digest = this.digests.get(article);
    if (!digest) return;
    this.digests.delete(article);
    for (const entity of digest.entities) {
      const key = entityKey(entity.name, entity.type);
      const totals = this.entities.get(key);
      if (!totals || !totals.in.delete(article)) continue;
      totals.articles--;
      if (totals.articles === 0) {
        this.entities.delete(key);
        continue;
      }
      // What is left of this entity elsewhere; another entity of the same name may be gone with it.
      totals.quotes = 0;
      totals.mentions = 0;
      for (const there of totals.in.values()) {
        totals.quotes += there.quotes.length;
        totals.mentions += there.mentions;
      }
    }
  }

  /**
   * The entities whose name contains `filter` (ignoring Arabic spelling variants), most quoted
   * first, then most mentioned, then in most articles.
   */
  ranked(filter = ''): CorpusEntity[] {
    const wanted = foldForSearch(filter.trim());
    const found: CorpusEntity[] = [];
    for (const totals of this.entities.values()) {
      if (wanted && !foldForSearch(totals.name).includes(wanted)) continue;
      found.push(totals);
    }
    found.sort((a, b) => b.quotes - a.quotes || b.mentions - a.mentions || b.articles - a.articles || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    return found.map(({ key, name, type, quotes, mentions, articles }) => ({ key, name, type, quotes, mentions, articles }));
  }

  /** The articles the entity appears in, those it is most quoted in first, then by name. */
  appearances(key: string): Appearance[] {
    const totals = this.entities.get(key);
    if (!totals) return [];
    return [...totals.in]
      .map(([article, entity]) => ({ article, entity }))
      .sort((a, b) => b.entity.quotes.length - a.entity.quotes.length || b.entity.mentions - a.entity.mentions || (a.article < b.article ? -1 : a.article > b.article ? 1 : 0));
  }

  /** The other articles a name appears in (for a hover card): how many, and the roles given there. */
  elsewhere(name: string, type: CorpusEntityType, article: string): { articles: number; roles: string[] } {
    const others = this.appearances(entityKey(name, type)).filter((appearance) => appearance.article !== article);
    const roles = new Set<string>();
    for (const { entity } of others) for (const role of entity.roles) roles.add(role);
    return { articles: others.length, roles: [...roles] };
  }
}

/** A name as searched: the core's matching form (hamza seats, ta marbuta, diacritics unified), case folded. */
export function foldForSearch(text: string): string {
  return normalize(text).toLowerCase();
}
