import * as assert from 'assert';
import { readFileSync } from 'fs';
import { resolve } from 'path';
import { analyze, analyzeSteps, arabicLetterShare } from '../../src/core/index';
import { MAX_PIECE } from '../../src/core/analyze';
import { Annotations, SCHEMA_VERSION } from '../../src/core/types';
import { contractViolations } from './analyze-contract';

// Compiled to out/test/core: the project root is three levels up.
const SAMPLE = readFileSync(resolve(__dirname, '..', '..', '..', 'seeds', 'sample-article.txt'), 'utf8');

function runSteps(text: string): { steps: number; result: Annotations } {
  const steps = analyzeSteps(text);
  for (let count = 0; ; count++) {
    const step = steps.next();
    if (step.done) return { steps: count, result: step.value };
  }
}

/** What an analysis says, without offsets, to compare analyses of texts that differ in layout only. */
function meaning(text: string, annotations: Annotations): unknown {
  const nameOf = new Map(annotations.entities.map((e) => [e.id, e.name]));
  return {
    entities: annotations.entities.map((e) => [e.type, e.name, e.roles, e.mentions.map((m) => m.text)]),
    quotes: annotations.quotes.map((q) => [q.kind, q.text.replace(/\r/g, ''), q.speaker && nameOf.get(q.speaker), q.cue?.text, q.flags]),
    // Every offset still points at the same words.
    spans: annotations.entities.flatMap((e) => e.mentions.map((m) => text.slice(m.start, m.end))),
  };
}

describe('core/analyze', () => {
  it('returns empty annotations for empty text', () => {
    assert.deepStrictEqual(analyze(''), { schema: SCHEMA_VERSION, entities: [], quotes: [] });
  });

  it('keeps the contract on the sample article', () => {
    assert.deepStrictEqual(contractViolations(SAMPLE, analyze(SAMPLE)), []);
  });

  it('is deterministic', () => {
    assert.deepStrictEqual(analyze(SAMPLE), analyze(SAMPLE));
  });

  it('gives the same result step by step as at once', () => {
    const { steps, result } = runSteps(SAMPLE);
    assert.deepStrictEqual(result, analyze(SAMPLE));
    const paragraphs = SAMPLE.split('\n').filter((line) => line.trim()).length;
    assert.ok(steps >= paragraphs, `${steps} steps for ${paragraphs} paragraphs`);
  });

  it('cuts a long text without line breaks into many steps, so the editor can pause between them', function () {
    // About 200 KB, several times the cut (analyze.ts MAX_PIECE): enough to show the cutting. Both
    // analyses take about 0.7 s on an idle machine; 500 KB timed out under mocha's 2 s on a loaded
    // one. The timeout only keeps a loaded machine from failing: speed is the bench's to measure.
    this.timeout(20_000);
    const paragraph = SAMPLE.replace(/\s+/g, ' ');
    const count = 16;
    const longLine = Array(count).fill(paragraph).join(' ');
    // The same words in paragraphs take one step per paragraph; the rest are the document-level
    // passes, which take as many steps for the long line.
    const passSteps = runSteps(Array(count).fill(paragraph).join('\n')).steps - count;
    const { steps } = runSteps(longLine);
    assert.ok(steps - passSteps >= longLine.length / (64 * 1024), `${steps} steps for ${longLine.length} characters in one line, ${passSteps} of them for the passes`);
  });

  it('keeps a quotation whole across the point where a long line is cut into pieces', () => {
    // One line of sentences, with a quotation that opens before MAX_PIECE and closes after it.
    const sentence = 'وأضاف المتحدث أن الاجتماع تناول الأوضاع في المنطقة. ';
    const before = sentence.repeat(Math.ceil((MAX_PIECE - 200) / sentence.length));
    const quotation = 'نحن ملتزمون بالسلام ' + 'ونعمل مع شركائنا من أجل الاستقرار '.repeat(12);
    const text = before + 'وقال بوتين: «' + quotation + '» ' + sentence.repeat(20);
    const open = text.indexOf('«');
    const close = text.indexOf('»');
    assert.ok(open < MAX_PIECE && close > MAX_PIECE, 'the quotation spans the cut');
    const { quotes } = analyze(text);
    assert.deepStrictEqual(contractViolations(text, analyze(text)), []);
    const spanning = quotes.filter((q) => q.start <= close && q.end > open);
    assert.strictEqual(spanning.length, 1, JSON.stringify(spanning.map((q) => [q.start, q.end, q.flags])));
    assert.strictEqual(spanning[0].kind, 'direct');
    assert.strictEqual(spanning[0].text.trim(), quotation.trim());
    assert.deepStrictEqual(spanning[0].flags ?? [], []);
    assert.ok(!quotes.some((q) => q.start > close && q.flags?.includes('unclosed')), 'the closing mark opens no quotation');
  });

  it('reads format characters inside words as absent: soft hyphens, zero-width and bidi characters', () => {
    const formats = ['\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E',
      '\u2066', '\u2067', '\u2068', '\u2069', '\uFEFF', '\u00AD'];
    // One after every third Arabic letter, in turn.
    let letters = 0;
    const sprinkled = SAMPLE.replace(/[\u0621-\u064A]/g, (ch) => (++letters % 3 === 0 ? ch + formats[(letters / 3) % formats.length] : ch));
    const clean = analyze(SAMPLE);
    const annotations = analyze(sprinkled);
    assert.deepStrictEqual(contractViolations(sprinkled, annotations), []);
    assert.ok(Math.abs(annotations.entities.length - clean.entities.length) <= 0.2 * clean.entities.length,
      `${annotations.entities.length} entities, ${clean.entities.length} without format characters`);
    assert.ok(annotations.quotes.length >= 0.9 * clean.quotes.length, `${annotations.quotes.length} quotations, ${clean.quotes.length} without`);
    const formatCharacter = /[\u00AD\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/;
    assert.deepStrictEqual(annotations.entities.filter((e) => formatCharacter.test(e.name)).map((e) => e.name), []);
    const [putin] = analyze('وقال بو\u00ADتين إن الوضع جيد').entities;
    assert.deepStrictEqual([putin.name, putin.mentions[0].text], ['بوتين', 'بو\u00ADتين']);
  });

  it('reads Arabic presentation forms (PDF copy) as their base letters, with offsets into the text as given', () => {
    // Each letter in its contextual form from Unicode's decompositions (isolated, final, initial,
    // medial, in that order in U+FE80–FEF4), and لا as the lam-alef ligature.
    const forms = new Map<string, string[]>();
    for (let code = 0xfe80; code <= 0xfef4; code++) {
      const form = String.fromCharCode(code);
      const base = form.normalize('NFKC');
      forms.set(base, [...(forms.get(base) ?? []), form]);
    }
    const joinsNext = (ch: string | undefined): boolean => ch !== undefined && forms.get(ch)?.length === 4;
    let presented = '';
    for (let i = 0; i < SAMPLE.length; i++) {
      const [ch, next] = [SAMPLE[i], SAMPLE[i + 1]];
      const joined = joinsNext(SAMPLE[i - 1]);
      const letterForms = forms.get(ch);
      if (ch === 'ل' && next === 'ا') {
        presented += joined ? '\uFEFC' : '\uFEFB';
        i++;
      } else if (!letterForms) {
        presented += ch;
      } else {
        const joining = letterForms.length === 4 && next !== undefined && forms.has(next);
        presented += letterForms[joined && joining ? 3 : joined ? 1 : joining ? 2 : 0];
      }
    }
    assert.ok(!/[\u0621-\u064A]/.test(presented), 'no base letter left');
    assert.ok(arabicLetterShare(presented) > 0.99, `Arabic letter share ${arabicLetterShare(presented)}`);
    const clean = analyze(SAMPLE);
    const annotations = analyze(presented);
    assert.deepStrictEqual(contractViolations(presented, annotations), []);
    assert.ok(Math.abs(annotations.entities.length - clean.entities.length) <= 0.2 * clean.entities.length,
      `${annotations.entities.length} entities, ${clean.entities.length} in base letters`);
    assert.ok(annotations.quotes.length >= 0.9 * clean.quotes.length, `${annotations.quotes.length} quotations, ${clean.quotes.length} in base letters`);
  });

  it('can be abandoned between steps', () => {
    const steps = analyzeSteps(SAMPLE);
    steps.next();
    assert.deepStrictEqual(steps.return(undefined as never), { done: true, value: undefined });
  });

  for (const [name, ending] of [['CRLF', '\r\n'], ['CR-only', '\r']]) {
    it(`reads ${name} line endings as LF, with offsets into the text as given`, () => {
      const lf = SAMPLE.replace(/\r\n/g, '\n');
      const other = lf.replace(/\n/g, ending);
      const annotations = analyze(other);
      assert.deepStrictEqual(contractViolations(other, annotations), []);
      assert.deepStrictEqual(meaning(other, annotations), meaning(lf, analyze(lf)));
    });
  }

  it('reads a text with bidi marks around words as the plain text, offsets shifted', () => {
    // Editors and web copies wrap names in RLM/LRM; they are invisible and must not change the analysis.
    const marked = SAMPLE.replace(/ /g, '\u200F ');
    const annotations = analyze(marked);
    assert.deepStrictEqual(contractViolations(marked, annotations), []);
    const strip = (s: unknown): unknown => JSON.parse(JSON.stringify(s).replace(/\u200F/g, ''));
    assert.deepStrictEqual(strip(meaning(marked, annotations)), strip(meaning(SAMPLE, analyze(SAMPLE))));
  });
});
