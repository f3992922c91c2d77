/**
 * The sieves of speakers.ts by name, with what each means: `npm run annotate -- FILE --explain`
 * prints them for every quotation, so a reader can trace why it went to whom.
 */
import { Span } from './types';

export const SPEAKER_RULES = {
  'subject-after-cue': 'the name after the speech verb is its subject (وقال بيسكوف)',
  'kana-qad': 'the subject stands between كان and قد (وكانت الصحيفة قد ذكرت)',
  'inside-reported-speech': 'speech reported inside another\'s reported speech, its speaker read the usual way though its subject usually stands before its verb: a guess',
  'subject-after-complementizer': 'inside reported speech, a speech verb\'s subject stands between أن and the verb (أضاف أن العربي أبلغ المبعوث أن)',
  'relative-antecedent': 'a relative clause\'s verb has the antecedent for subject (روسيا التي قالت إن)',
  'source-named': 'the source after بحسب / وفقا لـ / نقلا عن',
  'subject-before-manner': 'the subject between the verb and بالقول (واكتفى X بالقول)',
  'participle-of-previous': 'a participle (مضيفا، مؤكدا) goes on with the speaker of its sentence',
  'main-clause-verb': 'a participle takes the subject of its main clause\'s speech verb',
  'sentence-subject': 'the first name of the sentence, not behind a preposition',
  'previous-quotation': 'a quotation without a cue goes on with the quotation just before',
  'headline': 'a headline «X: …» is said by the X before its colon',
  'document': 'a statement or report (البيان، التقرير) nobody is named with: the latest speaker',
  'document-author': 'a statement or report (البيان، التقرير) speaks for whoever the text named with it (نشرت صحيفة X تقريرا)',
  'document-of-media': 'a report nobody is named with, in a story retold from a paper: the paper the article last named',
  'unnamed-source': 'a source the text does not name (مصادر مطلعة، مسؤولون)',
  'spokesperson-body': 'a spokesperson nobody names speaks for the body (متحدث باسم …)',
  'body-referred-to': 'a definite body head (الوزارة، الهيئة) refers back to the last body with that head',
  'title-then-name': 'a title, then the name of the one who holds it (المتحدث باسم الكرملين ديمتري بيسكوف)',
  'relative-of-named': 'a relative of the one named (والد مايكل براون) speaks, described by those words',
  'title-holder': 'a title used as subject: the person the article gave that role',
  'official-is-last-speaker': '«the official» (المسؤول) is the person speaking in the discourse',
  'unresolved-title': 'a title whose holder the article does not name',
  'surname': 'a surname the tagger missed names the one person who bears it',
  'name-after-unknown-word': 'a name a few words after an unknown word (a title missing from the lexicon)',
  'elided-subject-earlier-in-sentence': 'the subject is elided: that of an earlier verb of the sentence',
  'subject-of-sentence-before': 'the subject is elided: the person whose verb opened the sentence before (ووبخت X … . وأضافت)',
  'last-speaker': 'the subject is elided: the latest speaker whose gender agrees with the verb',
  'nobody-spoke-yet': 'the subject is elided and nobody spoke before: the person the sentence is about',
  'impersonal': 'an impersonal cue (يقال، قيل): nobody in particular',
  'honorific': 'an honorific (سموه، معاليه، فضيلته) stands for the latest person named with a title it goes with',
  'sacred': 'God or the Prophet, named by a formula (قال الله تعالى، قال صلى الله عليه وسلم): no entity, not whoever cites them',
  'nothing-found': 'no speaker found',
} as const;

export type SpeakerRule = keyof typeof SPEAKER_RULES;

/** Why a quotation went to its speaker: the sieves, outermost first, and the words that decided. */
export interface SpeakerExplanation {
  quote: string;
  rules: SpeakerRule[];
  evidence: Span | null;
}
