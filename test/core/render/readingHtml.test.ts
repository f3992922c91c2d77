import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyze } from '../../../src/core/analyze';
import { escapeAttribute, escapeText } from '../../../src/core/render/escape';
import { ARABIC_LABELS, readingCards, ReadingLabels } from '../../../src/core/render/labels';
import { renderArticle, renderReadingDocument, WebviewHooks } from '../../../src/core/render/readingHtml';
import { DEFAULT_ARABIC_FONTS, safeFontFamily } from '../../../src/core/render/styles';
import type { Annotations } from '../../../src/core/types';
import { ARTICLE, articleAnnotations } from '../../vscode/fixtures';

const ROOT = resolve(__dirname, '..', '..', '..', '..');
const SAMPLE = readFileSync(resolve(ROOT, 'seeds', 'sample-article.txt'), 'utf8');
const HOSTILE = readFileSync(resolve(ROOT, 'test', 'fixtures', 'hostile-article.txt'), 'utf8');

const HOOKS: WebviewHooks = { nonce: 'n0nce', cspSource: 'https://webview.test', scriptUri: 'https://webview.test/media/readingView.js', styleUri: 'https://webview.test/media/readingView.css' };

interface Tag {
  name: string;
  closing: boolean;
  attributes: Map<string, string>;
}

/** Every tag of the markup with its attributes; throws on anything that is not a well-formed tag. */
function tagsOf(html: string): Tag[] {
  const tags: Tag[] = [];
  for (const match of html.matchAll(/<(\/?)([a-zA-Z][\w-]*)((?:\s+[\w-]+(?:="[^"<>]*")?)*)\s*>|<!DOCTYPE html>|</g)) {
    if (match[0] === '<!DOCTYPE html>') continue;
    if (match[0] === '<') throw new Error(`a bare < at ${match.index}: ${html.slice(match.index, match.index + 40)}`);
    const attributes = new Map<string, string>();
    for (const attribute of match[3].matchAll(/([\w-]+)(?:="([^"]*)")?/g)) attributes.set(attribute[1], attribute[2] ?? '');
    tags.push({ name: match[2].toLowerCase(), closing: match[1] === '/', attributes });
  }
  return tags;
}

const VOID_TAGS = new Set(['meta', 'input', 'link']);

/** Open and close tags pair up like a tree. */
function assertBalanced(tags: Tag[]): void {
  const stack: string[] = [];
  for (const tag of tags) {
    if (VOID_TAGS.has(tag.name)) continue;
    if (!tag.closing) stack.push(tag.name);
    else assert.equal(stack.pop(), tag.name, `</${tag.name}> closes what it opened`);
  }
  assert.deepEqual(stack, []);
}

/** The text a reader sees in the article: tags gone, entities decoded, speaker markers left out. */
function visibleArticleText(articleHtml: string): string {
  return articleHtml
    .replace(/<span class="speaker-tag"[^>]*>[^<]*<\/span>/g, '')
    .replace(/<span class="bidi-control"[^>]*>([A-Z]+)<\/span>/g, '[$1]')
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

function articleOf(html: string): string {
  const match = /<article id="article">([\s\S]*)<\/article>/.exec(html);
  assert.ok(match, 'the document has the article');
  return match[1];
}

describe('core/render/readingHtml', () => {
  const sample = analyze(SAMPLE);

  it('is an Arabic right-to-left page with the first line as its title and a legend', () => {
    const html = renderReadingDocument(SAMPLE, sample);
    assert.match(html, /^<!DOCTYPE html>\n<html dir="rtl" lang="ar">/);
    const firstLine = SAMPLE.split('\n')[0].trim();
    assert.ok(html.includes(`<title>${escapeText(firstLine)}</title>`));
    assert.match(html, /<article id="article">\n<h1>/);
    const paragraphs = SAMPLE.split('\n').filter((line) => line.trim() !== '').length - 1;
    assert.equal(html.match(/<p>/g)?.length, paragraphs, 'one paragraph per non-blank line after the title');
    for (const kind of ['person', 'place', 'organization', 'other', 'quotation']) assert.ok(html.includes(`id="show-${kind}"`), kind);
    assert.match(html, /text-align: justify/);
    assert.match(html, /@media print/);
    assertBalanced(tagsOf(html));
  });

  it('standalone: no script, no external resource, no data handles', () => {
    const tags = tagsOf(renderReadingDocument(SAMPLE, sample));
    assert.ok(!tags.some((tag) => tag.name === 'script' || tag.name === 'link'));
    assert.ok(!tags.some((tag) => [...tag.attributes.keys()].some((name) => name.startsWith('data-') && name !== 'data-kind')));
    assert.ok(!tags.some((tag) => tag.attributes.has('src') || tag.attributes.has('href')));
  });

  it('keeps every character of the article, in order, in the text the reader sees', () => {
    const visible = visibleArticleText(articleOf(renderReadingDocument(SAMPLE, sample))).replace(/\s+/g, ' ').trim();
    assert.equal(visible, SAMPLE.replace(/\s+/g, ' ').trim());
  });

  it('marks every mention with its kind and a label, and every quotation with its speaker', () => {
    const html = renderReadingDocument(ARTICLE, articleAnnotations());
    assert.ok(html.includes('<mark class="entity person" title="فلاديمير بوتين — شخص · الرئيس الروسي · الإشارات: 2" aria-label="فلاديمير بوتين، شخص: '));
    assert.ok(html.includes('<mark class="entity place"'));
    assert.ok(html.includes('<mark class="entity organization"'));
    const tags = tagsOf(html);
    const mentions = articleAnnotations().entities.reduce((sum, entity) => sum + entity.mentions.length, 0);
    assert.equal(tags.filter((tag) => tag.name === 'mark' && !tag.closing).length, mentions);
    // «سنواصل العمل مع بيونغ يانغ» is Putin's: its marker names him, its label says so.
    assert.match(html, /<span class="quote direct" title="اقتباس مباشر · المتحدث: فلاديمير بوتين، الرئيس الروسي · الفعل: وأضاف"[^>]*><span class="speaker-tag" aria-hidden="true">فلاديمير بوتين<\/span>سنواصل/);
    // The unnamed source's quotation says so.
    assert.match(html, /<span class="speaker-tag" aria-hidden="true">مصدر لا يسمّيه النص<\/span>العلاقات تتعمق/);
  });

  it('splits a name that crosses a quotation edge instead of producing crossed tags', () => {
    const annotations: Annotations = articleAnnotations();
    const putin = annotations.entities.find((entity) => entity.id === 'e1')!;
    const first = putin.mentions[0];
    // A quotation that starts inside «فلاديمير بوتين».
    annotations.quotes.push({ id: 'q9', kind: 'direct', start: first.start + 3, end: first.end + 10, text: ARTICLE.slice(first.start + 3, first.end + 10), speaker: null, cue: null });
    const html = renderArticle(ARTICLE, annotations, true);
    assertBalanced(tagsOf(html));
    assert.equal(html.match(new RegExp(`data-start="${first.start}" data-end="${first.end}"`, 'g'))?.length, 2, 'the mention is drawn in two pieces');
    assert.equal(visibleArticleText(html), ARTICLE.trim());
  });

  it('webview: a CSP with the nonce, the nonce on the style and script, offsets and ids for the script', () => {
    const html = renderReadingDocument(ARTICLE, articleAnnotations(), { webview: HOOKS });
    assert.ok(html.includes(`content="default-src 'none'; img-src https://webview.test; font-src https://webview.test; style-src https://webview.test 'nonce-n0nce'; script-src 'nonce-n0nce';"`));
    assert.ok(html.includes('<style nonce="n0nce">'));
    assert.ok(html.includes('<script nonce="n0nce" src="https://webview.test/media/readingView.js"></script>'));
    assert.ok(html.includes('<link rel="stylesheet" href="https://webview.test/media/readingView.css">'));
    const putin = articleAnnotations().entities.find((entity) => entity.id === 'e1')!.mentions[0];
    assert.ok(html.includes(`data-entity="e1" tabindex="0" role="button" data-start="${putin.start}" data-end="${putin.end}"`));
    assert.match(html, /<span class="quote direct" data-quote="q1" tabindex="-1" data-start="\d+" data-end="\d+"/);
    assert.match(html, /<h1 data-start="0" data-end="\d+">/);
    const secondLine = 'وانتهت الزيارة.';
    assert.ok(renderArticle(`${ARTICLE}\n${secondLine}`, articleAnnotations(), true).includes(`<p data-start="${ARTICLE.length + 1}" data-end="${ARTICLE.length + 1 + secondLine.length}">`));
    assert.ok(!/\son[a-z]+=/.test(html), 'no inline handlers');
  });

  describe('a hostile article', () => {
    const hostile = analyze(HOSTILE);
    for (const mode of ['standalone', 'webview'] as const) {
      it(`${mode}: shows its markup as text and makes none of it markup`, () => {
        const html = renderReadingDocument(HOSTILE, hostile, mode === 'webview' ? { webview: HOOKS } : {});
        const tags = tagsOf(html);
        assertBalanced(tags);
        const allowed = new Set(['html', 'head', 'meta', 'title', 'style', 'link', 'script', 'body', 'div', 'fieldset', 'legend', 'label', 'input', 'span', 'main', 'article', 'h1', 'p', 'mark']);
        for (const tag of tags) assert.ok(allowed.has(tag.name), `<${tag.name}> is one of the renderer's own`);
        assert.equal(tags.filter((tag) => tag.name === 'script' && !tag.closing).length, mode === 'webview' ? 1 : 0, 'only the view\'s own script');
        assert.equal(tags.filter((tag) => tag.name === 'style' && !tag.closing).length, 1, 'only the page\'s own style');
        for (const tag of tags) {
          for (const [name, value] of tag.attributes) {
            assert.ok(!name.startsWith('on'), `no ${name} handler`);
            assert.ok(!/javascript:/i.test(value), `no javascript: in ${name}`);
          }
        }
        const visible = visibleArticleText(articleOf(html));
        for (const markup of ['<script>window.__hostile = "script"</script>', '<img src=x onerror="window.__hostile = \'img\'">', '<a href="javascript:window.__hostile=\'link\'">', '</p></article><style>body{display:none}</style>']) {
          assert.ok(visible.includes(markup), `shown as text: ${markup}`);
        }
      });
    }

    it('shows bidi embedding, override and isolate controls as badges, never as the characters', () => {
      const html = renderReadingDocument(HOSTILE, hostile, { webview: HOOKS });
      assert.ok(!/[\u202A-\u202E\u2066-\u2069]/.test(html));
      assert.ok(html.includes('<span class="bidi-control" title="U+202E" aria-label="U+202E RLO">RLO</span>'));
      assert.ok(html.includes('<span class="bidi-control" title="U+2067" aria-label="U+2067 RLI">RLI</span>'));
      const visible = visibleArticleText(articleOf(html));
      assert.ok(visible.includes("النص [RLO]'مقلوب[PDF] يبقى"), visible);
    });
  });

  it('marks what a person decided (by: "user") with a class and a word in its label, as the editor marks it', () => {
    const annotations = articleAnnotations();
    const ministry = annotations.entities.find((entity) => entity.id === 'e3')!;
    ministry.mentions[0] = { ...ministry.mentions[0], by: 'user' };
    annotations.quotes[3] = { ...annotations.quotes[3], by: 'user' };
    const html = renderArticle(ARTICLE, annotations, true);
    assert.match(html, /<mark class="entity organization corrected"[^>]* title="وزارة الخارجية — منظمة · الإشارات: 1 · مُصحَّح" aria-label="[^"]*· مُصحَّح">/);
    assert.match(html, /<span class="quote direct corrected"[^>]*aria-label="[^"]*· مُصحَّح">/);
    assert.equal(html.match(/ corrected"/g)?.length, 2, 'only those two are marked');
    assert.equal(html.match(/مُصحَّح/g)?.length, 2 * 2, 'in their title and aria-label');
  });

  it('webview: names and quotations carry the context of their context menu (offsets only), the saved page none', () => {
    const annotations = articleAnnotations();
    const putin = annotations.entities.find((entity) => entity.id === 'e1')!.mentions[0];
    const html = renderArticle(ARTICLE, annotations, true);
    assert.ok(html.includes(`data-vscode-context="{&quot;readingMention&quot;:true,&quot;mentionStart&quot;:${putin.start},&quot;mentionEnd&quot;:${putin.end}}"`));
    const quote = annotations.quotes[0];
    assert.ok(html.includes(`data-vscode-context="{&quot;readingQuote&quot;:true,&quot;quoteStart&quot;:${quote.start},&quot;quoteEnd&quot;:${quote.end}}"`));
    assert.ok(!renderReadingDocument(ARTICLE, annotations).includes('data-vscode-context'));
  });

  it('says it in the labels it is given: the legend, tooltips, aria-labels and cards', () => {
    const english: ReadingLabels = {
      ...ARABIC_LABELS, lang: 'en', dir: 'ltr', comma: ', ',
      kinds: { person: 'Person', place: 'Place', organization: 'Organization', other: 'Other name', quotation: 'Quotation' },
      legend: 'Legend', direct: 'Direct quotation', indirect: 'Indirect quotation', unnamedSource: 'unnamed $& source',
      saidBy: 'Said by: {0}', cue: 'Cue: {0}', mentions: 'Mentions: {0}',
    };
    const html = renderReadingDocument(ARTICLE, articleAnnotations(), { webview: HOOKS, labels: english });
    assert.match(html, /<fieldset class="legend" lang="en" dir="ltr"><legend>Legend<\/legend>/);
    assert.ok(html.includes('<span class="swatch entity person">Person</span>'));
    assert.ok(html.includes('title="فلاديمير بوتين — Person · الرئيس الروسي · Mentions: 2" aria-label="فلاديمير بوتين, Person: '));
    assert.ok(html.includes('title="Direct quotation · Said by: فلاديمير بوتين, الرئيس الروسي · Cue: وأضاف"'));
    assert.ok(html.includes('Said by: unnamed $&amp; source · Cue: ورأى"'), 'a label is text, $& included');
    assert.ok(html.includes('<span class="speaker-tag" aria-hidden="true">مصدر لا يسمّيه النص</span>'), 'the marker in the Arabic line stays Arabic');
    assert.ok(!/[\u0600-\u06FF]/.test(html.slice(html.indexOf('<fieldset'), html.indexOf('</fieldset>'))), 'no Arabic left in the legend');
    assert.deepEqual(readingCards(articleAnnotations(), english).quotes.q2, { kind: 'Direct quotation', speaker: 'فلاديمير بوتين', role: 'الرئيس الروسي', cue: 'وأضاف' });
  });

  it('escapes attribute text, bidi controls included', () => {
    assert.equal(escapeAttribute(`"x" <y> & 'z'\u202E`), '&quot;x&quot; &lt;y&gt; &amp; &#39;z&#39;[U+202E]');
  });

  it('takes a font setting only when it is a font list', () => {
    assert.equal(safeFontFamily("'Amiri', serif"), "'Amiri', serif");
    assert.equal(safeFontFamily('x; } body { display: none'), DEFAULT_ARABIC_FONTS);
    assert.equal(safeFontFamily('</style><script>'), DEFAULT_ARABIC_FONTS);
    assert.equal(safeFontFamily(''), DEFAULT_ARABIC_FONTS);
    assert.ok(renderReadingDocument(ARTICLE, articleAnnotations(), { fontFamily: 'x; } *{display:none' }).includes(`--reading-font: ${DEFAULT_ARABIC_FONTS};`));
  });

  it('cards: the roles, spellings, mention count and quotations of each name; who said each quotation', () => {
    const cards = readingCards(articleAnnotations());
    assert.deepEqual(cards.entities.e1, {
      name: 'فلاديمير بوتين', kind: 'شخص', roles: ['الرئيس الروسي'], forms: ['بوتين'], mentions: 2,
      quotes: [
        { id: 'q1', start: ARTICLE.indexOf('المحادثات'), end: ARTICLE.indexOf('الشمالي') + 'الشمالي'.length, label: 'المحادثات كانت مثمرة جدا مع الوفد…' },
        { id: 'q2', start: ARTICLE.indexOf('سنواصل'), end: ARTICLE.indexOf('يانغ') + 'يانغ'.length, label: 'سنواصل العمل مع بيونغ يانغ' },
      ],
    });
    assert.deepEqual(cards.quotes.q2, { kind: 'اقتباس مباشر', speaker: 'فلاديمير بوتين', role: 'الرئيس الروسي', cue: 'وأضاف' });
  });
});
