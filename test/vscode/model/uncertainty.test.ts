import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyze } from '../../../src/core/analyze';
import { SpeakerExplanation, SpeakerRule } from '../../../src/core/speaker-rules';
import { uncertainQuoteIds, uncertainQuotes } from '../../../src/vscode/model/uncertainty';
import { articleAnnotations } from '../fixtures';

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
});
