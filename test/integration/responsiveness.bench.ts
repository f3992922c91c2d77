// For `npm run bench` (ARABIC_ANNOTATOR_BENCH=1): the packaged extension's typing stall on a 2 MB
// article, the size issue #17's budget is set for. Not part of `npm test`.
import { describeTyping } from './typing';

describeTyping(2000 * 1024, 'bench2MBTyping');
