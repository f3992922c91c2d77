/**
 * `npm run calibrate-margins`: where to put ENTITY_MARGIN_THRESHOLD (src/vscode/model/uncertainty.ts),
 * read on the tuning part of the real-news gold only (never the fixed part). For each threshold:
 * how many of the analysis's mentions the tagger was less sure of than that (flagged), and how
 * many flagged and unflagged mentions are right, as `npm run eval` scores them (a mention is right
 * when it overlaps a gold mention of its type).
 */
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { analyze } from '../src/core/analyze';
import { MentionMargin } from '../src/core/entities/margins';
import { stripBom } from '../src/core/text';
import { ENTITY_MARGIN_THRESHOLD } from '../src/vscode/model/uncertainty';
import { GoldFile, overlap, resolveGold } from './article-eval';

const ROOT = join(__dirname, '..', '..');
const TUNING = join(ROOT, 'test/fixtures/news/tuning');
const THRESHOLDS = [2, 5, 10, 15, 20, 25, 30, 40, 50];

/** Every scored mention of the tuning part: its margin (Infinity where the tagger had no part) and whether it is right. */
function scoredMentions(): { margin: number; right: boolean }[] {
  const scored: { margin: number; right: boolean }[] = [];
  for (const file of readdirSync(TUNING).filter((f) => f.endsWith('.gold.json')).sort()) {
    const goldFile = JSON.parse(readFileSync(join(TUNING, file), 'utf8')) as GoldFile;
    const text = stripBom(readFileSync(join(ROOT, goldFile.article), 'utf8'));
    const gold = resolveGold(text, goldFile);
    const margins: MentionMargin[] = [];
    const system = analyze(text, undefined, margins);
    const marginAt = new Map(margins.map((m) => [m.start, m.margin]));
    for (const entity of system.entities) {
      if (entity.type === 'other') continue;
      const goldMentions = gold.entities.filter((g) => g.type === entity.type).flatMap((g) => g.mentions);
      for (const mention of entity.mentions) {
        scored.push({ margin: marginAt.get(mention.start) ?? Infinity, right: goldMentions.some((g) => overlap(mention, g) > 0) });
      }
    }
  }
  return scored;
}

const pct = (part: number, all: number): string => (all ? (100 * part) / all : 0).toFixed(1).padStart(5) + '%';

const mentions = scoredMentions();
console.log(`${mentions.length} mentions of the tuning part, ${mentions.filter((m) => m.margin < Infinity).length} with a margin`);
console.log('threshold  flagged          right flagged    right unflagged');
for (const threshold of THRESHOLDS) {
  const flagged = mentions.filter((m) => m.margin < threshold);
  const unflagged = mentions.filter((m) => m.margin >= threshold);
  const right = (list: typeof mentions): number => list.filter((m) => m.right).length;
  console.log(`${String(threshold).padStart(9)}  ${String(flagged.length).padStart(5)} ${pct(flagged.length, mentions.length)}   ` +
    `${pct(right(flagged), flagged.length)}           ${pct(right(unflagged), unflagged.length)}${threshold === ENTITY_MARGIN_THRESHOLD ? '   ← ENTITY_MARGIN_THRESHOLD' : ''}`);
}
