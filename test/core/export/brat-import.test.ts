import * as assert from 'assert';
import * as fc from 'fast-check';
import { readdirSync, readFileSync } from 'fs';
import { resolve } from 'path';
import { analyze } from '../../../src/core/index';
import { applyCorrections } from '../../../src/core/corrections';
import { readCorrections } from '../../../src/core/corrections-file';
import { formatBrat } from '../../../src/core/export/brat';
import { importBrat, readBrat } from '../../../src/core/export/brat-import';
import { Annotations, Span } from '../../../src/core/types';

const ROOT = resolve(__dirname, '..', '..', '..', '..');
const read = (...path: string[]) => readFileSync(resolve(ROOT, ...path), 'utf8');
const SAMPLE = read('seeds', 'sample-article.txt');
const TUNING = resolve(ROOT, 'test', 'fixtures', 'news', 'tuning');
/** Every article of the tuning part: two seconds for all of them. */
const TUNING_ARTICLES = readdirSync(TUNING).filter((name) => name.endsWith('.txt')).sort();

const key = (span: Span) => `${span.start}-${span.end}`;

/**
 * What must survive a round trip, independent of ids and of the order of lists: every name with
 * its type, which names are one entity, each entity's roles, every quotation with its kind, its
 * speaker and its channel (an entity told by its first mention).
 */
function view(annotations: Annotations) {
  const firstMention = new Map(annotations.entities.map((e) => [e.id, key(e.mentions[0])]));
  return {
    mentions: annotations.entities.flatMap((e) => e.mentions.map((m) => `${key(m)} ${e.type} ${m.text}`)).sort(),
    entities: annotations.entities.map((e) => `${e.mentions.map(key).join(' ')} | ${[...e.roles].sort().join(' | ')}`).sort(),
    quotes: annotations.quotes.map((q) => `${key(q)} ${q.kind} said by ${q.speaker && firstMention.get(q.speaker)} via ${q.via === undefined ? null : firstMention.get(q.via)}`).sort(),
  };
}

/** The .ann → corrections → applied on a fresh analysis. */
function roundTrip(ann: string, text: string) {
  const analysis = analyze(text);
  const imported = importBrat(ann, text, analysis);
  return { ...imported, annotations: applyCorrections(text, analysis, imported.corrections).annotations };
}

describe('core/export/brat-import', () => {
  it('round-trips the corrected sample: its .ann, imported as corrections on a fresh analysis, gives the same annotations', () => {
    const sidecar = readCorrections(read('test', 'fixtures', 'corrections', 'sample-article.txt.annotations.json'));
    assert.ok(sidecar.ok);
    const corrected = applyCorrections(SAMPLE, analyze(SAMPLE), sidecar.corrections).annotations;
    const back = roundTrip(formatBrat(SAMPLE, corrected), SAMPLE);
    assert.deepStrictEqual(back.problems, []);
    assert.deepStrictEqual(back.notCarried, []);
    assert.deepStrictEqual(view(back.annotations), view(corrected));
    // Only what the corrections decided differs from the analysis.
    assert.ok(back.corrections.length > 0 && back.corrections.length <= 2 * sidecar.corrections.length, `${back.corrections.length} corrections`);
  });

  it('round-trips an export with characters outside the BMP to the same UTF-16 spans', () => {
    const text = '🗞️ ' + SAMPLE.replace('ديمتري بيسكوف', 'ديمتري 😀 بيسكوف');
    const analysis = analyze(text);
    const target = readBrat(formatBrat(text, analysis), text);
    assert.deepStrictEqual(target.problems, []);
    assert.deepStrictEqual(view(target.annotations), view(analysis));
  });

  it('reads back what it exports for any article made of the sample\'s sentences, astral characters and line breaks among them', () => {
    const sentences = SAMPLE.split(/(?<=[.!؟])\s+/).filter((sentence) => sentence.trim() !== '');
    const inserts = fc.constantFrom('😀 ', '𝔎', '\n', '\r\n', '\n\n', ' «', '» ', '');
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...sentences), inserts), { minLength: 1, maxLength: 8 }), (parts) => {
        const text = parts.map(([sentence, insert]) => insert + sentence).join(' ');
        const analysis = analyze(text);
        const back = readBrat(formatBrat(text, analysis), text);
        assert.deepStrictEqual(back.problems, []);
        assert.deepStrictEqual(view(back.annotations), view(analysis));
      }),
      { seed: 13, numRuns: 60 },
    );
  });

  for (const name of TUNING_ARTICLES) {
    it(`carries a colleague's edits of the .ann of ${name} into corrections`, () => {
      const text = read('test', 'fixtures', 'news', 'tuning', name);
      const analysis = analyze(text);
      const edited = colleaguesEdits(formatBrat(text, analysis), text);
      const back = roundTrip(edited, text);
      assert.deepStrictEqual(back.problems, []);
      assert.deepStrictEqual(back.notCarried, []);
      const wanted = readBrat(edited, text).annotations;
      assert.deepStrictEqual(view(back.annotations), view(wanted));
      assert.notDeepStrictEqual(view(back.annotations), view(analysis));
    });
  }

  it('reports the lines it cannot read with their numbers and reads the others', () => {
    const text = 'قال بوتين إن الوضع هادئ.';
    const ann = [
      'T1\tPerson 4 9\tبوتين',
      'T2\tPerson 4 9\tبوتن',
      'T3\tPlace 20 99\tهادئ',
      'T4\tAnimal 0 3\tقال',
      'R1\tSpeaker Arg1:T9 Arg2:T1',
      'E1\tSpeech:T1',
      'garbage',
      'T5\tIndirectQuote 13 23\tالوضع هادئ',
      'R2\tSpeaker Arg1:T5 Arg2:T1',
      '#1\tAnnotatorNotes T1\tالرئيس الروسي',
      '',
    ].join('\n');
    const result = readBrat(ann, text);
    assert.deepStrictEqual(result.problems.map((p) => p.line), [2, 3, 4, 5, 6, 7]);
    assert.match(result.problems[0].message, /«بوتن» is not the article's text at 4 9/);
    assert.deepStrictEqual(view(result.annotations), {
      mentions: ['4-9 person بوتين'],
      entities: ['4-9 | الرئيس الروسي'],
      quotes: ['13-23 indirect said by 4-9 via null'],
    });
  });

  it('reads a span in fragments around a line break as the one span from the first start to the last end', () => {
    const text = 'قال: «السطر الأول\r\nوالسطر الثاني»';
    const read = readBrat('T1\tDirectQuote 6 17;19 32\tالسطر الأول والسطر الثاني\n', text);
    assert.deepStrictEqual(read.problems, []);
    assert.strictEqual(read.annotations.quotes[0].text, 'السطر الأول\r\nوالسطر الثاني');
  });

  it('keeps, of two names that overlap, the one given first', () => {
    const text = 'وصل فلاديمير بوتين إلى موسكو';
    const ann = 'T1\tPerson 13 18\tبوتين\nT2\tPerson 4 18\tفلاديمير بوتين\nT3\tPlace 23 28\tموسكو\nT4\tPlace 4 12\tفلاديمير\n';
    const result = readBrat(ann, text);
    assert.deepStrictEqual(result.problems, [
      { line: 2, message: 'T2 overlaps T1, and names cannot overlap: T1 is kept' },
    ]);
    assert.deepStrictEqual(view(result.annotations).mentions, ['13-18 person بوتين', '23-28 place موسكو', '4-12 place فلاديمير']);
  });

  it('joins the mentions of an Equiv line, as brat writes coreference', () => {
    const text = 'التقى بوتين ثم قال بوتين';
    const ann = 'T1\tPerson 6 11\tبوتين\nT2\tPerson 19 24\tبوتين\n*\tEquiv T1 T2\n';
    assert.deepStrictEqual(view(readBrat(ann, text).annotations).entities, ['6-11 19-24 | ']);
  });
});

/**
 * What a colleague does in brat: retypes a place as an organization, deletes a name and a
 * quotation (and the relations on them), gives a quotation another speaker, adds a role, marks
 * a missed name, takes a mention out of its entity, makes two people one and takes a channel
 * away (or gives one).
 */
function colleaguesEdits(ann: string, text: string): string {
  let lines = ann.trimEnd().split('\n');
  const textBound = lines.filter((l) => l.startsWith('T'));
  const mentions = textBound.filter((l) => !/\t\w*Quote /.test(l));
  const quotes = textBound.filter((l) => /\t\w*Quote /.test(l));
  const idOf = (line: string) => line.split('\t')[0];
  // A place's entity, all its mentions: its first mention and those the Same relations join to it.
  const placeLine = mentions.find((l) => l.includes('\tPlace ') && !lines.some((r) => r.includes(`Same Arg1:${idOf(l)} `)));
  if (placeLine) {
    const place = idOf(placeLine);
    const placeMentions = [place, ...lines.filter((l) => l.endsWith(`Arg2:${place}`) && l.includes('\tSame ')).map((l) => (/Arg1:(\S+)/.exec(l) as RegExpExecArray)[1])];
    lines = lines.map((l) => (placeMentions.includes(idOf(l)) ? l.replace('\tPlace ', '\tOrganization ') : l));
  }
  const gone = [mentions[mentions.length - 1], quotes[quotes.length - 1]].filter(Boolean).map(idOf);
  lines = lines.filter((l) => !gone.some((id) => l.startsWith(`${id}\t`) || new RegExp(`[: ]${id}(\\s|$)`).test(l)));
  const speech = lines.find((l) => l.includes('\tSpeaker '));
  const person = mentions.find((l) => l.includes('\tPerson ') && !gone.includes(idOf(l))) ?? mentions[0];
  if (speech) lines = lines.map((l) => (l === speech ? l.replace(/Arg2:\S+/, `Arg2:${idOf(person)}`) : l));
  lines.push(`#900\tAnnotatorNotes ${idOf(person)}\tمراسل الوكالة`);
  const channel = lines.findIndex((l) => l.includes('\tChannel '));
  const organization = mentions.find((l) => l.includes('\tOrganization ') && !gone.includes(idOf(l)));
  const quote = quotes.find((l) => !gone.includes(idOf(l)));
  if (channel >= 0) lines.splice(channel, 1);
  else if (organization && quote) lines.push(`R901\tChannel Arg1:${idOf(quote)} Arg2:${idOf(organization)}`);
  const firstSame = lines.findIndex((l) => l.includes('\tSame '));
  if (firstSame >= 0) lines.splice(firstSame, 1);
  const people = mentions.filter((l) => l.includes('\tPerson ') && !gone.includes(idOf(l)) && !ann.includes(`Same Arg1:${idOf(l)} `));
  if (people.length >= 2) lines.push(`R900\tSame Arg1:${idOf(people[1])} Arg2:${idOf(people[0])}`);
  // A missed name: a word no annotation touches, marked as an organization.
  const taken = textBound.map((l) => l.split('\t')[1].split(' ').slice(1).join(' ').split(';').map((r) => r.split(' ').map(Number))).flat();
  const codePoints = [...text];
  const word = /[\u0621-\u064A]{4,}/g;
  for (const match of text.matchAll(word)) {
    const start = [...text.slice(0, match.index)].length;
    const end = start + [...match[0]].length;
    if (taken.some(([s, e]) => s < end && start < e)) continue;
    lines.push(`T900\tOrganization ${start} ${end}\t${codePoints.slice(start, end).join('')}`);
    break;
  }
  return lines.join('\n') + '\n';
}
