import * as assert from 'assert';
import * as fc from 'fast-check';
import { normalize } from '../../src/core/text';
import { cliticReadings, cliticSplits, Token, tokenize, WordObjects, WordValues } from '../../src/core/tokenize';

const SEED = 20261127;

const only = (text: string): Token => {
  const tokens = tokenize(text);
  assert.strictEqual(tokens.length, 1, JSON.stringify(tokens));
  return tokens[0];
};

describe('core/tokenize tokenize', () => {
  it('gives words, numbers and one token per punctuation character, with offsets into the text', () => {
    const text = 'قال بوتين: «سنرد» في 2019، و3.5 مليار Kim Jong-un\'s';
    const tokens = tokenize(text);
    assert.deepStrictEqual(
      tokens.map((t) => [t.text, t.kind]),
      [
        ['قال', 'arabic'], ['بوتين', 'arabic'], [':', 'punct'], ['«', 'punct'], ['سنرد', 'arabic'], ['»', 'punct'],
        ['في', 'arabic'], ['2019', 'number'], ['،', 'punct'], ['و', 'arabic'], ['3.5', 'number'], ['مليار', 'arabic'],
        ['Kim', 'latin'], ["Jong-un's", 'latin'],
      ],
    );
    for (const t of tokens) assert.strictEqual(text.slice(t.start, t.end), t.text);
  });

  it('keeps an abbreviation\'s dot on its letter (د. أحمد، أ.د. محمد), not after a year\'s era (2015 م.)', () => {
    const texts = (text: string): string[] => tokenize(text).map((t) => t.text);
    assert.deepStrictEqual(texts('وقال د. أحمد'), ['وقال', 'د.', 'أحمد']);
    assert.deepStrictEqual(tokenize('د. أحمد')[0].norm, 'د');
    assert.deepStrictEqual(texts('أ.د. محمد'), ['أ.', 'د.', 'محمد']);
    assert.deepStrictEqual(texts('عام 2015 م. وقال'), ['عام', '2015', 'م', '.', 'وقال']);
    assert.deepStrictEqual(texts('القاضي. أحمد'), ['القاضي', '.', 'أحمد']);
    assert.deepStrictEqual(texts('د.\nأحمد'), ['د', '.', 'أحمد']);
  });

  it('keeps the dots of an initialism on its letters (دي.جي، د.ب.أ، ص.ب), not a glued sentence end (ذلك.وقال)', () => {
    const texts = (text: string): string[] => tokenize(text).map((t) => t.text);
    assert.deepStrictEqual(texts('إذاعة دي.جي بمقديشو'), ['إذاعة', 'دي.', 'جي', 'بمقديشو']);
    assert.deepStrictEqual(texts('(د.ب.أ)'), ['(', 'د.', 'ب.', 'أ', ')']);
    assert.deepStrictEqual(texts('بي.بي.سي. وقال'), ['بي.', 'بي.', 'سي', '.', 'وقال']);
    assert.deepStrictEqual(texts('ذلك.وقال'), ['ذلك', '.', 'وقال']);
  });

  it('reads Arabic-Indic digits as numbers', () => {
    assert.strictEqual(only('٢٠١٩').kind, 'number');
    assert.strictEqual(only('۱۲٫٥').kind, 'number');
  });

  it('keeps diacritics, tatweel and zero-width joiners inside a word, and normalises it', () => {
    const word = only('قَالَـتْ');
    assert.deepStrictEqual([word.start, word.end, word.norm], [0, 8, 'قالت']);
    assert.strictEqual(only('بو\u200Cتين').norm, 'بوتين');
  });

  it('skips bidi controls between words', () => {
    const tokens = tokenize('\u200Fبوتين\u202B \u2067موسكو\u2069');
    assert.deepStrictEqual(tokens.map((t) => [t.start, t.text]), [[1, 'بوتين'], [9, 'موسكو']]);
  });

  it('reads a character beyond the BMP as one punctuation token, and so each lone surrogate', () => {
    const tokens = tokenize('بوتين😀 \uD800x\uDC00');
    assert.deepStrictEqual(tokens.map((t) => [t.text, t.kind]), [['بوتين', 'arabic'], ['😀', 'punct'], ['\uD800', 'punct'], ['x', 'latin'], ['\uDC00', 'punct']]);
  });

  it('gives the same word the same kind and normalised form in every text', () => {
    const first = tokenize('قَالَ 2019 Kim');
    const again = tokenize('Kim قَالَ 2019');
    assert.deepStrictEqual([again[1], again[2], again[0]].map((t) => [t.text, t.norm, t.kind]), first.map((t) => [t.text, t.norm, t.kind]));
  });

  it('gives tokens of the same text one word id, and tokens of other texts others', () => {
    const [a, b, c, d] = tokenize('بوتين بوتينَ بوتين Putin');
    assert.strictEqual(a.word, c.word);
    assert.strictEqual(new Set([a.word, b.word, d.word]).size, 3);
    assert.strictEqual(a.norm, b.norm, 'a diacritic gives another word of the same normal form');
  });

  it('keeps per-word values by word id, and forgets them when the word table is emptied', () => {
    const values = new WordValues();
    let made = 0;
    const objects = new WordObjects((t) => ({ norm: t.norm, made: ++made }));
    const [putin] = tokenize('بوتين');
    assert.strictEqual(objects.of(putin), objects.of(tokenize('بوتين')[0]), 'one object per word');
    assert.strictEqual(values.get(putin.word), -1);
    values.set(putin.word, 7);
    assert.strictEqual(values.get(tokenize('قال بوتين')[1].word), 7);
    // More new words than the table keeps (200,000) empty it: ids are never reused.
    const letters = (n: number): string => [...n.toString(26)].map((digit) => String.fromCharCode(97 + parseInt(digit, 26))).join('');
    const many = tokenize(Array.from({ length: 200_001 }, (_, n) => 'w' + letters(n)).join(' '));
    assert.strictEqual(new Set(many.map((t) => t.word)).size, many.length);
    assert.ok(many.every((t) => t.word > putin.word));
    assert.strictEqual(values.get(putin.word), -1, 'a token from before the table was emptied');
    values.set(putin.word, 7);
    assert.strictEqual(values.get(putin.word), -1, 'is not stored');
    const [again] = tokenize('بوتين');
    assert.notStrictEqual(again.word, putin.word);
    values.set(again.word, 8);
    assert.strictEqual(values.get(again.word), 8);
    assert.notStrictEqual(objects.of(putin), objects.of(putin), 'an older token gets an object of its own each time');
    assert.strictEqual(objects.of(again), objects.of(again));
    assert.strictEqual(made, 4);
  });

  it('reads the clitic splits of a word once, relative to each token of it', () => {
    const [first, , again] = tokenize('وللأمم قال وللأمم');
    assert.strictEqual(cliticReadings(first), cliticReadings(again), 'one shared list per word');
    for (const token of [first, again]) {
      assert.deepStrictEqual(cliticReadings(token).map((r) => [r.prefix, r.stem, token.start + r.offset]),
        cliticSplits(token).map((s) => [s.prefix, s.stem, s.stemStart]));
    }
  });

  it('numbers paragraphs by the index of their first token, across CRLF, CR and LF', () => {
    const tokens = tokenize('قال بوتين\r\nإن\rالأمر\n\nانتهى');
    assert.deepStrictEqual(tokens.map((t) => t.paragraph), [0, 0, 2, 3, 4]);
  });

  it('appends to a given array and continues the paragraph numbering', () => {
    const text = 'أول سطر\nثاني سطر';
    const cut = text.indexOf('\n') + 1;
    const pieces = tokenize(text, cut, text.length, tokenize(text, 0, cut));
    assert.deepStrictEqual(pieces, tokenize(text));
  });

  const arabicishText = fc.string({
    unit: fc.constantFrom('ب', 'ت', 'ال', 'َ', 'ـ', ' ', '\n', '\r\n', '«', '"', '،', '.', '1', 'a', '\u200F', '٢'),
    maxLength: 200,
  });

  it('covers every non-space character once, with spans equal to slices, in order', () => {
    fc.assert(
      fc.property(arabicishText, (text) => {
        const tokens = tokenize(text);
        let previousEnd = 0;
        for (const t of tokens) {
          if (t.start < previousEnd || t.end <= t.start || text.slice(t.start, t.end) !== t.text) return false;
          // An abbreviation's dot is written, not read (د.، دي.).
          if (t.kind === 'arabic' && t.norm !== normalize(t.text.replace(/\.$/, ''))) return false;
          previousEnd = t.end;
        }
        return true;
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  it('keeps the tokens of a piece inside that piece, whatever the cut', () => {
    fc.assert(
      fc.property(arabicishText, fc.nat(), (text, pick) => {
        const cut = pick % (text.length + 1);
        const first = tokenize(text, 0, cut);
        const second = tokenize(text, cut, text.length);
        return first.every((t) => t.end <= cut) && second.every((t) => t.start >= cut && t.end <= text.length);
      }),
      { seed: SEED, numRuns: 500 },
    );
  });
});

describe('core/tokenize cliticSplits', () => {
  const readings = (word: string): Array<[string, string, number]> => cliticSplits(only(word)).map((s) => [s.prefix, s.stem, s.stemStart]);

  it('offers وبوتين as بوتين starting one letter in, after the unsplit reading', () => {
    const splits = readings('وبوتين');
    assert.deepStrictEqual(splits[0], ['', 'وبوتين', 0]);
    assert.ok(splits.some(([p, s, at]) => p === 'و' && s === 'بوتين' && at === 1), JSON.stringify(splits));
  });

  it('offers للأمم as الامم starting after the first ل', () => {
    const splits = readings('للأمم');
    assert.ok(splits.some(([p, s, at]) => p === 'ل' && s === 'الامم' && at === 1), JSON.stringify(splits));
  });

  it('offers بالكرملين with and without the article', () => {
    const splits = readings('بالكرملين');
    assert.ok(splits.some(([, s, at]) => s === 'الكرملين' && at === 1), JSON.stringify(splits));
    assert.ok(splits.some(([, s, at]) => s === 'كرملين' && at === 3), JSON.stringify(splits));
  });

  it('reports stem offsets in the original text past diacritics, from the token start', () => {
    const tokens = tokenize('قال وَبُوتِين');
    const split = cliticSplits(tokens[1]).find((s) => s.stem === 'بوتين');
    assert.ok(split, 'وَبُوتِين splits into و + بوتين');
    assert.strictEqual(split.stemStart, 6); // after "قال " (4), و (5) and its fatha (6)
    assert.strictEqual(normalize('قال وَبُوتِين'.slice(split.stemStart, tokens[1].end)), 'بوتين');
  });

  it('offers no stem shorter than two letters and no split of non-Arabic tokens', () => {
    assert.deepStrictEqual(readings('وب'), [['', 'وب', 0]]);
    assert.deepStrictEqual(readings('Washington'), [['', 'Washington', 0]]);
  });

  it('gives stems whose original slice normalises to the stem', () => {
    const word = fc.string({ unit: fc.constantFrom('و', 'ف', 'ب', 'ل', 'ك', 'ا', 'ل', 'أ', 'م', 'ن', 'َ', 'ّ', 'ـ'), minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(word, (w) => {
        const text = 'في ' + w;
        const tokens = tokenize(text).filter((t) => t.kind === 'arabic');
        return tokens.every((t) =>
          cliticSplits(t).every((s) => {
            const rest = normalize(text.slice(s.stemStart, t.end));
            // للأمم restores the article: the slice after the first ل reads لامم for the stem الامم.
            return s.stemStart >= t.start && s.stemStart < t.end && (rest === s.stem || (s.prefix === 'ل' && s.stem === 'ا' + rest));
          }),
        );
      }),
      { seed: SEED, numRuns: 500 },
    );
  });
});
