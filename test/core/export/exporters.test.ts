import * as assert from 'assert';
import * as fc from 'fast-check';
import { readFileSync } from 'fs';
import { resolve } from 'path';
import { analyze } from '../../../src/core/index';
import { BRAT_ENTITY_TYPES, BRAT_QUOTE_TYPES, formatBrat, formatBratConf } from '../../../src/core/export/brat';
import { CodePointOffsets } from '../../../src/core/export/code-points';
import { formatConll } from '../../../src/core/export/conll';
import { CSV_COLUMNS, formatCsv } from '../../../src/core/export/csv';
import { Annotations } from '../../../src/core/types';

// Compiled to out/test/core/export: the project root is four levels up.
const ROOT = resolve(__dirname, '..', '..', '..', '..');
const SAMPLE = readFileSync(resolve(ROOT, 'seeds', 'sample-article.txt'), 'utf8');

/** The sample with characters outside the BMP before and among the names: UTF-16 and code points differ from the start. */
const WITH_EMOJI = '📰 ' + SAMPLE.replace('بيسكوف', 'بيسكوف 🇷🇺').replace('كيم جونغ أون', '𝔎 كيم جونغ أون');

const span = (text: string, needle: string, from = 0) => {
  const start = text.indexOf(needle, from);
  assert.ok(start >= 0, needle);
  return { start, end: start + needle.length, text: needle };
};

/** The T lines of a .ann: type, code point ranges and text. */
function textBound(ann: string) {
  return ann.split('\n').filter((line) => line.startsWith('T')).map((line) => {
    const [id, typeAndRanges, text] = line.split('\t');
    const [type, ...rest] = typeAndRanges.split(' ');
    const ranges = rest.join(' ').split(';').map((range) => range.split(' ').map(Number));
    return { id, type, ranges, text };
  });
}

describe('core/export/code-points', () => {
  it('counts a character outside the BMP as one, both ways', () => {
    const text = 'a😀b𝔎c';
    const offsets = new CodePointOffsets(text);
    const units = [0, 1, 3, 4, 6, 7];
    assert.deepStrictEqual(units.map((u) => offsets.toCodePoint(u)), [0, 1, 2, 3, 4, 5]);
    assert.deepStrictEqual([0, 1, 2, 3, 4, 5].map((c) => offsets.toUnit(c)), units);
    assert.strictEqual(new CodePointOffsets('بوتين').toUnit(3), 3);
  });

  it('maps every character boundary of any text to the code point Array.from counts, and back', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const offsets = new CodePointOffsets(text);
        let unit = 0;
        [...text].forEach((character, codePoint) => {
          assert.strictEqual(offsets.toCodePoint(unit), codePoint);
          assert.strictEqual(offsets.toUnit(codePoint), unit);
          unit += character.length;
        });
        assert.strictEqual(offsets.toUnit([...text].length), text.length);
      }),
      { seed: 13, numRuns: 300 },
    );
  });
});

describe('core/export/brat', () => {
  it('gives every text-bound annotation code point offsets that slice the article to its text', () => {
    for (const text of [SAMPLE, WITH_EMOJI]) {
      const codePoints = [...text];
      const lines = textBound(formatBrat(text, analyze(text)));
      assert.ok(lines.length > 100);
      for (const { id, ranges, text: annotated } of lines) {
        assert.strictEqual(ranges.map(([start, end]) => codePoints.slice(start, end).join('')).join(' '), annotated, id);
      }
    }
    assert.notStrictEqual(WITH_EMOJI.length, [...WITH_EMOJI].length);
  });

  it('writes entities, quotations, speakers, channels, identity, roles and what a person decided', () => {
    const text = 'قال بوتين لرويترز إن "الوضع هادئ". وأضاف بوتين أن الأمر انتهى.';
    const first = span(text, 'بوتين');
    const second = span(text, 'بوتين', first.end);
    const quote = { ...span(text, 'الأمر انتهى'), id: 'q2', kind: 'indirect' as const, speaker: 'e1', cue: span(text, 'وأضاف'), via: 'e2', by: 'user' as const };
    const annotations: Annotations = {
      schema: 'arabic-article-annotations/1',
      entities: [
        { id: 'e1', type: 'person', name: 'بوتين', roles: ['الرئيس', 'الروسي\nالحالي'], mentions: [first, second] },
        { id: 'e2', type: 'organization', name: 'رويترز', roles: [], mentions: [{ ...span(text, 'رويترز'), by: 'user' }] },
      ],
      quotes: [{ ...span(text, 'الوضع هادئ'), id: 'q1', kind: 'direct', speaker: 'e1', cue: span(text, 'قال') }, quote],
    };
    assert.strictEqual(formatBrat(text, annotations), [
      `T1\tPerson 4 9\tبوتين`,
      `T2\tOrganization 11 17\tرويترز`,
      `T3\tDirectQuote 22 32\tالوضع هادئ`,
      `T4\tPerson 41 46\tبوتين`,
      `T5\tIndirectQuote 50 61\tالأمر انتهى`,
      // The speaker's and the channel's mentions nearest before each quotation.
      'R1\tSpeaker Arg1:T3 Arg2:T1',
      'R2\tSpeaker Arg1:T5 Arg2:T4',
      'R3\tChannel Arg1:T5 Arg2:T2',
      'R4\tSame Arg1:T4 Arg2:T1',
      'A1\tByUser T2',
      'A2\tByUser T5',
      '#1\tAnnotatorNotes T1\tالرئيس | الروسي الحالي',
      '',
    ].join('\n'));
  });

  it('cuts a span across a line break into fragments, as brat writes it', () => {
    const text = 'قال: «السطر الأول\nوالسطر الثاني»';
    const quote = { ...span(text, 'السطر الأول\nوالسطر الثاني'), id: 'q1', kind: 'direct' as const, speaker: null, cue: null };
    const ann = formatBrat(text, { schema: 'arabic-article-annotations/1', entities: [], quotes: [quote] });
    assert.strictEqual(ann, 'T1\tDirectQuote 6 17;18 31\tالسطر الأول والسطر الثاني\n');
  });

  it('declares in annotation.conf every type and relation the export uses', () => {
    const conf = formatBratConf();
    const section = (name: string) => conf.split(`[${name}]\n`)[1].split('\n[')[0].split('\n').filter((line) => line !== '');
    const entities = section('entities');
    assert.deepStrictEqual(entities, [...Object.values(BRAT_ENTITY_TYPES), ...Object.values(BRAT_QUOTE_TYPES)]);
    const ann = formatBrat(SAMPLE, analyze(SAMPLE));
    for (const { type } of textBound(ann)) assert.ok(entities.includes(type), type);
    const relations = new Map(section('relations').map((line) => line.split('\t') as [string, string]));
    for (const line of ann.split('\n').filter((l) => l.startsWith('R'))) {
      const [type, arg1, arg2] = line.split('\t')[1].split(' ');
      const typeOf = (arg: string) => textBound(ann).find((t) => t.id === arg.split(':')[1])?.type as string;
      const [allowed1, allowed2] = (relations.get(type) as string).split(', ').map((arg) => arg.split(':')[1].split('|'));
      assert.ok(allowed1.includes(typeOf(arg1)) && allowed2.includes(typeOf(arg2)), line);
    }
    assert.deepStrictEqual(section('attributes'), ['ByUser\tArg:<ENTITY>']);
  });
});

describe('core/export/conll', () => {
  it('tags every token with BIO, a mention a run, the proclitic before a name outside it', () => {
    const text = 'وقال الرئيس فلاديمير بوتين في موسكو.\n\nوأكد لبوتين أن الأمم المتحدة تتابع.';
    const annotations: Annotations = {
      schema: 'arabic-article-annotations/1',
      entities: [
        { id: 'e1', type: 'person', name: 'فلاديمير بوتين', roles: [], mentions: [span(text, 'فلاديمير بوتين'), span(text, 'بوتين', text.indexOf('لبوتين'))] },
        { id: 'e2', type: 'place', name: 'موسكو', roles: [], mentions: [span(text, 'موسكو')] },
        { id: 'e3', type: 'organization', name: 'الأمم المتحدة', roles: [], mentions: [span(text, 'الأمم المتحدة')] },
      ],
      quotes: [],
    };
    assert.strictEqual(formatConll(text, annotations), [
      'وقال\tO', 'الرئيس\tO', 'فلاديمير\tB-PER', 'بوتين\tI-PER', 'في\tO', 'موسكو\tB-LOC', '.\tO', '',
      'وأكد\tO', 'ل\tO', 'بوتين\tB-PER', 'أن\tO', 'الأمم\tB-ORG', 'المتحدة\tI-ORG', 'تتابع\tO', '.\tO', '',
    ].join('\n'));
  });

  it('gives back the sample\'s mentions, in order, from its tags', () => {
    const annotations = analyze(SAMPLE);
    const runs: string[] = [];
    for (const line of formatConll(SAMPLE, annotations).split('\n')) {
      const [token, tag] = line.split('\t');
      if (tag?.startsWith('B-')) runs.push(token);
      else if (tag?.startsWith('I-')) runs[runs.length - 1] += ' ' + token;
    }
    const mentions = annotations.entities.flatMap((e) => e.mentions).sort((a, b) => a.start - b.start);
    assert.deepStrictEqual(runs, mentions.map((m) => m.text.replace(/\s+/g, ' ')));
  });

  it('keeps a closing mark with the sentence it ends', () => {
    const text = 'قال: «انتهى.» ثم خرج.';
    assert.strictEqual(formatConll(text, { schema: 'arabic-article-annotations/1', entities: [], quotes: [] }).split('\n\n').length, 2);
  });
});

/** RFC 4180 rows of a CSV text (the test's own reader). */
function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i];
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') field += csv[++i];
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && csv[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  assert.deepStrictEqual(row, [], 'the last row ends with CRLF');
  return rows;
}

describe('core/export/csv', () => {
  it('writes one quotation a row with a BOM, CRLF ends and RFC 4180 quoting', () => {
    const text = 'قال بيسكوف، المتحدث باسم الكرملين، لرويترز: "نحن "مستعدون"، دائما\nللحوار"';
    const quote = span(text, 'نحن "مستعدون"، دائما\nللحوار');
    const annotations: Annotations = {
      schema: 'arabic-article-annotations/1',
      entities: [
        { id: 'e1', type: 'person', name: 'بيسكوف', roles: ['المتحدث باسم الكرملين', 'المتحدث'], mentions: [span(text, 'بيسكوف')] },
        { id: 'e2', type: 'organization', name: 'رويترز', roles: [], mentions: [span(text, 'رويترز')] },
      ],
      quotes: [
        { ...quote, id: 'q1', kind: 'direct', speaker: 'e1', cue: span(text, 'قال'), via: 'e2' },
        { ...span(text, 'المتحدث'), id: 'q2', kind: 'indirect', speaker: null, speakerText: 'مصادر, مطلعة', cue: null },
      ],
    };
    const csv = formatCsv(annotations);
    assert.ok(csv.startsWith('\uFEFFspeaker,role,kind,channel,quotation,start,end,cue\r\n'));
    assert.ok(csv.includes('"نحن ""مستعدون""، دائما\nللحوار"'));
    assert.deepStrictEqual(parseCsv(csv.slice(1)), [
      [...CSV_COLUMNS],
      ['بيسكوف', 'المتحدث باسم الكرملين', 'direct', 'رويترز', quote.text, String(quote.start), String(quote.end), 'قال'],
      ['مصادر, مطلعة', '', 'indirect', '', 'المتحدث', String(text.indexOf('المتحدث')), String(text.indexOf('المتحدث') + 7), ''],
    ]);
  });

  it('has a row for each of the sample\'s quotations', () => {
    const annotations = analyze(SAMPLE);
    const rows = parseCsv(formatCsv(annotations).slice(1));
    assert.deepStrictEqual(rows.slice(1).map((row) => row[4]), annotations.quotes.map((q) => q.text));
  });
});
