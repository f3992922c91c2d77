import * as assert from 'node:assert/strict';
import type { Annotations } from '../../../src/core/types';
import { SCHEMA_VERSION } from '../../../src/core/types';
import { AnalysisCache, AnalyzerSteps, runInSlices, slicedAnalyzer } from '../../../src/vscode/model/analysisCache';
import { KeyedDebouncer } from '../../../src/vscode/model/debouncer';
import { FakeClock } from '../fake-clock';
import { FakeDocument } from '../fake-document';

function annotationsFor(text: string): Annotations {
  return { schema: SCHEMA_VERSION, entities: [{ id: 'e1', type: 'person', name: text, roles: [], mentions: [] }], quotes: [] };
}

/** An analyzer that takes `steps` steps of `msPerStep` each on the fake clock. */
function fakeAnalyzer(clock: FakeClock, steps: number, msPerStep: number): { analyzer: AnalyzerSteps; log: string[] } {
  const log: string[] = [];
  const analyzer: AnalyzerSteps = function* (text) {
    log.push(`start ${text}`);
    for (let i = 0; i < steps; i++) {
      clock.time += msPerStep;
      yield;
    }
    log.push(`done ${text}`);
    return annotationsFor(text);
  };
  return { analyzer, log };
}


function cacheWith(clock: FakeClock, analyzer: AnalyzerSteps, whenQuiet?: (key: string) => Promise<void>) {
  const analysed: Array<[string, number]> = [];
  const cache = new AnalysisCache({
    loadAnalyzer: () => Promise.resolve(slicedAnalyzer(analyzer, clock, 10)),
    timers: clock,
    onAnalysed: (key, analysis) => analysed.push([key, analysis.version]),
    onError: (_key, error) => assert.fail(String(error)),
    whenQuiet,
  });
  return { cache, analysed };
}

describe('vscode/model/analysisCache', () => {
  describe('runInSlices', () => {
    it('gives the event loop a turn after each slice of work', async () => {
      const clock = new FakeClock();
      const { analyzer } = fakeAnalyzer(clock, 9, 4);
      const result = runInSlices(analyzer('x', [], []), () => false, clock, 10);
      await clock.advance(100);
      assert.equal((await result)?.entities[0].name, 'x');
      // 4 ms steps in 10 ms slices run 3 steps a slice: [1-3] [4-6] [7-9] [the result], 3 turns between.
      assert.equal(clock.zeroDelayTimers, 3);
    });

    it('stops at the next step once the result would be stale, and closes the generator', async () => {
      const clock = new FakeClock();
      let closed = false;
      let stepsRun = 0;
      const steps = (function* () {
        try {
          for (;;) {
            stepsRun++;
            clock.time += 6;
            yield;
          }
        } finally {
          closed = true;
        }
      })();
      let stale = false;
      const result = runInSlices(steps, () => stale, clock, 10);
      await clock.advance(0);
      const before = stepsRun;
      stale = true;
      await clock.advance(100);
      assert.equal(await result, undefined);
      assert.equal(stepsRun, before);
      assert.ok(closed);
    });
  });

  describe('AnalysisCache', () => {
    it('analyses a version once and shares it', async () => {
      const clock = new FakeClock();
      const { analyzer, log } = fakeAnalyzer(clock, 3, 1);
      const { cache, analysed } = cacheWith(clock, analyzer);
      const document = new FakeDocument('a');
      cache.schedule('doc', document);
      const [first, second] = await Promise.all([cache.current('doc', document), cache.current('doc', document), clock.advance(10)]);
      assert.equal(first, second);
      assert.deepEqual(log, ['start a', 'done a']);
      assert.deepEqual(analysed, [['doc', 1]]);
      assert.equal(await cache.current('doc', document), first, 'a finished version is answered at once');
    });

    it('drops work for a version that changed and answers for the newest one', async () => {
      const clock = new FakeClock();
      const { analyzer, log } = fakeAnalyzer(clock, 30, 4);
      const { cache, analysed } = cacheWith(clock, analyzer);
      const document = new FakeDocument('old');
      const answer = cache.current('doc', document);
      await clock.advance(0); // the first slice of "old" runs
      document.edit('new');
      await clock.advance(1000);
      assert.equal((await answer)?.entities[0].name, 'new');
      assert.deepEqual(log, ['start old', 'start new', 'done new']);
      assert.deepEqual(analysed, [['doc', 2]]);
    });

    it('keeps the last finished analysis while a newer version is pending', async () => {
      const clock = new FakeClock();
      const { analyzer } = fakeAnalyzer(clock, 2, 1);
      const { cache } = cacheWith(clock, analyzer);
      const document = new FakeDocument('first');
      cache.schedule('doc', document);
      await clock.advance(10);
      document.edit('second');
      assert.equal(cache.latest('doc')?.version, 1, 'highlights of version 1 stay until version 2 is analysed');
      cache.schedule('doc', document);
      await clock.advance(10);
      assert.equal(cache.latest('doc')?.version, 2);
    });

    it('forgets a document: its work stops and nothing is reported', async () => {
      const clock = new FakeClock();
      const { analyzer, log } = fakeAnalyzer(clock, 30, 4);
      const { cache, analysed } = cacheWith(clock, analyzer);
      const document = new FakeDocument('gone');
      const answer = cache.current('doc', document);
      await clock.advance(0);
      cache.forget('doc');
      await clock.advance(1000);
      assert.equal(await answer, undefined);
      assert.deepEqual(log, ['start gone']);
      assert.deepEqual(analysed, []);
      assert.equal(cache.latest('doc'), undefined);
      assert.equal(cache.has('doc'), false);
    });

    it('reports a failing analysis without retrying it forever', async () => {
      const clock = new FakeClock();
      const errors: unknown[] = [];
      const cache = new AnalysisCache({
        loadAnalyzer: () => Promise.reject(new Error('no model')),
        timers: clock,
        onAnalysed: () => assert.fail('nothing to report'),
        onError: (_key, error) => errors.push(error),
      });
      assert.equal(await cache.current('doc', new FakeDocument('x')), undefined);
      assert.equal(errors.length, 1);
    });
  });

  describe('KeyedDebouncer', () => {
    it('runs once per key after the last request has been quiet for the delay', async () => {
      const clock = new FakeClock();
      const debouncer = new KeyedDebouncer(clock);
      const runs: string[] = [];
      for (let keystroke = 0; keystroke < 5; keystroke++) {
        debouncer.request('a', 300, () => runs.push('a'));
        await clock.advance(100);
      }
      debouncer.request('b', 300, () => runs.push('b'));
      assert.deepEqual(runs, []);
      await clock.advance(299);
      assert.deepEqual(runs, ['a'], 'a: 300 ms after its last keystroke');
      await clock.advance(1);
      assert.deepEqual(runs, ['a', 'b']);
    });

    it('cancels a pending action', async () => {
      const clock = new FakeClock();
      const debouncer = new KeyedDebouncer(clock);
      const runs: string[] = [];
      debouncer.request('a', 300, () => runs.push('a'));
      debouncer.request('b', 300, () => runs.push('b'));
      debouncer.cancel('a');
      await clock.advance(1000);
      assert.deepEqual(runs, ['b']);
      debouncer.request('c', 300, () => runs.push('c'));
      debouncer.cancelAll();
      await clock.advance(1000);
      assert.deepEqual(runs, ['b']);
    });

    it('tells when a key is quiet: after its last action ran, or at once when nothing is pending', async () => {
      const clock = new FakeClock();
      const debouncer = new KeyedDebouncer(clock);
      const events: string[] = [];
      await debouncer.whenQuiet('a');
      debouncer.request('a', 300, () => events.push('action'));
      void debouncer.whenQuiet('a').then(() => events.push('quiet'));
      await clock.advance(200);
      debouncer.request('a', 300, () => events.push('action'));
      await clock.advance(200);
      assert.equal(events.length, 0, 'a new keystroke keeps the key busy');
      await clock.advance(100);
      assert.deepEqual(events, ['action', 'quiet']);
      debouncer.request('a', 300, () => events.push('action'));
      void debouncer.whenQuiet('a').then(() => events.push('quiet after cancel'));
      debouncer.cancel('a');
      await clock.advance(0);
      assert.deepEqual(events, ['action', 'quiet', 'quiet after cancel']);
    });
  });

  describe('AnalysisCache with a debounced document', () => {
    it('does not analyse the versions typed during the debounce, only the one after it', async () => {
      const clock = new FakeClock();
      const { analyzer, log } = fakeAnalyzer(clock, 3, 1);
      const debouncer = new KeyedDebouncer(clock);
      const { cache } = cacheWith(clock, analyzer, (key) => debouncer.whenQuiet(key));
      const document = new FakeDocument('a');
      const answers: Array<Promise<Annotations | undefined>> = [];
      for (const text of ['ab', 'abc', 'abcd']) {
        document.edit(text);
        debouncer.request('doc', 300, () => cache.schedule('doc', document));
        answers.push(cache.current('doc', document)); // a hover or highlight request per keystroke
        await clock.advance(50);
      }
      await clock.advance(1000);
      const names = (await Promise.all(answers)).map((answer) => answer?.entities[0].name);
      assert.deepEqual(names, ['abcd', 'abcd', 'abcd']);
      assert.deepEqual(log, ['start abcd', 'done abcd']);
    });

    // Closing a document forgets it as AnnotationStore does: its debounce is cancelled (which
    // releases the waiters) and the cache drops it, in either order.
    const closings: Array<[string, (cache: AnalysisCache, debouncer: KeyedDebouncer) => void]> = [
      ['debounce cancelled first', (cache, debouncer) => { debouncer.cancel('doc'); cache.forget('doc'); }],
      ['cache forgotten first', (cache, debouncer) => { cache.forget('doc'); debouncer.cancel('doc'); }],
    ];
    for (const [order, close] of closings) {
      it(`answers nothing to a request waiting for typing to settle when the document closes, and neither analyses nor keeps it (${order})`, async () => {
        const clock = new FakeClock();
        const { analyzer, log } = fakeAnalyzer(clock, 3, 1);
        const debouncer = new KeyedDebouncer(clock);
        const { cache, analysed } = cacheWith(clock, analyzer, (key) => debouncer.whenQuiet(key));
        const document = new FakeDocument('a');
        cache.schedule('doc', document);
        await clock.advance(10);
        document.edit('ab');
        debouncer.request('doc', 300, () => cache.schedule('doc', document));
        const hover = cache.current('doc', document);
        const outline = cache.current('doc', document);
        await clock.advance(100);
        close(cache, debouncer);
        await clock.advance(1000);
        assert.deepEqual(await Promise.all([hover, outline]), [undefined, undefined]);
        assert.equal(cache.has('doc'), false);
        assert.equal(cache.latest('doc'), undefined);
        assert.deepEqual(log, ['start a', 'done a'], 'the closed version is not analysed');
        assert.deepEqual(analysed, [['doc', 1]]);
      });
    }
  });
});
