import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyze } from '../../../src/core/analyze';
import { SpeakerExplanation, SpeakerRule } from '../../../src/core/speaker-rules';
import { MentionMargin } from '../../../src/core/entities/margins';
import {
  ENTITY_MARGIN_THRESHOLD, mentionKey, uncertainMentionKeys, uncertainMentions, uncertainQuoteIds, uncertainQuotes, uncertainSpans,
} from '../../../src/vscode/model/uncertainty';
import { ARTICLE, articleAnnotations, spanOf } from '../fixtures';

const explanation = (quote: string, ...rules: SpeakerRule[]): SpeakerExplanation => ({ quote, rules, evidence: null });

describe('vscode/model/uncertainty', () => {
  it('takes a speaker read off the words before the quotation as certain, one guessed from the discourse as not', () => {
    const ids = uncertainQuoteIds([
      explanation('q1', 'subject-after-cue'),
      explanation('q2', 'title-then-name'),
      explanation('q3', 'last-speaker'),
      explanation('q4', 'previous-quotation', 'subject-after-cue'),
      explanation('q5', 'participle-of-previous', 'nobody-spoke-yet'),
      explanation('q6', 'name-after-unknown-word'),
    ]);
    assert.deepEqual(ids, ['q3', 'q4', 'q5', 'q6']);
  });

  it('does not call a quotation with no speaker uncertain: nobody was guessed', () => {
    assert.deepEqual(uncertainQuoteIds([explanation('q1', 'last-speaker', 'nothing-found'), explanation('q2', 'impersonal')]), []);
  });

  it('marks the guessed quotations of an analysis by start, leaving out those a person decided', () => {
    const annotations = articleAnnotations();
    const decided = annotations.quotes.find((quote) => quote.id === 'q3');
    if (decided) decided.by = 'user';
    const marked = uncertainQuotes(annotations, new Set(['q3', 'q2', 'q1', 'q4']));
    // q4 has no speaker; q3 was corrected.
    assert.deepEqual(marked.map((quote) => quote.id), ['q1', 'q2']);
    assert.ok(marked.every((quote) => annotations.quotes.includes(quote)), 'the analysis\'s own quotations, for the hover to find');
  });

  it('finds uncertain speakers in the sample article, and not most of them', () => {
    const sample = readFileSync(resolve(__dirname, '..', '..', '..', '..', 'seeds', 'sample-article.txt'), 'utf8');
    const explanations: SpeakerExplanation[] = [];
    const annotations = analyze(sample, explanations);
    const marked = uncertainQuotes(annotations, new Set(uncertainQuoteIds(explanations)));
    assert.ok(marked.length > 0 && marked.length < annotations.quotes.length / 2, `${marked.length} of ${annotations.quotes.length}`);
  });

  it('keeps the mentions the tagger was less sure of than the threshold', () => {
    const margin = (start: number, value: number): MentionMargin => ({ start, end: start + 3, margin: value });
    assert.deepEqual(uncertainMentionKeys([margin(0, 0), margin(5, ENTITY_MARGIN_THRESHOLD - 0.5), margin(10, ENTITY_MARGIN_THRESHOLD), margin(20, 80)]), ['0:3', '5:8']);
  });

  it('marks the unsure names of an analysis by start, leaving out those a person decided, and walks them with the guessed speakers', () => {
    const annotations = articleAnnotations();
    const [ministry, putin, pyongyang] = annotations.entities;
    const keys = new Set([...putin.mentions, ...pyongyang.mentions, ...ministry.mentions].map(mentionKey));
    putin.mentions[1].by = 'user';
    ministry.by = 'user';
    const mentions = uncertainMentions(annotations, keys);
    assert.deepEqual(mentions.map((m) => m.text), ['فلاديمير بوتين', 'بيونغ يانغ']);
    const quotes = uncertainQuotes(annotations, new Set(['q2']));
    assert.deepEqual(uncertainSpans({ quotes, mentions }).map((span) => span.start),
      [spanOf(ARTICLE, 'فلاديمير بوتين').start, quotes[0].start, spanOf(ARTICLE, 'بيونغ يانغ').start]);
  });

  it('finds unsure names in the sample article, and few of them', () => {
    const sample = readFileSync(resolve(__dirname, '..', '..', '..', '..', 'seeds', 'sample-article.txt'), 'utf8');
    const margins: MentionMargin[] = [];
    const annotations = analyze(sample, undefined, margins);
    const marked = uncertainMentions(annotations, new Set(uncertainMentionKeys(margins)));
    const mentionCount = annotations.entities.reduce((sum, e) => sum + e.mentions.length, 0);
    assert.ok(marked.length > 0 && marked.length < mentionCount / 5, `${marked.length} of ${mentionCount}`);
  });
});
