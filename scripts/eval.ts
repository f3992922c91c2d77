/**
 * `npm run eval`: (1) the NER scores on the ANERcorp development split (scripts/ner-eval.ts), and
 * (2) on every gold article in test/fixtures/*.gold.json and in total: entity mentions, quotations,
 * speakers and roles of the full pipeline — and the quotation/speaker/role rules alone, fed the
 * gold entities, so their quality can be read apart from the tagger's.
 *
 * The shipped model has learnt from the development split, so both are scored with the same
 * recipe trained without it (about 20 s): three fixtures are excerpts of that split too.
 */
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { analyze } from '../src/core/analyze';
import { findQuotes } from '../src/core/quotes';
import { attachRoles } from '../src/core/roles';
import { attributeSpeakers } from '../src/core/speakers';
import { stripBom } from '../src/core/text';
import { tokenize } from '../src/core/tokenize';
import { Annotations, Entity } from '../src/core/types';
import { Gold, GoldFile, Prf, prfFromCounts, QuoteScores, RoleScores, resolveGold, scoreEntities, scoreQuotes, scoreRoles, ScoredType } from './article-eval';
import { evaluateNerDevSplit, formatNerScores } from './ner-eval';
import { devSplitModel } from './train';
import { useTaggerModel } from '../src/core/entities/model';

const ROOT = join(__dirname, '..', '..');
const FIXTURES = join(ROOT, 'test', 'fixtures');

interface ArticleResult {
  name: string;
  entities: Record<ScoredType | 'all', Prf>;
  quotes: QuoteScores;
  roles: RoleScores;
  oracleQuotes: QuoteScores;
  oracleRoles: RoleScores;
}

/** Quotations, roles and speakers computed on the gold entities (roles cleared first). */
function withGoldEntities(text: string, gold: Gold): Annotations {
  const entities: Entity[] = gold.entities.map((e) => ({ ...e, roles: [], mentions: e.mentions.map((m) => ({ ...m })) }));
  const tokens = tokenize(text);
  attachRoles(text, tokens, entities);
  const quotes = findQuotes(text, tokens);
  attributeSpeakers(text, tokens, quotes, entities);
  return { schema: 'arabic-article-annotations/1', entities, quotes };
}

function evaluateArticle(file: string): ArticleResult {
  const goldFile = JSON.parse(readFileSync(join(FIXTURES, file), 'utf8')) as GoldFile;
  const text = stripBom(readFileSync(join(ROOT, goldFile.article), 'utf8'));
  const gold = resolveGold(text, goldFile);
  const system = analyze(text);
  const oracle = withGoldEntities(text, gold);
  return {
    name: file.replace(/\.gold\.json$/, ''),
    entities: scoreEntities(gold.entities, system.entities),
    quotes: scoreQuotes(gold, system.quotes, system.entities),
    roles: scoreRoles(gold.entities, system.entities),
    oracleQuotes: scoreQuotes(gold, oracle.quotes, oracle.entities),
    oracleRoles: scoreRoles(gold.entities, oracle.entities),
  };
}

const pct = (x: number): string => (100 * x).toFixed(1).padStart(5);

function entityLine(scores: Record<ScoredType | 'all', Prf>): string {
  return (['person', 'place', 'organization', 'all'] as const)
    .map((t) => `${t} P ${pct(scores[t].precision)} R ${pct(scores[t].recall)} F1 ${pct(scores[t].f1)}`)
    .join(' | ');
}

function quoteLine(q: QuoteScores, r: RoleScores): string {
  return `quotes ${q.matched}/${q.gold} gold, ${q.system} found: P ${pct(q.precision)} R ${pct(q.recall)} | `
    + `speaker ${q.speakerRight}/${q.matched} = ${pct(q.speakerAccuracy)} | `
    + `roles recall ${r.found}/${r.gold} = ${pct(r.recall)}, accuracy ${r.right}/${r.system} = ${pct(r.accuracy)}`;
}

function sumQuotes(all: QuoteScores[]): QuoteScores {
  const gold = all.reduce((s, q) => s + q.gold, 0);
  const system = all.reduce((s, q) => s + q.system, 0);
  const matched = all.reduce((s, q) => s + q.matched, 0);
  const speakerRight = all.reduce((s, q) => s + q.speakerRight, 0);
  return {
    gold, system, matched, speakerRight,
    precision: system ? matched / system : 1,
    recall: gold ? matched / gold : 1,
    speakerAccuracy: matched ? speakerRight / matched : 1,
    details: all.flatMap((q) => q.details),
  };
}

function sumRoles(all: RoleScores[]): RoleScores {
  const [gold, found, system, right] = (['gold', 'found', 'system', 'right'] as const).map((k) => all.reduce((s, r) => s + r[k], 0));
  return { gold, found, system, right, recall: gold ? found / gold : 1, accuracy: system ? right / system : 1 };
}

function sumEntities(all: Record<ScoredType | 'all', Prf>[]): Record<ScoredType | 'all', Prf> {
  const total = {} as Record<ScoredType | 'all', Prf>;
  for (const t of ['person', 'place', 'organization', 'all'] as const) {
    const [right, system, found, gold] = (['right', 'system', 'found', 'gold'] as const).map((k) => all.reduce((s, e) => s + e[t][k], 0));
    total[t] = prfFromCounts(right, system, found, gold);
  }
  return total;
}

function main(): void {
  const verbose = process.argv.includes('--verbose');
  useTaggerModel(devSplitModel());
  console.log('== NER, ANERcorp development split (model trained without it) ==');
  console.log(formatNerScores(evaluateNerDevSplit()));
  console.log('\n== Gold articles (test/fixtures) ==');
  const results = readdirSync(FIXTURES).filter((f) => f.endsWith('.gold.json')).sort().map(evaluateArticle);
  for (const r of results) {
    console.log(`\n${r.name}`);
    console.log(`  entities: ${entityLine(r.entities)}`);
    console.log(`  pipeline: ${quoteLine(r.quotes, r.roles)}`);
    console.log(`  on gold entities: ${quoteLine(r.oracleQuotes, r.oracleRoles)}`);
    if (verbose) {
      for (const d of r.oracleQuotes.details) {
        if (d.system && d.speakerRight) continue;
        const why = d.system ? `speaker wrong (gold ${d.gold.speaker})` : 'missed';
        console.log(`    ${why}: ${d.gold.kind} «${d.gold.text.slice(0, 60)}»`);
      }
    }
  }
  console.log('\nTotal');
  console.log(`  entities: ${entityLine(sumEntities(results.map((r) => r.entities)))}`);
  console.log(`  pipeline: ${quoteLine(sumQuotes(results.map((r) => r.quotes)), sumRoles(results.map((r) => r.roles)))}`);
  console.log(`  on gold entities: ${quoteLine(sumQuotes(results.map((r) => r.oracleQuotes)), sumRoles(results.map((r) => r.oracleRoles)))}`);
}

main();
