import * as assert from 'assert';
import { readFileSync } from 'fs';
import { resolve } from 'path';
import { analyze } from '../../src/core/index';
import { applyCorrections } from '../../src/core/corrections';
import { Correction, correctionSpans, CORRECTIONS_SCHEMA, formatCorrections, readCorrections } from '../../src/core/corrections-file';
import { Annotations, Span } from '../../src/core/types';
import { contractViolations } from './analyze-contract';

// Compiled to out/test/core: the project root is three levels up.
const ROOT = resolve(__dirname, '..', '..', '..');
const SAMPLE = readFileSync(resolve(ROOT, 'seeds', 'sample-article.txt'), 'utf8');
const SAMPLE_SIDECAR = readFileSync(resolve(ROOT, 'test', 'fixtures', 'corrections', 'sample-article.txt.annotations.json'), 'utf8');

function sidecarCorrections(): Correction[] {
  const read = readCorrections(SAMPLE_SIDECAR);
  assert.ok(read.ok, read.ok ? '' : `line ${read.line}: ${read.message}`);
  return read.corrections;
}

const span = (text: string, needle: string, from = 0): Span => {
  const start = text.indexOf(needle, from);
  assert.ok(start >= 0, `${needle} is in the text`);
  return { start, end: start + needle.length, text: needle };
};

const entityWith = (annotations: Annotations, mentionText: string) => annotations.entities.find((e) => e.mentions.some((m) => m.text === mentionText));
const quoteWith = (annotations: Annotations, quoteText: string) => annotations.quotes.find((q) => q.text === quoteText);
const nameOf = (annotations: Annotations, id: string | null) => annotations.entities.find((e) => e.id === id)?.name ?? null;

/** What the sample's hand-written corrections change, checked on the corrected analysis of `text`. */
function assertSampleCorrectionsHold(text: string, corrected: Annotations): void {
  assert.deepStrictEqual(contractViolations(text, corrected), []);
  const paris = entityWith(corrected, 'باريس');
  assert.strictEqual(paris?.type, 'organization', 'type changed');
  assert.strictEqual(paris?.by, 'user');
  assert.strictEqual(entityWith(corrected, 'الشرق الأقصى'), undefined, 'false name gone');
  const media = entityWith(corrected, 'وسائل إعلام روسية');
  assert.strictEqual(media?.type, 'organization', 'missed name added');
  assert.strictEqual(media?.mentions.find((m) => m.text === 'وسائل إعلام روسية')?.by, 'user');
  const train = quoteWith(corrected, 'قطار كيم المدرع دخل روسيا ويسافر في المنطقة الساحلية الروسية المتاخمة لكوريا الشمالية');
  assert.strictEqual(nameOf(corrected, train?.speaker ?? null), 'وكالة ريا نوفوستي', 'speaker set');
  assert.strictEqual(train?.by, 'user');
  assert.strictEqual(quoteWith(corrected, 'مواضيع حساسة'), undefined, 'quotation removed');
  assert.deepStrictEqual(entityWith(corrected, 'يانغ')?.roles, ['رئيس جامعة الدراسات الكورية الشمالية'], 'role added');
}

describe('core/corrections-file', () => {
  it('reads the hand-written sidecar of the sample article', () => {
    assert.deepStrictEqual(sidecarCorrections().map((c) => c.op), ['quote', 'entity', 'entity', 'speaker', 'entity', 'role']);
  });

  it('names the line of a syntax error', () => {
    const broken = '{ "schema": "arabic-article-corrections/1",\n  "corrections": [\n    {"op": "entity", "start": 1 "end": 2}\n  ] }';
    assert.deepStrictEqual(readCorrections(broken), { ok: false, line: 3, message: 'expected "," or "}" after a property' });
    assert.deepStrictEqual(readCorrections('{ "schema": "x", '), { ok: false, line: 1, message: 'expected a property name in double quotes' });
  });

  it('names the line and the number of a correction that breaks the contract', () => {
    const file = (second: string) => `{ "schema": "${CORRECTIONS_SCHEMA}",\n  "corrections": [\n    {"op":"quote","start":0,"end":2,"text":"قا","kind":null},\n    ${second}\n  ] }`;
    const problem = (second: string) => {
      const read = readCorrections(file(second));
      return read.ok ? 'read' : `line ${read.line}: ${read.message}`;
    };
    assert.strictEqual(problem('{"op":"entity","start":0,"end":3,"text":"قا","type":"person"}'), 'line 4: correction 2: the correction: "text" has 2 UTF-16 code units but end − start is 3');
    assert.strictEqual(problem('{"op":"entity","start":0,"end":2,"text":"قا","type":"city"}'), 'line 4: correction 2: "type" must be one of "person", "place", "organization", "other", null');
    assert.strictEqual(problem('{"op":"rename","start":0,"end":2,"text":"قا"}'), 'line 4: correction 2: "op" must be one of entity, speaker, quote, role, same, different, via (found "rename")');
    assert.strictEqual(problem('{"op":"speaker","quote":{"start":0,"end":2,"text":"قا"}}'), 'line 4: correction 2: "speaker" must be a span: { "start", "end", "text" }');
    assert.strictEqual(problem('{"op":"role","entity":{"start":0,"end":2,"text":"قا"},"role":"سفير","remove":false}'), 'line 4: correction 2: "remove" must be true or absent');
    assert.strictEqual(problem('{"op":"same","a":{"start":0,"end":2,"text":"قا"},"b":{"start":4,"end":4,"text":""}}'), 'line 4: correction 2: "b" needs whole numbers "start" < "end" from 0');
    assert.deepStrictEqual(readCorrections('{"schema":"arabic-article-corrections/2","corrections":[]}'), { ok: false, line: 1, message: '"schema" must be "arabic-article-corrections/1" (found "arabic-article-corrections/2")' });
  });

  it('writes one correction a line in a stable order, and reads back what it wrote', () => {
    const corrections = sidecarCorrections();
    const written = formatCorrections(corrections);
    assert.strictEqual(formatCorrections([...corrections].reverse()), written);
    assert.strictEqual(written.split('\n').length, corrections.length + 4);
    const reread = readCorrections('\uFEFF' + written);
    assert.ok(reread.ok);
    assert.deepStrictEqual(reread.corrections, corrections);
    assert.deepStrictEqual(reread.lines, [3, 4, 5, 6, 7, 8]);
    assert.deepStrictEqual(readCorrections(formatCorrections([])), { ok: true, corrections: [], lines: [] });
  });
});

describe('core/corrections applyCorrections', () => {
  const analysis = analyze(SAMPLE);

  it('applies the sample sidecar: type changed, false name gone, name added, speaker set, quotation removed, role added', () => {
    const result = applyCorrections(SAMPLE, analysis, sidecarCorrections());
    assert.deepStrictEqual(result.unresolved, []);
    assert.deepStrictEqual(result.corrections, sidecarCorrections());
    assertSampleCorrectionsHold(SAMPLE, result.annotations);
    // The analysis itself is not changed.
    assert.strictEqual(entityWith(analysis, 'باريس')?.type, 'place');
    assert.ok(quoteWith(analysis, 'مواضيع حساسة'));
  });

  it('still applies every correction after a paragraph is inserted at the top, one that repeats a corrected text', () => {
    // «مواضيع حساسة» in the new paragraph is nearer the old offset than the true one below it.
    const inserted = 'أعلنت الحكومة اليوم خطة جديدة للنقل العام في المدن الكبرى والقرى. '.repeat(4) + 'وتناول الاجتماع مواضيع حساسة.\n\n';
    const edited = inserted + SAMPLE;
    const result = applyCorrections(edited, analyze(edited), sidecarCorrections());
    assert.deepStrictEqual(result.unresolved, []);
    assertSampleCorrectionsHold(edited, result.annotations);
    const starts = (corrections: Correction[], shift: number) => corrections.map((c) => correctionSpans(c).map((s) => s.start + shift));
    assert.deepStrictEqual(starts(result.corrections, 0), starts(sidecarCorrections(), inserted.length));
  });

  it('reports and keeps a correction whose text is gone, and applies the others', () => {
    const gone: Correction = { op: 'entity', start: 10, end: 21, text: 'أحمد القطان', type: 'person' };
    const corrections = [gone, ...sidecarCorrections()];
    const result = applyCorrections(SAMPLE, analysis, corrections);
    assert.deepStrictEqual(result.unresolved, [{ index: 0, correction: gone, reason: 'text-not-found', span: gone }]);
    assert.deepStrictEqual(result.corrections[0], gone, 'kept as it was');
    assertSampleCorrectionsHold(SAMPLE, result.annotations);
  });

  it('reports a correction whose text is there but not the annotation it corrects', () => {
    const text = 'قال الرئيس إن الوضع هادئ في المدينة.';
    const notAMention = span(text, 'الوضع');
    const notAQuote = span(text, 'المدينة');
    const result = applyCorrections(text, analyze(text), [
      { op: 'role', entity: notAMention, role: 'سفير' },
      { op: 'speaker', quote: notAQuote, speaker: null },
    ]);
    assert.deepStrictEqual(result.unresolved.map((u) => [u.index, u.reason, u.span.text]), [[0, 'no-mention', 'الوضع'], [1, 'no-quotation', 'المدينة']]);
  });

  describe('each op', () => {
    const text = 'قال أحمد القطان إن الاجتماع كان مثمرا. وأضاف القطان أن «الحوار مستمر». وقال سمير إن الوفد سيعود.';
    const base = analyze(text);
    const apply = (...corrections: Correction[]) => {
      const result = applyCorrections(text, base, corrections);
      assert.deepStrictEqual(result.unresolved, []);
      assert.deepStrictEqual(contractViolations(text, result.annotations), []);
      return result.annotations;
    };
    const fullName = span(text, 'أحمد القطان');
    const surname = span(text, 'القطان', fullName.end);
    const samir = span(text, 'سمير');
    const dialogue = span(text, 'الحوار مستمر');

    it('entity: a missed name is added, replacing what overlaps it, and joins the entity of its name', () => {
      const corrected = apply({ op: 'entity', ...fullName, type: 'person' }, { op: 'entity', ...surname, type: 'person' }, { op: 'entity', ...span(text, 'الوفد'), type: 'organization' });
      const ahmad = entityWith(corrected, 'أحمد القطان');
      assert.strictEqual(ahmad?.type, 'person');
      assert.ok(ahmad?.mentions.every((m) => m.by === 'user'));
      assert.strictEqual(entityWith(corrected, 'الوفد')?.type, 'organization');
      const replaced = apply({ op: 'entity', ...span(text, 'أحمد'), type: 'place' });
      assert.strictEqual(entityWith(replaced, 'أحمد القطان'), undefined);
      assert.strictEqual(entityWith(replaced, 'أحمد')?.type, 'place');
    });

    it('entity with type null: the mention goes, and the quotations it said lose their speaker', () => {
      const named = apply({ op: 'entity', ...samir, type: 'person' }, { op: 'speaker', quote: span(text, 'الوفد سيعود'), speaker: samir });
      assert.strictEqual(nameOf(named, quoteWith(named, 'الوفد سيعود')?.speaker ?? null), 'سمير');
      const withoutSamir = applyCorrections(text, named, [{ op: 'entity', ...samir, type: null }]).annotations;
      assert.strictEqual(entityWith(withoutSamir, 'سمير'), undefined);
      assert.strictEqual(quoteWith(withoutSamir, 'الوفد سيعود')?.speaker, null);
    });

    it('quote: added with a kind, its kind changed, removed with kind null; nothing there to remove is no problem', () => {
      const added = apply({ op: 'quote', ...span(text, 'الوفد سيعود'), kind: 'direct' }, { op: 'quote', ...dialogue, kind: 'indirect' });
      assert.strictEqual(quoteWith(added, 'الوفد سيعود')?.kind, 'direct');
      assert.strictEqual(quoteWith(added, 'الحوار مستمر')?.kind, 'indirect');
      assert.strictEqual(quoteWith(added, 'الحوار مستمر')?.by, 'user');
      assert.deepStrictEqual(added.quotes.map((q) => q.start), [...added.quotes.map((q) => q.start)].sort((a, b) => a - b));
      assert.strictEqual(new Set(added.quotes.map((q) => q.id)).size, added.quotes.length);
      const removed = apply({ op: 'quote', ...dialogue, kind: null }, { op: 'quote', ...samir, kind: null });
      assert.strictEqual(quoteWith(removed, 'الحوار مستمر'), undefined);
      assert.strictEqual(removed.quotes.length, base.quotes.length - 1);
    });

    it('speaker: set to the entity mentioned, or to an unnamed source', () => {
      const corrected = apply({ op: 'entity', ...samir, type: 'person' }, { op: 'speaker', quote: dialogue, speaker: samir });
      assert.strictEqual(nameOf(corrected, quoteWith(corrected, 'الحوار مستمر')?.speaker ?? null), 'سمير');
      assert.strictEqual(quoteWith(apply({ op: 'speaker', quote: dialogue, speaker: null }), 'الحوار مستمر')?.speaker, null);
    });

    it('via: the channel set to the organization mentioned, or removed with null; written and read back as it was', () => {
      const delegation = span(text, 'الوفد');
      const corrections: Correction[] = [{ op: 'entity', ...delegation, type: 'organization' }, { op: 'via', quote: dialogue, via: delegation }];
      const relayed = apply(...corrections);
      assert.strictEqual(nameOf(relayed, quoteWith(relayed, 'الحوار مستمر')?.via ?? null), 'الوفد');
      assert.strictEqual(quoteWith(relayed, 'الحوار مستمر')?.by, 'user');
      assert.strictEqual(quoteWith(applyCorrections(text, relayed, [{ op: 'via', quote: dialogue, via: null }]).annotations, 'الحوار مستمر')?.via, undefined);
      const reread = readCorrections(formatCorrections(corrections));
      assert.deepStrictEqual(reread.ok && reread.corrections, [corrections[1], corrections[0]]);
      const unresolved = applyCorrections(text, base, [{ op: 'via', quote: dialogue, via: span(text, 'الاجتماع') }]).unresolved;
      assert.deepStrictEqual(unresolved.map((u) => [u.reason, u.span.text]), [['no-mention', 'الاجتماع']]);
    });

    it('role: added first, removed with remove: true', () => {
      const added = apply({ op: 'entity', ...fullName, type: 'person' }, { op: 'role', entity: fullName, role: 'سفير' });
      assert.strictEqual(entityWith(added, 'أحمد القطان')?.roles[0], 'سفير');
      const removed = applyCorrections(text, added, [{ op: 'role', entity: fullName, role: 'سفير', remove: true }]).annotations;
      assert.ok(!entityWith(removed, 'أحمد القطان')?.roles.includes('سفير'));
    });

    it('same joins two entities, with their quotations; different splits one', () => {
      const two = apply({ op: 'entity', ...fullName, type: 'person' }, { op: 'entity', ...samir, type: 'person' }, { op: 'speaker', quote: dialogue, speaker: samir });
      const joined = applyCorrections(text, two, [{ op: 'same', a: fullName, b: samir }]).annotations;
      const ahmad = entityWith(joined, 'سمير');
      assert.strictEqual(ahmad, entityWith(joined, 'أحمد القطان'));
      assert.strictEqual(ahmad?.name, 'أحمد القطان');
      assert.strictEqual(quoteWith(joined, 'الحوار مستمر')?.speaker, ahmad?.id);
      const split = applyCorrections(text, joined, [{ op: 'different', a: fullName, b: samir }]).annotations;
      assert.notStrictEqual(entityWith(split, 'سمير')?.id, entityWith(split, 'أحمد القطان')?.id);
      assert.deepStrictEqual(contractViolations(text, split), []);
    });
  });
});
