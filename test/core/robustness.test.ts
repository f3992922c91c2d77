/**
 * `analyze` must survive any string: it never throws, always returns the contract, and its work
 * grows linearly with the input, step by step. Random inputs come from fast-check with a fixed seed, so a
 * failure is reproducible (the counterexample is printed).
 */
import * as assert from 'assert';
import * as fc from 'fast-check';
import { readFileSync } from 'fs';
import { resolve } from 'path';
import { analyze } from '../../src/core/index';
import { MAX_PIECE } from '../../src/core/analyze';
import { MAX_NAME_WORDS } from '../../src/core/entities/mention-set';
import { tokenize } from '../../src/core/tokenize';
import { contractViolations } from './analyze-contract';
import { operationsPerStep } from './work-meter';

const SEED = 20261127;
const SAMPLE = readFileSync(resolve(__dirname, '..', '..', '..', 'seeds', 'sample-article.txt'), 'utf8');

function keepsContract(text: string): boolean {
  const problems = contractViolations(text, analyze(text));
  if (problems.length) throw new Error(`${problems.length} contract violations, first: ${problems.slice(0, 5).join('; ')}`);
  return true;
}

const QUOTE_MARKS = ['"', '«', '»', '“', '”', '„', '‹', '›', "'", '‘', '’'];
const DIACRITICS = ['\u064B', '\u064C', '\u064D', '\u064E', '\u064F', '\u0650', '\u0651', '\u0652', '\u0670'];
const INVISIBLES = ['\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202E', '\u2066', '\u2067', '\u2069', '\u061C', '\uFEFF'];
const SAMPLE_WORDS = [...new Set(SAMPLE.split(/[\s.,،؛:!؟?()«»“”"–-]+/).filter(Boolean))];

/** Text that looks like news: the sample's words, its punctuation, quotation marks and line breaks. */
const arabicish = fc
  .array(
    fc.oneof(
      { weight: 12, arbitrary: fc.constantFrom(...SAMPLE_WORDS) },
      { weight: 3, arbitrary: fc.constantFrom(' ', ' ', '  ', '\n', '\r\n', '\n\n', '\t') },
      { weight: 2, arbitrary: fc.constantFrom(...QUOTE_MARKS) },
      { weight: 2, arbitrary: fc.constantFrom('،', '.', ':', '؛', '؟', '!', '(', ')', '–', '-', '2019', '٢٠١٩') },
      { weight: 1, arbitrary: fc.constantFrom(...DIACRITICS, '\u0640', ...INVISIBLES) },
      { weight: 1, arbitrary: fc.constantFrom('و', 'ف', 'ب', 'ل', 'لل', 'ك', 'ال', 'وال', 'بال') },
    ),
    { maxLength: 300 },
  )
  .map((parts) => parts.join(''));

/** The sample article with random pieces cut out and random marks, breaks and noise put in. */
const mutatedSample = fc
  .array(
    fc.tuple(fc.nat(SAMPLE.length), fc.nat(40), fc.constantFrom('', ...QUOTE_MARKS, '\n', '\r\n', '\uD83D', '\uDE00', '😀', '\u0640', ...DIACRITICS, ...INVISIBLES)),
    { maxLength: 20 },
  )
  .map((edits) => edits.reduce((text, [at, cut, insert]) => text.slice(0, at) + insert + text.slice(Math.min(text.length, at + cut)), SAMPLE));

/** Any UTF-16 code unit, lone surrogates included. */
const anyCodeUnits = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 200 });

describe('core robustness: analyze on random input', function () {
  this.timeout(120_000);

  it('keeps the contract on random Unicode', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), keepsContract), { seed: SEED, numRuns: 300 });
  });

  it('keeps the contract on random UTF-16 code units, lone surrogates included', () => {
    fc.assert(fc.property(anyCodeUnits, keepsContract), { seed: SEED, numRuns: 300 });
  });

  it('keeps the contract on random Arabic-looking text built from the sample', () => {
    fc.assert(fc.property(arabicish, keepsContract), { seed: SEED, numRuns: 400 });
  });

  it('keeps the contract on the sample article with random cuts and insertions', () => {
    fc.assert(fc.property(mutatedSample, keepsContract), { seed: SEED, numRuns: 150 });
  });

  it('carries nothing from one document to the next', () => {
    fc.assert(
      fc.property(fc.oneof(arabicish, mutatedSample), arabicish, (other, text) => {
        const before = analyze(text);
        analyze(other);
        assert.deepStrictEqual(analyze(text), before);
      }),
      { seed: SEED, numRuns: 100 },
    );
  });
});

describe('core robustness: analyze on hostile input', function () {
  this.timeout(120_000);
  const MB = 1024 * 1024;
  const cases: Array<[string, string]> = [
    ['empty text', ''],
    ['only spaces', '   '],
    ['only line breaks', '\n\r\n\r\n\n'],
    ['whitespace of every kind', ' \t\n\r\u00A0\u2000\u2028\u2029\u3000\u202F'],
    ['a BOM left in (analyze gets the text as given)', '\uFEFF' + SAMPLE.slice(0, 500)],
    ['BOMs and bidi controls inside words', SAMPLE.slice(0, 800).replace(/ي/g, 'ي\uFEFF').replace(/ب/g, '\u202Bب\u202C')],
    ['diacritics only', DIACRITICS.join('').repeat(50)],
    ['diacritics on every letter', SAMPLE.slice(0, 1000).replace(/([\u0621-\u064A])/g, '$1\u064E\u0651')],
    ['tatweel everywhere', SAMPLE.slice(0, 1000).replace(/([\u0621-\u064A])/g, '$1\u0640\u0640')],
    ['a lone high surrogate', '\uD800'],
    ['a lone low surrogate before a word', '\uDC00بوتين'],
    ['surrogates split around quotes', '"\uD83D" قال بوتين "\uDE00"'],
    ['emoji and astral letters in names', 'قال 😀بوتين𝐀 إن «𝐀𝐁𝐂»'],
    ['a 1 MB line without spaces', 'بوتين'.repeat(MB / 5)],
    ['a 1 MB line of Latin letters', 'x'.repeat(MB)],
    ['thousands of unbalanced opening marks', '«قال '.repeat(5000)],
    ['thousands of straight quotation marks', '"'.repeat(10000)],
    ['every kind of mark, unbalanced', QUOTE_MARKS.join(' قال ').repeat(1000)],
    ['a quotation that never closes', 'قال بوتين: «' + SAMPLE.replace(/[«»“”"]/g, '')],
    ['reversed and mismatched marks', 'و”سوف يدفعون الثمن” وقال «لا شيء“ ثم ”هنا» و"هناك'.repeat(100)],
    ['speech cues with nothing after them', 'وقال إن\nقالت:\nوأضاف\n'.repeat(500)],
    ['NUL and control characters', 'قال\u0000بوتين\u0007 إن\u001b[31m الوضع'],
  ];
  for (const [what, text] of cases) {
    it(`keeps the contract on ${what}`, () => {
      assert.ok(keepsContract(text));
    });
  }
});

/**
 * Repeated name words, titles, cue words and marks: runs of words the tagger takes for one name.
 * A name never grows past MAX_NAME_WORDS words, however long the run.
 */
const REPEATED_WORDS: Array<[string, string]> = [
  ['a place name', 'فلسطين '],
  ['a person name with بن', 'محمد بن سلمان '],
  ['a lineage with a family name', 'حمدان بن محمد بن راشد آل مكتوم '],
  ['a one-word person name', 'بوتين '],
  ['an organization name', 'وكالة فرانس برس '],
  ['a title', 'الرئيس '],
  ['a speech cue', 'وقال '],
  ['quotations in guillemets', '«قال بوتين إن الوضع جيد» '],
  ['straight quotations', '"قال بوتين إن الوضع جيد" '],
  ['cue, title, name, place and quotation', 'وقال الرئيس محمد بن سلمان في فلسطين «نعم» '],
];

/** Words in a span of text: its word and number tokens. */
function wordCount(text: string): number {
  return tokenize(text).filter((t) => t.kind !== 'punct').length;
}

describe('core robustness: runs of repeated words', function () {
  this.timeout(120_000);
  for (const [what, unit] of REPEATED_WORDS) {
    it(`keeps every name within ${MAX_NAME_WORDS} words on ${what} repeated`, () => {
      for (const count of [1, 7, 300, 1500]) {
        const text = unit.repeat(count);
        assert.ok(keepsContract(text));
        for (const entity of analyze(text).entities) {
          for (const mention of entity.mentions) {
            assert.ok(wordCount(mention.text) <= MAX_NAME_WORDS, `${count} repeats: a mention of ${wordCount(mention.text)} words: ${mention.text.slice(0, 80)}`);
          }
        }
      }
    });
  }
});

/**
 * Work must grow linearly, and so must the work of the heaviest step: a super-linear stage
 * inside one step freezes the editor however the analysis is sliced. Work is counted in
 * built-in operations (work-meter.ts), never timed: the input and four times the input, where
 * linear work gives about 4× and quadratic 16×. `npm run bench` times the same inputs.
 */
describe('core robustness: work grows linearly, step by step', function () {
  this.timeout(300_000);
  const GROWTH = 4;
  const MAX_RATIO = 1.5 * GROWTH;
  // Both sizes several times MAX_PIECE, so that both are cut into pieces of a long line alike.
  const BASE_UNITS = 4 * MAX_PIECE;

  before(() => analyze(SAMPLE)); // the lexicons and the model load on the first analysis

  /** A distinct name-like word per index, so nothing can be merged or cached away. */
  const distinctName = (i: number): string => {
    const letters = 'بتثجحخدذرزسشصضطظعغفقكلمنهي';
    let name = '';
    for (let n = i + letters.length; n > 0; n = Math.floor(n / letters.length)) name += letters[n % letters.length];
    return name;
  };

  const patterns: Array<[string, (i: number) => string]> = [
    ['the sample article repeated', () => SAMPLE + '\n'],
    ['one line without spaces', () => 'بوتين'],
    ['blank lines', () => '\n'],
    ['lines of spaces with CRLF', () => '   \r\n'],
    ['unbalanced opening marks', () => '«قال '],
    ['straight quotation marks', () => '"'],
    ['speech cues without quotations', () => 'وقال إن '],
    ['a quotation per line, never closed', () => 'قال بوتين: «الوضع\n'],
    ['many distinct names with titles', (i) => `وقال الرئيس ${distinctName(i)} ${distinctName(i + 7)} إن `],
    ['headline-like colons before quotations on one line', () => 'الوزير: «نعم» '],
    ['statements as objects after named subjects', (i) => `وأكدت وزارة ${distinctName(i)} مقتل جندي، `],
    ['diacritics without letters', () => '\u064E'],
    ['bidi controls', () => '\u202B\u200F'],
  ];
  for (const [what, unit] of patterns) {
    it(`grows linearly on ${what}`, () => {
      const build = (count: number): string => Array.from({ length: count }, (_, i) => unit(i)).join('');
      const count = Math.max(1, Math.ceil(BASE_UNITS / unit(0).length));
      // Each counted analysis follows one of the same text, as in the editor: what is kept per
      // word (tokenize.ts) is then there for both sizes alike.
      const counted = (text: string): number[] => (analyze(text), operationsPerStep(text));
      const base = counted(build(count));
      const big = counted(build(count * GROWTH));
      const sum = (ops: number[]): number => ops.reduce((a, b) => a + b, 0);
      const heaviest = (ops: number[]): number => ops.reduce((a, b) => Math.max(a, b), 0);
      const report = `${sum(base)} → ${sum(big)} operations in ${base.length} → ${big.length} steps, heaviest step ${heaviest(base)} → ${heaviest(big)}`;
      assert.ok(sum(big) <= MAX_RATIO * sum(base), `${report}: linear is ×${GROWTH}`);
      assert.ok(heaviest(big) <= MAX_RATIO * heaviest(base), `${report}: linear is ×${GROWTH}`);
    });
  }

  // A run of name words changes what is found as it grows (the tagger's names give way to the
  // propagated ones), so its work is bounded per word rather than compared across sizes: linear
  // work stays under 100 operations a word, where the cubic sub-run loops took 400 at 4 KB.
  const MAX_OPERATIONS_PER_WORD = 150;
  for (const [what, unit] of REPEATED_WORDS) {
    it(`does bounded work per word on ${what} repeated`, () => {
      for (const units of [4096, 32 * 1024, 256 * 1024]) {
        const text = unit.repeat(Math.ceil(units / unit.length));
        const operations = operationsPerStep(text).reduce((a, b) => a + b, 0);
        const words = tokenize(text).length;
        assert.ok(operations <= MAX_OPERATIONS_PER_WORD * words, `${units} units: ${operations} operations for ${words} words`);
      }
    });
  }
});
