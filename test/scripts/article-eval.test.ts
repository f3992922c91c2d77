import * as assert from 'assert';
import { GoldFile, prfFromCounts, resolveGold, sameRole, scoreEntities, scoreQuotes, scoreRoles } from '../../scripts/article-eval';
import { Entity, Quote } from '../../src/core/types';

const TEXT = 'وقال كيم جونغ أون إن كيم سيزور موسكو. وأضاف لموسكو: “نعم”.';

function goldFile(quotes: GoldFile['quotes'] = []): GoldFile {
  return {
    article: '',
    entities: [
      { name: 'كيم جونغ أون', type: 'person', mentions: ['كيم', 'كيم جونغ أون'], roles: ['الزعيم'] },
      { name: 'موسكو', type: 'place', mentions: ['موسكو'], roles: [] },
    ],
    quotes,
  };
}

function entity(id: string, type: Entity['type'], spans: [number, number][], roles: string[] = []): Entity {
  return { id, type, name: id, roles, mentions: spans.map(([start, end]) => ({ start, end, text: TEXT.slice(start, end) })) };
}

function quote(id: string, kind: Quote['kind'], start: number, end: number, speaker: string | null): Quote {
  return { id, kind, start, end, text: TEXT.slice(start, end), speaker, cue: null };
}

describe('scripts/article-eval resolveGold', () => {
  it('finds surface forms at word boundaries, after proclitics, longest first, never twice', () => {
    const gold = resolveGold(TEXT, goldFile());
    const [kim, moscow] = gold.entities;
    assert.deepStrictEqual(kim.mentions.map((m) => m.text), ['كيم جونغ أون', 'كيم']);
    assert.deepStrictEqual(moscow.mentions.map((m) => TEXT.slice(m.start - 1, m.end)), [' موسكو', 'لموسكو']);
  });

  it('locates quotations by text and insists on an occurrence when the text repeats', () => {
    const gold = resolveGold(TEXT, goldFile([{ kind: 'direct', text: 'نعم', speaker: 'كيم جونغ أون', cue: 'وأضاف' }]));
    assert.strictEqual(TEXT.slice(gold.quotes[0].start, gold.quotes[0].end), 'نعم');
    assert.throws(() => resolveGold(TEXT, goldFile([{ kind: 'indirect', text: 'كيم', speaker: null, cue: null }])), /occurrence/);
    assert.throws(() => resolveGold(TEXT, goldFile([{ kind: 'direct', text: 'نعم', speaker: 'بوتين', cue: null }])), /not a gold entity/);
    assert.throws(() => resolveGold('نص آخر', goldFile()), /not in the text/);
  });
});

describe('scripts/article-eval scores', () => {
  it('computes precision and recall from their own counts', () => {
    assert.deepStrictEqual(prfFromCounts(3, 4, 2, 4), { right: 3, system: 4, found: 2, gold: 4, precision: 0.75, recall: 0.5, f1: 0.6 });
    assert.deepStrictEqual(prfFromCounts(0, 0, 0, 0).f1, 1);
  });

  it('scores entity mentions by overlap within the same type', () => {
    const gold = resolveGold(TEXT, goldFile()).entities;
    // One person mention overlapping, one wrongly typed as a place, and a spurious place.
    const system = [entity('s1', 'person', [[5, 8]]), entity('s2', 'place', [[21, 24], [0, 4]])];
    const scores = scoreEntities(gold, system);
    assert.deepStrictEqual([scores.person.right, scores.person.system, scores.person.found, scores.person.gold], [1, 1, 1, 2]);
    assert.deepStrictEqual([scores.place.right, scores.place.system, scores.place.found, scores.place.gold], [0, 2, 0, 2]);
    assert.deepStrictEqual([scores.all.right, scores.all.system, scores.all.found, scores.all.gold], [1, 3, 1, 4]);
  });

  it('matches quotations one to one, so an indirect span holding a direct one counts once', () => {
    const file = goldFile([
      { kind: 'indirect', text: 'كيم سيزور موسكو', speaker: 'كيم جونغ أون', cue: 'وقال' },
      { kind: 'direct', text: 'نعم', speaker: 'كيم جونغ أون', cue: 'وأضاف' },
    ]);
    const gold = resolveGold(TEXT, file);
    const indirectStart = TEXT.indexOf('كيم سيزور');
    const whole = quote('q1', 'indirect', indirectStart, TEXT.length, 's1');
    const system = [entity('s1', 'person', [[5, 17]])];
    const one = scoreQuotes(gold, [whole], system);
    assert.deepStrictEqual([one.matched, one.precision, one.recall, one.speakerAccuracy], [1, 1, 0.5, 1]);
    const wrongSpeaker = scoreQuotes(gold, [whole, quote('q2', 'direct', TEXT.indexOf('نعم'), TEXT.indexOf('نعم') + 3, null)], system);
    assert.deepStrictEqual([wrongSpeaker.matched, wrongSpeaker.speakerRight], [2, 1]);
  });

  it('scores each kind of speech over all its gold quotations, and counts quoted terms given as speech', () => {
    const file = goldFile([
      { kind: 'indirect', text: 'كيم سيزور موسكو', speaker: 'كيم جونغ أون', cue: 'وقال' },
      { kind: 'term', text: 'نعم', speaker: null, cue: null },
    ]);
    const gold = resolveGold(TEXT, file);
    const system = [entity('s1', 'person', [[5, 17]])];
    const at = TEXT.indexOf('نعم');
    const scores = scoreQuotes(gold, [quote('q1', 'direct', at, at + 3, 's1')], system);
    assert.deepStrictEqual([scores.gold, scores.notSpeech], [1, 1]);
    assert.deepStrictEqual(scores.byKind.indirect, { gold: 1, found: 0, speakerRight: 0 });
    assert.deepStrictEqual(scores.byKind.direct, { gold: 0, found: 0, speakerRight: 0 });
  });

  it('does not count a quoted phrase inside gold reported speech as not speech', () => {
    const file = goldFile([{ kind: 'indirect', text: 'كيم سيزور موسكو', speaker: 'كيم جونغ أون', cue: 'وقال' }]);
    const gold = resolveGold(TEXT, file);
    const system = [entity('s1', 'person', [[5, 17]])];
    const at = TEXT.indexOf('كيم سيزور موسكو');
    const whole = quote('q1', 'indirect', at, at + 'كيم سيزور موسكو'.length, 's1');
    const inner = quote('q2', 'direct', TEXT.indexOf('موسكو', at), TEXT.indexOf('موسكو', at) + 5, 's1');
    const scores = scoreQuotes(gold, [whole, inner], system);
    assert.deepStrictEqual([scores.matched, scores.notSpeech, scores.unmatchedInSpeech], [1, 0, 1]);
  });

  it('counts channels the gold gives and the system finds, and channels it gives that the gold does not', () => {
    const file = goldFile([
      { kind: 'indirect', text: 'كيم سيزور موسكو', speaker: 'كيم جونغ أون', cue: 'وقال', via: 'موسكو' },
      { kind: 'direct', text: 'نعم', speaker: 'كيم جونغ أون', cue: 'وأضاف' },
    ]);
    const gold = resolveGold(TEXT, file);
    const system = [entity('s1', 'person', [[5, 17]]), entity('s2', 'place', [[TEXT.indexOf('موسكو'), TEXT.indexOf('موسكو') + 5]])];
    const reported = TEXT.indexOf('كيم سيزور');
    const yes = TEXT.indexOf('نعم');
    const viaMoscow = (q: Quote): Quote => ({ ...q, via: 's2' });
    const right = scoreQuotes(gold, [viaMoscow(quote('q1', 'indirect', reported, reported + 15, 's1')), quote('q2', 'direct', yes, yes + 3, 's1')], system);
    assert.deepStrictEqual([right.viaGold, right.viaRight, right.viaWrong], [1, 1, 0]);
    const both = scoreQuotes(gold, [viaMoscow(quote('q1', 'indirect', reported, reported + 15, 's1')), viaMoscow(quote('q2', 'direct', yes, yes + 3, 's1'))], system);
    assert.deepStrictEqual([both.viaRight, both.viaWrong], [1, 1]);
    const none = scoreQuotes(gold, [quote('q1', 'indirect', reported, reported + 15, 's1')], system);
    assert.deepStrictEqual([none.viaRight, none.viaWrong], [0, 0]);
  });

  it('counts reported speech that overlaps no gold quotation', () => {
    const gold = resolveGold(TEXT, goldFile([{ kind: 'indirect', text: 'كيم سيزور موسكو', speaker: 'كيم جونغ أون', cue: 'وقال' }]));
    const inGold = TEXT.indexOf('كيم سيزور');
    const elsewhere = TEXT.indexOf('نعم');
    const scores = scoreQuotes(gold, [quote('q1', 'indirect', inGold, inGold + 8, null), quote('q2', 'indirect', elsewhere, elsewhere + 3, null)], []);
    assert.deepStrictEqual([scores.reported, scores.reportedNotInGold], [2, 1]);
  });

  it('matches roles by their words, one inside the other, and scores persons with roles only', () => {
    assert.ok(sameRole('وزير الطاقة', 'وزير الطاقة الأمير'));
    assert.ok(sameRole('الرئيس الروسي', 'الرئيس الروسيّ'));
    assert.ok(sameRole('الرئيس', 'الرئيس الروسي السابق'));
    assert.ok(!sameRole('وزير الطاقة', 'وزير الخارجية'));
    const gold = resolveGold(TEXT, goldFile()).entities;
    const scores = scoreRoles(gold, [entity('s1', 'person', [[5, 17], [21, 24]], ['الزعيم الكوري', 'الرئيس'])]);
    assert.deepStrictEqual(scores, { gold: 1, found: 1, system: 2, right: 1, recall: 1, accuracy: 0.5, persons: 1, shownRight: 1 });
  });
});
