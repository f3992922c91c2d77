import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyze } from '../../src/core/analyze';
import type { SpeakerExplanation } from '../../src/core/speaker-rules';
import { AnalysisCache, Timers } from '../../src/vscode/model/analysisCache';
import type { MentionMargin } from '../../src/core/entities/margins';
import { uncertainMentionKeys, uncertainQuoteIds } from '../../src/vscode/model/uncertainty';
import { WorkerAnalyzer } from '../../src/vscode/workerAnalyzer';
import { FakeDocument as Document } from './fake-document';

const SAMPLE = readFileSync(resolve(__dirname, '..', '..', '..', 'seeds', 'sample-article.txt'), 'utf8');

const timers: Timers = {
  now: () => performance.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};


describe('vscode/workerAnalyzer (a real worker thread)', function () {
  // The worker loads the core and its model on its first request.
  this.timeout(60_000);
  let worker: WorkerAnalyzer;
  beforeEach(() => {
    worker = new WorkerAnalyzer();
  });
  afterEach(() => worker.dispose());

  it('returns what the core returns on this thread, the quotations whose speaker was guessed and the names the tagger was unsure of', async () => {
    const explanations: SpeakerExplanation[] = [];
    const margins: MentionMargin[] = [];
    assert.deepEqual(await worker.analyze(SAMPLE, () => false), {
      annotations: analyze(SAMPLE, explanations, margins), uncertainQuotes: uncertainQuoteIds(explanations), uncertainMentions: uncertainMentionKeys(margins),
    });
  });

  it('answers queued requests each with its own text, and stops work that went stale', async () => {
    const long = Array.from({ length: 40 }, () => SAMPLE).join('\n');
    const stale = worker.analyze(long, () => true);
    const fresh = worker.analyze('قال الرئيس فلاديمير بوتين إن «الوضع جيد».', () => false);
    assert.equal(await stale, undefined);
    assert.equal((await fresh)?.annotations.quotes.length, 1);
  });

  it('keeps the store\'s contract: one analysis per version, stale versions dropped, forgotten documents not reported', async () => {
    const analysed: Array<[string, number]> = [];
    const cache = new AnalysisCache({
      loadAnalyzer: () => Promise.resolve(worker.analyze),
      timers,
      onAnalysed: (key, analysis) => analysed.push([key, analysis.version]),
      onError: (_key, error) => assert.fail(String(error)),
    });
    const document = new Document(SAMPLE);
    const first = cache.current('a', document);
    document.edit(`${SAMPLE}\nوقال بوتين إن «الوضع جيد».`);
    const annotations = await first;
    assert.equal(annotations?.quotes.length, analyze(document.text).quotes.length, 'the newest version is answered');
    assert.deepEqual(analysed, [['a', 2]], 'only the current version is reported');
    assert.equal(await cache.current('a', document), annotations, 'the same version is not analysed again');

    const closing = new Document(SAMPLE);
    const pending = cache.current('b', closing);
    cache.forget('b');
    assert.equal(await pending, undefined);
    assert.equal(cache.latest('b'), undefined);
    assert.deepEqual(analysed, [['a', 2]], 'a forgotten document is not reported');
  });
});
