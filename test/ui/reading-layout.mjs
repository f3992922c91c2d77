// What a reading page (the webview or a --format html file) shows, measured in the browser: the
// paragraphs with their lines, each line's Arabic words with their boxes, and the names' colours.
import assert from 'node:assert/strict';

/**
 * For each paragraph (and the title) of `#article`: its box and its lines, top to bottom, each
 * line the pieces of text it shows between spaces in text order (a quotation's speaker marker
 * included, where it stands: before the quotation), with their boxes; `arabic` when a piece is
 * Arabic letters only.
 */
export function readingLines(frame) {
  return frame.evaluate(() => {
    const arabicWord = /^[\u0621-\u065F\u0670-\u06D3]+$/;
    return [...document.querySelectorAll('#article > h1, #article > p')].map((paragraph) => {
      const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
      const words = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const match of node.nodeValue.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const rect = range.getBoundingClientRect();
          words.push({ word: match[0], arabic: arabicWord.test(match[0]), left: rect.left, right: rect.right, top: rect.top, bottom: rect.bottom });
        }
      }
      // A word is on the line of the word before it when their boxes overlap by a third of the
      // smaller one's height (a speaker marker is smaller and raised; the next line does not overlap).
      const lines = [];
      for (const word of words) {
        const line = lines.at(-1);
        const previous = line?.at(-1);
        const overlap = previous ? Math.min(previous.bottom, word.bottom) - Math.max(previous.top, word.top) : 0;
        if (previous && overlap > Math.min(previous.bottom - previous.top, word.bottom - word.top) / 3) line.push(word);
        else lines.push([word]);
      }
      const box = paragraph.getBoundingClientRect();
      const style = getComputedStyle(paragraph);
      return {
        tag: paragraph.tagName.toLowerCase(),
        left: box.left + parseFloat(style.paddingLeft),
        right: box.right - parseFloat(style.paddingRight),
        fontSize: parseFloat(style.fontSize),
        direction: style.direction,
        textAlign: style.textAlign,
        lines,
      };
    });
  });
}

/** Every line's Arabic words run right to left, and lines start at the right edge (short ones too). */
export function assertRightToLeft(paragraphs) {
  let shortLines = 0;
  let linesChecked = 0;
  for (const paragraph of paragraphs) {
    assert.equal(paragraph.direction, 'rtl');
    for (const line of paragraph.lines) {
      // Digits and Latin words inside an Arabic sentence run left to right by the bidi rules.
      const arabic = line.filter((word) => word.arabic);
      for (let i = 1; i < arabic.length; i += 1) {
        assert.ok(arabic[i].right <= arabic[i - 1].left + 1, `«${arabic[i].word}» should be left of «${arabic[i - 1].word}» in: ${line.map((w) => w.word).join(' ')}`);
      }
      const rightmost = Math.max(...line.map((word) => word.right));
      const leftmost = Math.min(...line.map((word) => word.left));
      assert.ok(paragraph.right - rightmost < paragraph.fontSize * 1.5, `the line «${line.map((w) => w.word).join(' ')}» starts at the right edge (${paragraph.right - rightmost}px from it)`);
      if (leftmost - paragraph.left > paragraph.fontSize * 4) shortLines += 1;
      linesChecked += 1;
    }
  }
  assert.ok(linesChecked >= 10, `lines measured: ${linesChecked}`);
  assert.ok(shortLines >= 3, `short lines that hang from the right edge: ${shortLines}`);
}

/** The background colour of the first name of each kind, as getComputedStyle reports it. */
export function nameColours(frame) {
  return frame.evaluate(() =>
    Object.fromEntries(['person', 'place', 'organization'].map((kind) => {
      const mark = document.querySelector(`#article mark.entity.${kind}`);
      return [kind, mark ? getComputedStyle(mark).backgroundColor : 'none'];
    })),
  );
}

/** The texts of the names and the quotations' speaker markers, in page order: what a reader sees marked. */
export function markedTexts(frame) {
  return frame.evaluate(() => ({
    names: [...document.querySelectorAll('#article mark.entity')].map((mark) => `${mark.className}:${mark.textContent}`),
    speakers: [...document.querySelectorAll('#article .speaker-tag')].map((tag) => tag.textContent),
  }));
}

/**
 * What a hostile article's page ran and made: a global its markup would set, elements it would
 * add, and the article's text (without the speaker markers the page adds).
 */
export function hostileTraces(frame) {
  return frame.evaluate(() => {
    const article = document.getElementById('article').cloneNode(true);
    for (const tag of article.querySelectorAll('.speaker-tag')) tag.remove();
    return {
      hostileGlobal: typeof window.__hostile,
      injected: document.querySelectorAll('#article img, #article script, #article a, #article style, body > style').length,
      styles: document.querySelectorAll('style').length,
      text: article.textContent,
      bidiBadges: [...document.querySelectorAll('#article .bidi-control')].map((badge) => badge.textContent),
    };
  });
}
