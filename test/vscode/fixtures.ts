import type { Annotations, Entity, Quote, Span } from '../../src/core/types';
import { SCHEMA_VERSION } from '../../src/core/types';
import type { Translate } from '../../src/vscode/model/translate';

/** English messages with `{n}` filled in, as `vscode.l10n.t` does without a bundle. */
export const t: Translate = (message, ...args) => message.replace(/\{(\d+)\}/g, (_, n: string) => String(args[Number(n)]));

/** The span of the `occurrence`-th (0-based) `needle` in `text`. */
export function spanOf(text: string, needle: string, occurrence = 0): Span {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) {
    start = text.indexOf(needle, start + 1);
    if (start < 0) throw new Error(`"${needle}" #${occurrence} is not in the text`);
  }
  return { start, end: start + needle.length, text: needle };
}

export const ARTICLE = [
  'قال الرئيس الروسي فلاديمير بوتين إن «المحادثات كانت مثمرة جدا مع الوفد الكوري الشمالي». ',
  'وأضاف بوتين: «سنواصل العمل مع بيونغ يانغ». ',
  'وقالت وزارة الخارجية إن الزيارة مهمة. ',
  'ورأى محللون أن «العلاقات تتعمق».',
].join('');

/** A hand-made analysis of ARTICLE, in the shape the core returns. */
export function articleAnnotations(): Annotations {
  const putin: Entity = {
    id: 'e1', type: 'person', name: 'فلاديمير بوتين', roles: ['الرئيس الروسي'],
    mentions: [spanOf(ARTICLE, 'فلاديمير بوتين'), spanOf(ARTICLE, 'بوتين', 1)],
  };
  const pyongyang: Entity = { id: 'e2', type: 'place', name: 'بيونغ يانغ', roles: [], mentions: [spanOf(ARTICLE, 'بيونغ يانغ')] };
  const ministry: Entity = { id: 'e3', type: 'organization', name: 'وزارة الخارجية', roles: [], mentions: [spanOf(ARTICLE, 'وزارة الخارجية')] };
  const quote = (id: string, text: string, speaker: string | null, cue: string, kind: Quote['kind'] = 'direct'): Quote =>
    ({ id, kind, ...spanOf(ARTICLE, text), speaker, cue: spanOf(ARTICLE, cue) });
  return {
    schema: SCHEMA_VERSION,
    // Not in text order on purpose: consumers must not rely on the core's ordering.
    entities: [ministry, putin, pyongyang],
    quotes: [
      quote('q1', 'المحادثات كانت مثمرة جدا مع الوفد الكوري الشمالي', 'e1', 'قال'),
      quote('q2', 'سنواصل العمل مع بيونغ يانغ', 'e1', 'وأضاف'),
      quote('q3', 'الزيارة مهمة', 'e3', 'وقالت', 'indirect'),
      quote('q4', 'العلاقات تتعمق', null, 'ورأى'),
    ],
  };
}
