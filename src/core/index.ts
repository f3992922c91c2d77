export { analyze, analyzeSteps } from './analyze';
export { SPEAKER_RULES, SpeakerExplanation, SpeakerRule } from './speaker-rules';
export * from './types';
export { arabicLetterShare, stripBom } from './text';
