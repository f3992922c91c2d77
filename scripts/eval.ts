/**
 * `npm run eval`: (1) the NER scores on the ANERcorp development split (scripts/ner-eval.ts), and
 * (2) on every gold article of each gold set (GOLD_SETS), per article and per set: entity mentions,
 * direct and indirect speech found and rightly attributed (over all gold quotations: a missed or
 * unattributed one is wrong), quotations that are nobody's speech, channels (found, and given where
 * the gold gives none or another: the regression fixtures mark no channels), roles — of the full pipeline,
 * and of the quotation/speaker/role rules alone, fed the gold entities, so their quality can be
 * read apart from the tagger's. `--verbose` lists the wrong speakers (not of the fixed part unless
 * `--show-fixed`), `--no-ner` skips (1), `--only REGEX` keeps the articles whose name matches (a
 * batch measured apart, e.g. `--only 'snn-c(3[3-9]|4[0-8])'`).
 *
 * The shipped model has learnt from the development split, so both are scored with the same
 * recipe trained without it (about 20 s): three fixtures are excerpts of that split too.
 */
import { readdirSync, readFileSync } from 'fs';
import { basename, join } from 'path';
import { analyze } from '../src/core/analyze';
import { findQuotes } from '../src/core/quotes';
import { attachRoles } from '../src/core/roles';
import { attributeSpeakers } from '../src/core/speakers';
import { stripBom } from '../src/core/text';
import { tokenize } from '../src/core/tokenize';
import { Annotations, Entity, QuoteKind } from '../src/core/types';
import { Gold, GoldFile, KindScores, Prf, prfFromCounts, QuoteScores, RoleScores, resolveGold, scoreEntities, scoreQuotes, scoreRoles, ScoredType } from './article-eval';
import { evaluateNerDevSplit, formatNerScores } from './ner-eval';
import { devSplitModel } from './train';
import { useTaggerModel } from '../src/core/entities/model';

const ROOT = join(__dirname, '..', '..');

/**
 * The gold sets, reported apart. Real news (SaudiNewsNet) first: a tuning part the rules may be
 * changed on, and a fixed part nobody looks at while changing them (its errors are not printed
 * unless asked for). The articles written for the project are regression cases.
 */
const GOLD_SETS = [
  { name: 'real news, fixed part (never tuned on)', dir: 'test/fixtures/news/fixed', hidden: true },
  { name: 'real news, tuning part', dir: 'test/fixtures/news/tuning', hidden: false },
  { name: 'written for the project and ANERcorp excerpts (regression)', dir: 'test/fixtures', hidden: false },
];

interface ArticleResult {
  name: string;
  entities: Record<ScoredType | 'all', Prf>;
  quotes: QuoteScores;
  roles: RoleScores;
  oracleQuotes: QuoteScores;
  oracleRoles: RoleScores;
  system: Annotations;
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

function evaluateArticle(path: string): ArticleResult {
  const goldFile = JSON.parse(readFileSync(path, 'utf8')) as GoldFile;
  const text = stripBom(readFileSync(join(ROOT, goldFile.article), 'utf8'));
  const gold = resolveGold(text, goldFile);
  const system = analyze(text);
  const oracle = withGoldEntities(text, gold);
  return {
    name: basename(path).replace(/\.gold\.json$/, ''),
    entities: scoreEntities(gold.entities, system.entities),
    quotes: scoreQuotes(gold, system.quotes, system.entities),
    roles: scoreRoles(gold.entities, system.entities),
    oracleQuotes: scoreQuotes(gold, oracle.quotes, oracle.entities),
    oracleRoles: scoreRoles(gold.entities, oracle.entities),
    system,
  };
}

const pct = (x: number): string => (100 * x).toFixed(1).padStart(5);
const ratio = (right: number, all: number): string => `${right}/${all} = ${pct(all ? right / all : 1)}`;

function entityLine(scores: Record<ScoredType | 'all', Prf>): string {
  return (['person', 'place', 'organization', 'all'] as const)
    .map((t) => `${t} P ${pct(scores[t].precision)} R ${pct(scores[t].recall)} F1 ${pct(scores[t].f1)}`)
    .join(' | ');
}

function quoteLine(q: QuoteScores, r: RoleScores): string {
  const { direct, indirect } = q.byKind;
  return `direct found ${ratio(direct.found, direct.gold)}, speaker right ${ratio(direct.speakerRight, direct.gold)} | `
    + `indirect found ${ratio(indirect.found, indirect.gold)}, speaker right ${ratio(indirect.speakerRight, indirect.gold)} | `
    + `not speech ${q.notSpeech} (and ${q.unmatchedInSpeech} quoted inside gold speech), reported speech in no gold ${ratio(q.reportedNotInGold, q.reported)} | channel ${ratio(q.viaRight, q.viaGold)}, wrong ${q.viaWrong} | roles: shown right ${ratio(r.shownRight, r.persons)}, recall ${ratio(r.found, r.gold)}, accuracy ${ratio(r.right, r.system)}`;
}

function sumQuotes(all: QuoteScores[]): QuoteScores {
  const sum = (f: (q: QuoteScores) => number): number => all.reduce((s, q) => s + f(q), 0);
  const kind = (k: QuoteKind): KindScores => ({
    gold: sum((q) => q.byKind[k].gold), found: sum((q) => q.byKind[k].found), speakerRight: sum((q) => q.byKind[k].speakerRight),
  });
  const [gold, system, matched, speakerRight] = [sum((q) => q.gold), sum((q) => q.system), sum((q) => q.matched), sum((q) => q.speakerRight)];
  return {
    gold, system, matched, speakerRight,
    precision: system ? matched / system : 1,
    recall: gold ? matched / gold : 1,
    speakerAccuracy: matched ? speakerRight / matched : 1,
    byKind: { direct: kind('direct'), indirect: kind('indirect') },
    notSpeech: sum((q) => q.notSpeech),
    unmatchedInSpeech: sum((q) => q.unmatchedInSpeech),
    reported: sum((q) => q.reported),
    reportedNotInGold: sum((q) => q.reportedNotInGold),
    viaGold: sum((q) => q.viaGold),
    viaRight: sum((q) => q.viaRight),
    viaWrong: sum((q) => q.viaWrong),
    details: all.flatMap((q) => q.details),
  };
}

function sumRoles(all: RoleScores[]): RoleScores {
  const [gold, found, system, right, persons, shownRight] = (['gold', 'found', 'system', 'right', 'persons', 'shownRight'] as const)
    .map((k) => all.reduce((s, r) => s + r[k], 0));
  return { gold, found, system, right, recall: gold ? found / gold : 1, accuracy: system ? right / system : 1, persons, shownRight };
}

function sumEntities(all: Record<ScoredType | 'all', Prf>[]): Record<ScoredType | 'all', Prf> {
  const total = {} as Record<ScoredType | 'all', Prf>;
  for (const t of ['person', 'place', 'organization', 'all'] as const) {
    const [right, system, found, gold] = (['right', 'system', 'found', 'gold'] as const).map((k) => all.reduce((s, e) => s + e[t][k], 0));
    total[t] = prfFromCounts(right, system, found, gold);
  }
  return total;
}

/** The gold quotations whose speaker is wrong or missed, with what the system said. */
function printErrors(r: ArticleResult): void {
  const names = new Map(r.system.entities.map((e) => [e.id, e.name]));
  for (const d of r.quotes.details) {
    if (d.speakerRight) continue;
    const said = d.system ? `system ${d.system.speaker === null ? 'null' : names.get(d.system.speaker)}` : 'missed';
    console.log(`    ${d.gold.kind} gold ${d.gold.speaker ?? 'null'} / ${said}: «${d.gold.text.slice(0, 70)}»`);
  }
}

function main(): void {
  const verbose = process.argv.includes('--verbose');
  const showFixed = process.argv.includes('--show-fixed');
  const skipNer = process.argv.includes('--no-ner');
  const onlyAt = process.argv.indexOf('--only');
  const onlyPattern = onlyAt >= 0 ? process.argv[onlyAt + 1] : undefined;
  // A missing pattern would match every article and pass for a batch's figures.
  if (onlyAt >= 0 && !onlyPattern) {
    console.error("eval: --only needs a pattern, e.g. --only 'snn-c4[0-8]'");
    process.exit(2);
  }
  const only = onlyPattern ? new RegExp(onlyPattern) : null;
  useTaggerModel(devSplitModel());
  if (!skipNer) {
    console.log('== NER, ANERcorp development split (model trained without it) ==');
    console.log(formatNerScores(evaluateNerDevSplit()));
  }
  const totals: string[] = [];
  for (const set of GOLD_SETS) {
    const dir = join(ROOT, set.dir);
    const files = readdirSync(dir).filter((f) => f.endsWith('.gold.json') && (!only || only.test(f))).sort();
    if (files.length === 0) continue;
    console.log(`\n== ${set.name}: ${files.length} articles (${set.dir}) ==`);
    const results = files.map((f) => evaluateArticle(join(dir, f)));
    for (const r of results) {
      console.log(`\n${r.name}`);
      console.log(`  entities: ${entityLine(r.entities)}`);
      console.log(`  pipeline: ${quoteLine(r.quotes, r.roles)}`);
      console.log(`  on gold entities: ${quoteLine(r.oracleQuotes, r.oracleRoles)}`);
      if (verbose && (!set.hidden || showFixed)) printErrors(r);
    }
    const total = [
      `\n${set.name}, ${files.length} articles`,
      `  entities: ${entityLine(sumEntities(results.map((r) => r.entities)))}`,
      `  pipeline: ${quoteLine(sumQuotes(results.map((r) => r.quotes)), sumRoles(results.map((r) => r.roles)))}`,
      `  on gold entities: ${quoteLine(sumQuotes(results.map((r) => r.oracleQuotes)), sumRoles(results.map((r) => r.oracleRoles)))}`,
    ].join('\n');
    console.log(total);
    totals.push(total);
  }
  console.log('\n== Totals ==' + totals.join('\n'));
}

main();
