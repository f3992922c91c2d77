import * as assert from 'assert';
import { formatTextReport } from '../../src/cli/report';
import { Annotations, SCHEMA_VERSION } from '../../src/core/types';

function span(text: string, part: string, occurrence = 0): { start: number; end: number; text: string } {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(part, start + 1);
  assert.ok(start >= 0, `"${part}" occurs ${occurrence + 1} times`);
  return { start, end: start + part.length, text: part };
}

const TEXT = 'قال الرئيس الروسي فلاديمير بوتين في موسكو: "سنرد\nبقوة". وقال بوتين إن الوضع هادئ. ويرى محللون أن الأزمة طويلة.';

const ANNOTATIONS: Annotations = {
  schema: SCHEMA_VERSION,
  entities: [
    { id: 'e1', type: 'place', name: 'موسكو', roles: [], mentions: [span(TEXT, 'موسكو')] },
    {
      id: 'e2',
      type: 'person',
      name: 'فلاديمير بوتين',
      roles: ['الرئيس الروسي'],
      mentions: [span(TEXT, 'فلاديمير بوتين'), span(TEXT, 'بوتين', 1)],
    },
  ],
  quotes: [
    { id: 'q1', kind: 'direct', ...span(TEXT, 'سنرد\nبقوة'), speaker: 'e2', cue: span(TEXT, 'قال') },
    { id: 'q2', kind: 'indirect', ...span(TEXT, 'الوضع هادئ'), speaker: 'e2', cue: span(TEXT, 'وقال'), flags: ['unclosed'] },
    { id: 'q3', kind: 'indirect', ...span(TEXT, 'الأزمة طويلة'), speaker: null, cue: span(TEXT, 'ويرى') },
  ],
};

describe('cli/report formatTextReport', () => {
  const report = formatTextReport(ANNOTATIONS);
  const lines = report.split('\n');

  it('counts entities by type and lists people before places, with roles and mention counts', () => {
    assert.strictEqual(lines[0], 'Entities: 2 (People: 1, Places: 1)');
    const people = lines.indexOf('People');
    const places = lines.indexOf('Places');
    assert.ok(people > 0 && places > people, report);
    assert.strictEqual(lines[people + 1], '  فلاديمير بوتين — 2 mentions');
    assert.strictEqual(lines[people + 2], '    roles: الرئيس الروسي');
    assert.strictEqual(lines[places + 1], '  موسكو — 1 mention');
  });

  it('lists each speaker once with their quotations on one line each, then the unattributed ones', () => {
    const speakers = lines.indexOf('Speakers');
    assert.ok(speakers > 0, report);
    assert.strictEqual(lines[speakers + 1], '  فلاديمير بوتين (person) — 2 quotations');
    assert.strictEqual(lines[speakers + 2], `    direct [${ANNOTATIONS.quotes[0].start}–${ANNOTATIONS.quotes[0].end}] after “قال”: «سنرد بقوة»`);
    assert.match(lines[speakers + 3], /^ {4}indirect \[\d+–\d+\] after “وقال” \(unclosed\): «الوضع هادئ»$/);
    const unattributed = lines.indexOf('Unattributed quotations');
    assert.ok(unattributed > speakers + 3, report);
    assert.match(lines[unattributed + 1], /^ {2}indirect \[\d+–\d+\] after “ويرى”: «الأزمة طويلة»$/);
  });

  it('summarises the quotation kinds', () => {
    assert.ok(lines.includes('Quotations: 3 (1 direct, 2 indirect)'), report);
  });

  it('reports an empty analysis without empty sections', () => {
    assert.strictEqual(formatTextReport({ schema: SCHEMA_VERSION, entities: [], quotes: [] }), 'Entities: 0\n\nQuotations: 0\n');
  });

  it('still reports a quotation whose speaker id names no entity', () => {
    const dangling: Annotations = { ...ANNOTATIONS, entities: [], quotes: [ANNOTATIONS.quotes[0]] };
    assert.match(formatTextReport(dangling), /unknown entity e2 — 1 quotation/);
  });
});
