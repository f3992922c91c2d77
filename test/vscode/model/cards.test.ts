import * as assert from 'node:assert/strict';
import { marked } from 'marked';
import type { Annotations } from '../../../src/core/types';
import { indexOf } from '../../../src/vscode/model/annotationIndex';
import { entityCard, escapeMarkdown, quoteCard, REVEAL_COMMAND, revealLink } from '../../../src/vscode/model/cards';
import { articleAnnotations, t } from '../fixtures';

const DOCUMENT_URI = 'file:///home/user/news/article (1).txt';

/** What VS Code turns into icons in rendered hover Markdown (src/vs/base/common/iconLabels.ts). */
const ICON = /(\\)?\$\(([A-Za-z0-9-]+(?:~[A-Za-z]+)?)\)/g;

/** Rendered like VS Code renders hovers: marked, then theme icons in the resulting HTML. */
function render(markdown: string): { html: string; icons: string[]; links: string[]; text: string } {
  const html = marked.parse(markdown, { async: false, gfm: true });
  const icons = [...html.matchAll(ICON)].filter((match) => !match[1]).map((match) => match[2]);
  const links = [...html.matchAll(/<a href="([^"]*)"/g)].map((match) => match[1].replace(/&amp;/g, '&'));
  const text = html.replace(/<[^>]*>/g, '').replace(/&#36;/g, '$').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  return { html, icons, links, text };
}

function revealArguments(link: string): unknown {
  const prefix = `command:${REVEAL_COMMAND}?`;
  assert.ok(link.startsWith(prefix), link);
  return JSON.parse(decodeURIComponent(link.slice(prefix.length)));
}

describe('vscode/model/cards', () => {
  const annotations = articleAnnotations();
  const index = indexOf(annotations);
  const putin = annotations.entities.find((entity) => entity.id === 'e1')!;

  it('shows an entity’s name, kind, roles, other forms, mentions and quotations', () => {
    const card = render(entityCard(putin, index, DOCUMENT_URI, t));
    assert.match(card.text, /فلاديمير بوتين/);
    assert.match(card.text, /Person · Mentions: 2/);
    assert.match(card.text, /Roles: الرئيس الروسي/);
    assert.match(card.text, /Also written: بوتين/);
    assert.match(card.text, /Quotations: 2/);
    assert.deepEqual(card.icons, ['person', 'quote']);
    assert.equal(card.links.length, 2);
  });

  it('spells a person’s name in Latin letters when Wikidata names agree on every word, and only then', () => {
    const kerry = { ...putin, name: 'جون كيري', mentions: [{ start: 0, end: 8, text: 'جون كيري' }], roles: [] };
    assert.match(render(entityCard(kerry, index, DOCUMENT_URI, t)).text, /In Latin letters: John Kerry/);
    // بوتين is as often Botín as Putin in the data: no half-spelt name.
    assert.doesNotMatch(render(entityCard(putin, index, DOCUMENT_URI, t)).text, /Latin/);
    const place = { ...kerry, type: 'place' as const };
    assert.doesNotMatch(render(entityCard(place, index, DOCUMENT_URI, t)).text, /Latin/);
  });

  it('links each quotation to the reveal command with the document and the quotation’s offsets', () => {
    const card = render(entityCard(putin, index, DOCUMENT_URI, t));
    const [q1, q2] = index.quotesBy('e1');
    assert.deepEqual(card.links.map(revealArguments), [[DOCUMENT_URI, q1.start, q1.end], [DOCUMENT_URI, q2.start, q2.end]]);
    assert.match(card.text, /المحادثات كانت مثمرة جدا مع الوفد…/, 'a long quotation is cut to its first words');
  });

  it('lists at most three quotations and counts the rest', () => {
    const many: Annotations = { ...annotations, quotes: [0, 1, 2, 3, 4].map((n) => ({ ...annotations.quotes[0], id: `m${n}`, start: n * 10, end: n * 10 + 5 })) };
    const card = render(entityCard(putin, indexOf(many), DOCUMENT_URI, t));
    assert.equal(card.links.length, 3);
    assert.match(card.text, /and 2 more/);
  });

  it('shows who said a quotation, with their role, and the cue', () => {
    const [q1, , q3, q4] = index.quotes;
    const direct = render(quoteCard(q1, index, t)).text;
    assert.match(direct, /Direct quotation/);
    assert.match(direct, /Said by: \$\(person\) فلاديمير بوتين · الرئيس الروسي/);
    assert.match(direct, /Cue: قال/);
    assert.match(render(quoteCard(q3, index, t)).text, /Indirect quotation[\s\S]*Said by: \$\(organization\) وزارة الخارجية/);
    assert.match(render(quoteCard(q4, index, t)).text, /a source the text does not name/);
    assert.match(render(quoteCard({ ...q4, flags: ['unclosed'] }, index, t)).text, /closing quotation mark is missing/);
  });

  it('describes an unnamed source in its own words and names the channel a quotation came through', () => {
    const q4 = index.quotes[3];
    const card = render(quoteCard({ ...q4, speakerText: 'مصادر مطلعة', via: 'e3' }, index, t)).text;
    assert.match(card, /Said by: مصادر مطلعة · not named in the text/);
    assert.match(card, /Via: وزارة الخارجية/);
  });

  describe('article text stays text', () => {
    const hostile = [
      '**bold** _em_ `code` # heading',
      '[click](command:workbench.action.quit) ![x](https://example.com/x.png)',
      '<img src=x onerror=alert(1)> <b>b</b> <a href="command:evil">a</a> &lt;i&gt;',
      'command:workbench.action.quit http://example.com www.example.com user@example.com <https://x.y>',
      '$(zap) \\$(zap) $(sync~spin)',
      '1. list\n- item\n> quote\n\n---\n|a|b|',
    ];

    it('renders every hostile name, role, form and quotation literally, with no markup, link or icon of its own', () => {
      for (const text of hostile) {
        const entity = { id: 'h', type: 'organization' as const, name: text, roles: [text], mentions: [
          { start: 0, end: text.length, text }, { start: 200, end: 205, text: `${text}!` },
        ] };
        const quote = { id: 'hq', kind: 'direct' as const, start: 300, end: 300 + text.length, text, speaker: 'h', cue: { start: 290, end: 290 + text.length, text } };
        const hostileAnnotations: Annotations = { ...annotations, entities: [entity], quotes: [quote] };
        const hostileIndex = indexOf(hostileAnnotations);
        const cards: Array<[string, number]> = [[entityCard(entity, hostileIndex, DOCUMENT_URI, t), 1], [quoteCard(quote, hostileIndex, t), 2]];
        for (const [markdown, strongInTemplate] of cards) {
          const card = render(markdown);
          assert.equal(card.html.split('<strong>').length - 1, strongInTemplate, `emphasis from ${JSON.stringify(text)}:\n${card.html}`);
          assert.doesNotMatch(card.html, /<(img|b|i|em|code|h\d|ol|blockquote|hr|table|del|input)[ >]/, `markup from ${JSON.stringify(text)}:\n${card.html}`);
          assert.doesNotMatch(card.html, /<a href="(?!command:arabicAnnotator\.revealRange\?)/, `a link from ${JSON.stringify(text)}:\n${card.html}`);
          assert.ok(card.icons.every((icon) => ['organization', 'quote'].includes(icon)), `icons ${card.icons.join()} from ${JSON.stringify(text)}`);
          assert.ok(card.text.includes(text.replace(/\s+/g, ' ')), `${JSON.stringify(text)} is shown as written:\n${card.text}`);
        }
      }
    });

    it('escapes every ASCII punctuation mark and leaves Arabic alone', () => {
      assert.equal(escapeMarkdown('قال «مرحبا»، (نعم)'), 'قال «مرحبا»، \\(نعم\\)');
      assert.equal(escapeMarkdown('a*b$c\nd'), 'a\\*b&#36;c d');
    });

    it('keeps a reveal link whole whatever the document address holds', () => {
      const uri = "file:///tmp/a)b(c 'd'!*%20e.txt";
      const card = render(revealLink('[label]', uri, 3, 9, 'Go'));
      assert.deepEqual(card.links.map(revealArguments), [[uri, 3, 9]]);
      assert.equal(card.text.trim(), '[label]');
    });
  });
});
