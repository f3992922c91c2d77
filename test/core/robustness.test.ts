/**
 * `analyze` must survive any string: it never throws, always returns the contract, and its run
 * time grows linearly with the input. Random inputs come from fast-check with a fixed seed, so a
 * failure is reproducible (the counterexample is printed).
 */
import * as assert from 'assert';
import * as fc from 'fast-check';
import { readFileSync } from 'fs';
import { resolve } from 'path';
import { analyze } from '../../src/core/index';
import { contractViolations } from './analyze-contract';

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
 * Run time must grow linearly. This compares the time for an input and for eight times that input:
 * linear work gives about 8×, quadratic about 64×. The base size doubles until one run takes long
 * enough to measure, and each size takes the fastest of three runs, so noise cannot pass for growth;
 * a pattern fails only when three measurements in a row exceed the bound.
 * A scaling check, not a speed check: `npm run bench` measures speed.
 */
describe('core robustness: run time grows linearly', function () {
  this.timeout(300_000);
  const GROWTH = 8;
  const MAX_RATIO = 20;
  const MEASURABLE_MS = 25;
  const MAX_BASE_UNITS = 512 * 1024;

  /** The fastest of three runs; it stops early once a run is at most `enough` ms. */
  function fastestOfThree(text: string, enough = 0): number {
    let best = Infinity;
    for (let i = 0; i < 3 && best > enough; i++) {
      const started = process.hrtime.bigint();
      analyze(text);
      best = Math.min(best, Number(process.hrtime.bigint() - started) / 1e6);
    }
    return best;
  }

  /** `unit(i)` is the i-th repeat of the pathological pattern; a text is the first n of them. */
  function growthRatio(unit: (i: number) => string): { ratio: number; base: number; baseMs: number; bigMs: number } {
    const build = (count: number): string => Array.from({ length: count }, (_, i) => unit(i)).join('');
    let count = Math.max(1, Math.floor(1024 / unit(0).length));
    analyze(build(count)); // warm up
    let baseMs = fastestOfThree(build(count));
    while (baseMs < MEASURABLE_MS && build(count).length * 2 <= MAX_BASE_UNITS) {
      count *= 2;
      baseMs = fastestOfThree(build(count));
    }
    // Once a run shows linear growth, more runs cannot change the verdict.
    const bigMs = fastestOfThree(build(count * GROWTH), baseMs * GROWTH * 1.25);
    return { ratio: bigMs / Math.max(baseMs, 0.05), base: build(count).length, baseMs, bigMs };
  }

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
      // Super-linear work shows on every measurement; a pause of the machine or the collector
      // shows on one. So a pattern fails only when three measurements in a row say it grows too fast.
      const attempts: string[] = [];
      for (let attempt = 0; attempt < 3; attempt++) {
        const { ratio, base, baseMs, bigMs } = growthRatio(unit);
        if (ratio < MAX_RATIO) return;
        attempts.push(`${base} → ${base * GROWTH} code units took ${baseMs.toFixed(1)} → ${bigMs.toFixed(1)} ms: ×${ratio.toFixed(1)}`);
      }
      assert.fail(`${attempts.join('; ')} — linear is ×${GROWTH}`);
    });
  }
});
