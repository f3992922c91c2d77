import * as assert from 'node:assert/strict';
import { annotationDecision, DETECTION_SAMPLE_LENGTH, PolicyInput, utf8Length } from '../../../src/vscode/model/documentPolicy';
import { ARTICLE } from '../fixtures';

type Input = Omit<PolicyInput, 'sample' | 'utf16Length' | 'utf8Size'> & { text: string };

/** The decision for a whole text, read the way the editor reads a document. */
function decide({ text, ...input }: Input) {
  return annotationDecision({ ...input, sample: text.slice(0, DETECTION_SAMPLE_LENGTH), utf16Length: text.length, utf8Size: () => utf8Length(text) });
}

const base: Input = { languageId: 'plaintext', text: ARTICLE, forced: false, threshold: 0.5, maxDocumentSizeKB: 2048 };
const english = 'The president said the talks were productive, according to the agency.';

describe('vscode/model/documentPolicy', () => {
  it('annotates plain text and Markdown whose letters are mostly Arabic', () => {
    assert.deepEqual(decide(base), { annotate: true });
    assert.deepEqual(decide({ ...base, languageId: 'markdown' }), { annotate: true });
    assert.deepEqual(decide({ ...base, text: english }), { annotate: false, reason: 'not-arabic' });
  });

  it('follows the threshold setting', () => {
    const mixed = `${ARTICLE.slice(0, 60)} ${english}`; // about half Arabic
    const decideAt = (threshold: number) => decide({ ...base, text: mixed, threshold }).annotate;
    assert.equal(decideAt(0.2), true);
    assert.equal(decideAt(0.9), false);
    assert.equal(decide({ ...base, text: english, threshold: 0 }).annotate, false, 'no Arabic at all is never Arabic');
  });

  it('always annotates the Arabic Article language and forced documents, never other languages', () => {
    assert.equal(decide({ ...base, languageId: 'arabic-article', text: english }).annotate, true);
    assert.equal(decide({ ...base, languageId: 'typescript', text: english, forced: true }).annotate, true);
    assert.deepEqual(decide({ ...base, languageId: 'typescript' }), { annotate: false, reason: 'language' });
  });

  it('says an Arabic document is too large, and only an Arabic one', () => {
    const large = ARTICLE.repeat(Math.ceil((2100 * 1024) / utf8Length(ARTICLE)));
    const decision = decide({ ...base, text: large });
    assert.equal(decision.annotate, false);
    assert.ok(!decision.annotate && decision.reason === 'too-large' && decision.sizeKB > 2048 && decision.limitKB === 2048);
    assert.deepEqual(decide({ ...base, text: english.repeat(40_000) }), { annotate: false, reason: 'not-arabic' });
    assert.equal(decide({ ...base, text: ARTICLE, maxDocumentSizeKB: 0.1 }).annotate, false);
  });

  it('reads the size only of a document it would annotate', () => {
    const sizeRead = () => assert.fail('size read');
    assert.equal(annotationDecision({ ...base, sample: 'English only', utf16Length: 12, utf8Size: sizeRead }).annotate, false);
    assert.equal(annotationDecision({ ...base, languageId: 'json', sample: ARTICLE, utf16Length: ARTICLE.length, utf8Size: sizeRead }).annotate, false);
  });

  it('reads the size only near the limit: a UTF-16 unit is at most 3 bytes in UTF-8', () => {
    const sizeRead = () => assert.fail('size read');
    const limitKB = 2048;
    const units = (limitKB * 1024) / 3;
    assert.equal(annotationDecision({ ...base, maxDocumentSizeKB: limitKB, sample: ARTICLE, utf16Length: units, utf8Size: sizeRead }).annotate, true);
    let read = 0;
    const decision = annotationDecision({ ...base, maxDocumentSizeKB: limitKB, sample: ARTICLE, utf16Length: units + 1, utf8Size: () => ++read && 2 * (units + 1) });
    assert.equal(decision.annotate, true);
    assert.equal(read, 1);
  });

  it('does not annotate an empty document', () => {
    assert.deepEqual(decide({ ...base, text: ' \n ' }), { annotate: false, reason: 'empty' });
  });

  it('measures size as UTF-8 bytes', () => {
    assert.equal(utf8Length('abc'), 3);
    assert.equal(utf8Length('قال'), 6);
    assert.equal(utf8Length('€'), 3);
    assert.equal(utf8Length('😀'), 4);
  });
});
