export { analyze, analyzeSteps } from './analyze';
export * from './types';
export { arabicLetterShare, stripBom } from './text';
