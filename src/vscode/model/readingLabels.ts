import type { ReadingLabels } from '../../core/render/labels';
import { Translate } from './translate';

/** The reading view's labels in the editor's language (`vscode.env.language`), from the same bundle as its other strings. */
export function readingLabels(t: Translate, language: string): ReadingLabels {
  const arabic = /^ar\b/i.test(language);
  const template = (label: string) => `${label} {0}`;
  // The page fills the slot: the message's own {0} is kept by passing it as the value.
  const SLOT = '{0}';
  return {
    lang: language.split('-')[0].toLowerCase() || 'en',
    dir: arabic ? 'rtl' : 'ltr',
    kinds: { person: t('Person'), place: t('Place'), organization: t('Organization'), other: t('Other name'), quotation: t('Quotation') },
    legend: t('Legend: choose what is highlighted'),
    direct: t('Direct quotation'),
    indirect: t('Indirect quotation'),
    unnamedSource: t('a source the text does not name'),
    comma: arabic ? '، ' : ', ',
    saidBy: template(t('Said by:')),
    cue: template(t('Cue:')),
    mentions: t('Mentions: {0}', SLOT),
    roles: template(t('Roles:')),
    forms: template(t('Also written:')),
    quotations: t('Quotations: {0}', SLOT),
    via: template(t('Via:')),
    corrected: t('(corrected)'),
  };
}
