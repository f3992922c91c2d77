import * as assert from 'assert';
import { readFileSync } from 'fs';
import { resolve } from 'path';
import { applyCorrections } from '../../src/core/corrections';
import { correctionKey, reviewedCorrections, withCorrections, withoutCorrections } from '../../src/core/corrections-edit';
import { Correction, formatCorrections, readCorrections } from '../../src/core/corrections-file';
import { analyze } from '../../src/core/index';
import { Span } from '../../src/core/types';

const ROOT = resolve(__dirname, '..', '..', '..');
const SAMPLE = readFileSync(resolve(ROOT, 'seeds', 'sample-article.txt'), 'utf8');

const span = (needle: string): Span => {
  const start = SAMPLE.indexOf(needle);
  assert.ok(start >= 0, needle);
  return { start, end: start + needle.length, text: needle };
};

describe('core/corrections-edit', () => {
  const peskov = span('ديمتري بيسكوف');
  const kremlin = span('الكرملين');

  it('a new decision about the same thing replaces the earlier one, and undoing it puts that one back', () => {
    const asPlace: Correction = { op: 'entity', ...peskov, type: 'place' };
    const asOrganization: Correction = { op: 'entity', ...peskov, type: 'organization' };
    const other: Correction = { op: 'entity', ...kremlin, type: 'place' };
    const first = withCorrections([other], [asPlace]);
    assert.deepEqual(first, { corrections: [other, asPlace], replaced: [] });
    const second = withCorrections(first.corrections, [asOrganization]);
    assert.deepEqual(second, { corrections: [other, asOrganization], replaced: [asPlace] });
    assert.deepEqual(withoutCorrections(second.corrections, [asOrganization], second.replaced), [other, asPlace]);
    assert.equal(withoutCorrections([other], [asOrganization], second.replaced), undefined, 'nothing left to undo');
  });

  it('keys a role added and removed alike, and "same" and "different" on a pair in either order', () => {
    assert.equal(correctionKey({ op: 'role', entity: peskov, role: 'سفير' }), correctionKey({ op: 'role', entity: peskov, role: 'سفير', remove: true }));
    assert.notEqual(correctionKey({ op: 'role', entity: peskov, role: 'سفير' }), correctionKey({ op: 'role', entity: peskov, role: 'وزير' }));
    assert.equal(correctionKey({ op: 'same', a: peskov, b: kremlin }), correctionKey({ op: 'different', a: kremlin, b: peskov }));
    assert.notEqual(correctionKey({ op: 'speaker', quote: peskov, speaker: null }), correctionKey({ op: 'via', quote: peskov, via: null }));
  });

  it('reviewed corrections fix the analysis as it is: applied to it, they change nothing but who decided', () => {
    const analysis = analyze(SAMPLE);
    const reviewed = reviewedCorrections(analysis);
    const read = readCorrections(formatCorrections(reviewed));
    assert.ok(read.ok);
    const applied = applyCorrections(SAMPLE, analysis, read.corrections);
    assert.deepEqual(applied.unresolved, []);
    // The file cannot say in which order an entity's roles come (it sorts them): compared as sets.
    const undecided = (annotations: object) => JSON.parse(JSON.stringify(annotations, (key, value) => (key === 'by' ? undefined : key === 'roles' ? [...value].sort() : value)));
    assert.deepEqual(undecided(applied.annotations), undecided(analysis));
    assert.ok(applied.annotations.entities.every((entity) => entity.by === 'user'));
    assert.ok(applied.annotations.quotes.every((quote) => quote.by === 'user'));
  });
});
