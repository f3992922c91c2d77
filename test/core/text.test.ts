import * as assert from 'assert';
import * as fc from 'fast-check';
import { arabicLetterShare, normalize, originalOffset, stripBom } from '../../src/core/text';

const SEED = 20261127;

describe('core/text normalize', () => {
  const cases: Array<[string, string, string]> = [
    ['harakat, shadda and sukun', 'مُحَمَّدٌ قَالْ', 'محمد قال'],
    ['dagger alef', 'هٰذا', 'هذا'],
    ['tatweel', 'بـــوتين', 'بوتين'],
    ['alef forms', 'أإآٱ', 'اااا'],
    ['yaa forms and hamza on yaa', 'مصطفى رئيس', 'مصطفي رييس'],
    ['taa marbuta', 'الجامعة', 'الجامعه'],
    ['hamza on waw', 'مؤتمر', 'موتمر'],
    ['Persian letters in transliterations', 'گورباچوف', 'جورباتشوف'],
    ['bidi controls and zero-width characters', '\u200Fبو\u200Cتين\u202B\uFEFF', 'بوتين'],
    ['Latin, digits and punctuation untouched', 'Putin, 2019!', 'Putin, 2019!'],
  ];
  for (const [what, input, expected] of cases) {
    it(`handles ${what}`, () => assert.strictEqual(normalize(input), expected));
  }

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => normalize(normalize(s)) === normalize(s)),
      { seed: SEED, numRuns: 500 },
    );
  });
});

describe('core/text originalOffset', () => {
  it('maps a normalised index to the original letter, past the marks of the previous letter', () => {
    const word = 'بُوتِين'; // ب ُ و ت ِ ي ن
    assert.strictEqual(normalize(word), 'بوتين');
    assert.strictEqual(originalOffset(word, 0), 0);
    assert.strictEqual(originalOffset(word, 1), 2);
    assert.strictEqual(originalOffset(word, 2), 3);
    assert.strictEqual(originalOffset(word, 3), 5);
    assert.strictEqual(originalOffset(word, 5), word.length);
  });

  it('skips leading invisible characters and tatweel', () => {
    assert.strictEqual(originalOffset('\u200Fبوتين', 0), 1);
    assert.strictEqual(originalOffset('لـلأمم', 1), 2);
  });

  it('maps an index inside a lam-alef ligature to the unit after it, and folds presentation forms', () => {
    const word = 'ﺍﻟﻼﺟﺊ'; // اللاجئ in presentation forms: ا ل لا ج ئ
    assert.strictEqual(normalize(word), 'اللاجي');
    assert.strictEqual(originalOffset(word, 2), 2);
    assert.strictEqual(originalOffset(word, 3), 3);
    assert.strictEqual(originalOffset(word, 4), 3);
    assert.strictEqual(originalOffset(word, 6), word.length);
  });

  // Arabic letters (without the one-to-two mappings) mixed with marks, tatweel and invisibles.
  const arabicWithMarks = fc.string({
    unit: fc.constantFrom(...'ابتثجحخدذرزسشصضطظعغفقكلمنهوي', 'أ', 'ة', 'ى', 'ئ', 'ؤ', '\u064E', '\u0651', '\u0640', '\u200F', '\u200C'),
    maxLength: 30,
  });

  it('cuts the original so that the rest normalises to the rest of the normalised word', () => {
    fc.assert(
      fc.property(arabicWithMarks, fc.nat(), (word, pick) => {
        const norm = normalize(word);
        const k = pick % (norm.length + 1);
        const cut = originalOffset(word, k);
        return cut >= 0 && cut <= word.length && normalize(word.slice(cut)) === norm.slice(k) && normalize(word.slice(0, cut)) === norm.slice(0, k);
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });

  it('is monotonic', () => {
    fc.assert(
      fc.property(arabicWithMarks, (word) => {
        const norm = normalize(word);
        for (let k = 0; k < norm.length; k++) if (originalOffset(word, k) > originalOffset(word, k + 1)) return false;
        return true;
      }),
      { seed: SEED, numRuns: 500 },
    );
  });
});

describe('core/text arabicLetterShare', () => {
  it('is the share of Arabic letters among Arabic and Latin letters', () => {
    assert.strictEqual(arabicLetterShare(''), 0);
    assert.strictEqual(arabicLetterShare('2019 — ! «»'), 0);
    assert.strictEqual(arabicLetterShare('Putin'), 0);
    assert.strictEqual(arabicLetterShare('بوتين 2019'), 1);
    assert.strictEqual(arabicLetterShare('ab بو'), 0.5);
  });

  it('ignores diacritics', () => {
    assert.strictEqual(arabicLetterShare('بُوَ ab'), 0.5);
  });

  it('counts presentation forms as Arabic letters', () => {
    assert.strictEqual(arabicLetterShare('ﺑﻮﺗﻴﻦ ﻻ abcdef'), 0.5);
  });

  it('does not count tatweel as a letter', () => {
    assert.strictEqual(arabicLetterShare('بـــو ab'), 0.5);
  });
});

describe('core/text stripBom', () => {
  it('removes one leading BOM and nothing else', () => {
    assert.strictEqual(stripBom('\uFEFFنص\uFEFF'), 'نص\uFEFF');
    assert.strictEqual(stripBom('\uFEFF\uFEFFنص'), '\uFEFFنص');
    assert.strictEqual(stripBom('نص\r\n'), 'نص\r\n');
    assert.strictEqual(stripBom(''), '');
  });
});
