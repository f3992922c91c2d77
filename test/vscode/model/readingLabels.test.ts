import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ARABIC_LABELS } from '../../../src/core/render/labels';
import { readingLabels } from '../../../src/vscode/model/readingLabels';
import type { Translate } from '../../../src/vscode/model/translate';
import { t } from '../fixtures';

const bundle = JSON.parse(readFileSync(resolve(__dirname, '../../../../l10n/bundle.l10n.ar.json'), 'utf8')) as Record<string, string>;
/** `vscode.l10n.t` with the Arabic bundle loaded. */
const arabic: Translate = (message, ...args) => t(bundle[message] ?? `MISSING ${message}`, ...args);

describe('vscode/model/readingLabels', () => {
  it('English in an English editor: left to right', () => {
    const labels = readingLabels(t, 'en');
    assert.deepEqual({ lang: labels.lang, dir: labels.dir }, { lang: 'en', dir: 'ltr' });
    assert.equal(labels.kinds.person, 'Person');
    assert.equal(labels.saidBy, 'Said by: {0}');
    assert.equal(readingLabels(t, 'en-GB').lang, 'en');
  });

  it('Arabic in an Arabic editor, every label from the bundle, each template with its slot', () => {
    const labels = readingLabels(arabic, 'ar');
    assert.deepEqual({ lang: labels.lang, dir: labels.dir, comma: labels.comma }, { lang: 'ar', dir: 'rtl', comma: '، ' });
    const texts = [...Object.values(labels.kinds), labels.legend, labels.direct, labels.indirect, labels.unnamedSource, labels.corrected];
    const templates = [labels.saidBy, labels.cue, labels.mentions, labels.roles, labels.forms, labels.quotations, labels.via];
    for (const text of [...texts, ...templates]) {
      assert.ok(!text.includes('MISSING'), text);
      assert.match(text, /[\u0600-\u06FF]/, text);
    }
    for (const template of templates) assert.equal(template.match(/\{0\}/g)?.length, 1, template);
    assert.deepEqual(labels.kinds, ARABIC_LABELS.kinds, 'the kinds say what a saved page says');
  });
});
