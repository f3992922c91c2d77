import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DEFAULT_ARABIC_FONTS } from '../../src/core/render/styles';
import { HIGHLIGHT_KINDS } from '../../src/vscode/model/highlights';

const ROOT = resolve(__dirname, '../../..');
const readJson = (file: string) => JSON.parse(readFileSync(join(ROOT, file), 'utf8'));

/** Every `%key%` placeholder in a JSON value. */
function placeholders(value: unknown): string[] {
  return [...JSON.stringify(value).matchAll(/"%([^%"]+)%"/g)].map((match) => match[1]);
}

/** Messages passed to `l10n.t(...)` or a `t(...)` translate function in the extension's sources. */
function runtimeMessages(): string[] {
  const messages = new Set<string>();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts')) {
        const source = readFileSync(path, 'utf8');
        for (const match of source.matchAll(/\bt\(\s*'((?:[^'\\]|\\.)*)'/g)) messages.add(match[1].replace(/\\(.)/g, '$1'));
      }
    }
  };
  walk(join(ROOT, 'src/vscode'));
  return [...messages];
}

describe('vscode/contributions', () => {
  const manifest = readJson('package.json');
  const { contributes } = manifest;

  it('activates explicitly for its languages, commands and view', () => {
    for (const language of ['plaintext', 'markdown', 'arabic-article']) assert.ok(manifest.activationEvents.includes(`onLanguage:${language}`), language);
    for (const { command } of contributes.commands) assert.ok(manifest.activationEvents.includes(`onCommand:${command}`), command);
    assert.ok(manifest.activationEvents.includes('onView:arabicAnnotator.speakers'));
    assert.ok(!manifest.activationEvents.includes('*'));
  });

  it('contributes a background, border and ruler colour for every highlight kind, for every theme kind', () => {
    const colors = new Map<string, Record<string, string>>(contributes.colors.map((color: { id: string; defaults: Record<string, string> }) => [color.id, color.defaults]));
    for (const kind of HIGHLIGHT_KINDS) {
      for (const part of ['Background', 'Border', 'OverviewRuler']) {
        const defaults = colors.get(`arabicAnnotator.${kind}${part}`);
        assert.ok(defaults, `${kind}${part}`);
        assert.deepEqual(Object.keys(defaults).sort(), ['dark', 'highContrast', 'highContrastLight', 'light']);
      }
    }
  });

  it('has every contribution string in English and Arabic', () => {
    const english = readJson('package.nls.json');
    const arabic = readJson('package.nls.ar.json');
    const keys = placeholders(contributes);
    assert.ok(keys.length > 20);
    for (const key of keys) {
      assert.ok(english[key], `package.nls.json lacks ${key}`);
      assert.ok(arabic[key], `package.nls.ar.json lacks ${key}`);
    }
    assert.deepEqual(Object.keys(arabic).sort(), Object.keys(english).sort());
  });

  it('has an Arabic translation for every runtime message, with the same placeholders', () => {
    const bundle = readJson('l10n/bundle.l10n.ar.json');
    const messages = runtimeMessages();
    assert.ok(messages.length > 20, `only ${messages.length} messages found`);
    for (const message of messages) {
      assert.ok(bundle[message], `l10n/bundle.l10n.ar.json lacks "${message}"`);
      const slots = (text: string) => [...text.matchAll(/\{\d+\}/g)].map((match) => match[0]).sort();
      assert.deepEqual(slots(bundle[message]), slots(message), message);
    }
    assert.deepEqual(Object.keys(bundle).filter((key) => !messages.includes(key)), [], 'no stale translations');
  });

  it('opens the reading view from the title bar of annotated documents and ships its page', () => {
    const titleBar = contributes.menus['editor/title'].find((item: { command: string }) => item.command === 'arabicAnnotator.openReadingView');
    assert.match(titleBar.when, /resourceLangId == arabic-article/);
    assert.match(titleBar.when, /arabicAnnotator\.documentAnnotated/);
    assert.equal(contributes.configuration.properties['arabicAnnotator.readingView.fontFamily'].default, DEFAULT_ARABIC_FONTS);
    const ignore = readFileSync(join(ROOT, '.vscodeignore'), 'utf8').split('\n');
    for (const file of readdirSync(join(ROOT, 'media'))) {
      assert.ok(ignore.includes(`!media/${file}`), `.vscodeignore ships media/${file}`);
    }
  });

  describe('the Arabic Article language', () => {
    const configuration = readJson('language-configuration.json');
    // As VS Code compiles it (languageConfigurationExtensionPoint + ensureValidWordDefinition).
    const wordPattern = new RegExp(configuration.wordPattern, 'g');
    const words = (text: string) => text.match(wordPattern) ?? [];

    it('takes a whole Arabic word as one, diacritics, tatweel and joiners included', () => {
      assert.deepEqual(words('قالَ الرئيسُ بـوتيـــن، «نعم»؛ وَالمُتَحَدِّث؟'), ['قالَ', 'الرئيسُ', 'بـوتيـــن', 'نعم', 'وَالمُتَحَدِّث']);
      assert.deepEqual(words('كوفيد-19 في ٢٠٢٣ Putin'), ['كوفيد', '19', 'في', '٢٠٢٣', 'Putin']);
    });

    it('pairs Arabic quotation marks as brackets and closes them automatically, without colouring them', () => {
      for (const pair of [['«', '»'], ['“', '”']]) {
        assert.ok(configuration.brackets.some((bracket: string[]) => bracket.join() === pair.join()));
        assert.ok(configuration.autoClosingPairs.some((auto: { open: string; close: string }) => auto.open === pair[0] && auto.close === pair[1]));
      }
      assert.deepEqual(configuration.colorizedBracketPairs, [], 'a coloured bracket would split an Arabic line');
    });

    it('has a grammar whose scopes no theme colours', () => {
      const language = contributes.languages.find((entry: { id: string }) => entry.id === 'arabic-article');
      assert.equal(language.configuration, './language-configuration.json');
      const grammar = readJson(contributes.grammars.find((entry: { language: string }) => entry.language === 'arabic-article').path);
      const scopes = [...JSON.stringify(grammar).matchAll(/"name":"([^"]+)"/g)].map((match) => match[1]).filter((name) => name !== grammar.name);
      assert.ok(scopes.length > 0);
      for (const scope of scopes) assert.match(scope, /^meta\.[a-z.-]+\.arabic-article$/);
    });
  });
});
