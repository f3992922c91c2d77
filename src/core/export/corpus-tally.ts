/**
 * Who is quoted and who is named across many articles: each article is reduced to a small
 * `ArticleTally` (where it is analysed: a worker thread), and a `CorpusTally` sums them into the
 * speakers and entities tables of `--format speakers-csv` and `entities-csv`.
 */
import { Annotations, EntityType } from '../types';
import { csvTable } from './csv';

/** A speaker with no entity: the source as described (مصادر مطلعة), or unnamed altogether. */
export type TalliedType = EntityType | 'unnamed';

export interface TalliedName {
  name: string;
  type: TalliedType;
  roles: string[];
  mentions: number;
  quotations: number;
}

/** One article's names, each once, with its mentions and quotations in that article. */
export type ArticleTally = TalliedName[];

export function tallyArticle(annotations: Annotations): ArticleTally {
  const quotationsBy = new Map<string, number>();
  const unnamed = new Map<string, number>();
  for (const quote of annotations.quotes) {
    if (quote.speaker !== null) quotationsBy.set(quote.speaker, (quotationsBy.get(quote.speaker) ?? 0) + 1);
    else unnamed.set(quote.speakerText ?? '', (unnamed.get(quote.speakerText ?? '') ?? 0) + 1);
  }
  const named: TalliedName[] = annotations.entities.map((entity) => ({
    name: entity.name,
    type: entity.type,
    roles: entity.roles,
    mentions: entity.mentions.length,
    quotations: quotationsBy.get(entity.id) ?? 0,
  }));
  const described = [...unnamed].map(([name, quotations]): TalliedName => ({ name, type: 'unnamed', roles: [], mentions: 0, quotations }));
  return [...named, ...described];
}

interface CorpusName {
  name: string;
  type: TalliedType;
  mentions: number;
  quotations: number;
  articles: number;
  articlesQuoted: number;
  /** Each role and the number of articles that give it. */
  roles: Map<string, number>;
}

export const SPEAKERS_CSV_COLUMNS = ['speaker', 'type', 'quotations', 'articles quoted', 'roles'] as const;
export const ENTITIES_CSV_COLUMNS = ['name', 'type', 'mentions', 'articles', 'quotations', 'roles'] as const;

/** Names are summed by their written form and type: the same name in two articles is one row. */
export class CorpusTally {
  private readonly names = new Map<string, CorpusName>();

  add(article: ArticleTally): void {
    for (const tallied of article) {
      const key = `${tallied.type}\u0000${tallied.name}`;
      let total = this.names.get(key);
      if (!total) {
        total = { name: tallied.name, type: tallied.type, mentions: 0, quotations: 0, articles: 0, articlesQuoted: 0, roles: new Map() };
        this.names.set(key, total);
      }
      total.mentions += tallied.mentions;
      total.quotations += tallied.quotations;
      total.articles += 1;
      if (tallied.quotations > 0) total.articlesQuoted += 1;
      for (const role of tallied.roles) total.roles.set(role, (total.roles.get(role) ?? 0) + 1);
    }
  }

  /** Everyone quoted at least once, most quoted first. */
  speakersCsv(): string {
    const rows = this.sorted((n) => n.quotations)
      .filter((n) => n.quotations > 0)
      .map((n) => [n.name, n.type, String(n.quotations), String(n.articlesQuoted), rolesField(n)]);
    return csvTable(SPEAKERS_CSV_COLUMNS, rows);
  }

  /** Every entity, most mentioned first. */
  entitiesCsv(): string {
    const rows = this.sorted((n) => n.mentions)
      .filter((n) => n.type !== 'unnamed')
      .map((n) => [n.name, n.type, String(n.mentions), String(n.articles), String(n.quotations), rolesField(n)]);
    return csvTable(ENTITIES_CSV_COLUMNS, rows);
  }

  private sorted(count: (name: CorpusName) => number): CorpusName[] {
    return [...this.names.values()].sort((a, b) => count(b) - count(a) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }
}

/** Roles in the order of how many articles give them, separated by " | " (a role may hold a comma). */
function rolesField(name: CorpusName): string {
  return [...name.roles].sort((a, b) => b[1] - a[1]).map(([role]) => role).join(' | ');
}
