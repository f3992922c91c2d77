// The reading view's page script: hover cards, clicks and keys that reveal text in the editor,
// the context menu from the keyboard, and following the editor's cursor and scroll. Article text
// only ever reaches the page as markup the extension escaped (src/core/render) or through
// textContent here.
(function () {
  const vscode = acquireVsCodeApi();
  const article = document.getElementById('article');
  const card = document.createElement('div');
  card.className = 'card';
  card.id = 'card';
  card.setAttribute('role', 'tooltip');
  card.hidden = true;
  document.body.append(card);
  let cards = { entities: {}, quotes: {} };
  /** The cards' words, in the editor's language (sent with each update: src/vscode/model/readingLabels.ts). */
  let labels;
  /** The name the m / M keys move from. */
  let lastMention;
  /** The editor's cursor, where n / p start from when nothing in the page has the focus. */
  let cursorOffset = 0;

  function own(object, key) {
    return Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined;
  }

  function offsetsOf(element) {
    return { start: Number(element.dataset.start), end: Number(element.dataset.end) };
  }

  function reveal(element, keepFocus) {
    const { start, end } = offsetsOf(element);
    vscode.postMessage({ type: 'reveal', start, end, keepFocus });
  }

  function line(text, className) {
    const element = document.createElement('div');
    if (className) element.className = className;
    element.textContent = text;
    return element;
  }

  /** A label template with its value, as text. */
  function fill(template, value) {
    return template.replace('{0}', () => String(value));
  }

  function entityCard(data) {
    const parts = [line(data.name, 'card-title'), line(`${data.kind} · ${fill(labels.mentions, data.mentions)}`, 'card-meta')];
    if (data.roles.length > 0) parts.push(line(fill(labels.roles, data.roles.join(' · '))));
    if (data.forms.length > 0) parts.push(line(fill(labels.forms, data.forms.join(' · '))));
    if (data.quotes.length > 0) {
      parts.push(line(fill(labels.quotations, data.quotes.length), 'card-meta'));
      for (const quote of data.quotes.slice(0, 3)) parts.push(line(`«${quote.label}»`, 'card-quote'));
    }
    return parts;
  }

  function quoteCard(data) {
    const parts = [line(data.kind, 'card-title'), line(fill(labels.saidBy, data.role ? `${data.speaker} · ${data.role}` : data.speaker))];
    if (data.cue) parts.push(line(fill(labels.cue, data.cue)));
    if (data.via) parts.push(line(fill(labels.via, data.via)));
    return parts;
  }

  function showCard(target) {
    const entity = target.dataset.entity && own(cards.entities, target.dataset.entity);
    const quote = !entity && target.dataset.quote && own(cards.quotes, target.dataset.quote);
    const parts = labels && (entity ? entityCard(entity) : quote ? quoteCard(quote) : undefined);
    if (!parts) return;
    // A person decided it (the corrections file beside the article), as the editor's hover says.
    if (target.classList.contains('corrected')) parts.push(line(labels.corrected, 'card-meta card-corrected'));
    card.replaceChildren(...parts);
    card.lang = labels.lang;
    card.dir = labels.dir;
    card.hidden = false;
    const box = target.getBoundingClientRect();
    const width = card.offsetWidth;
    const right = Math.min(Math.max(box.right, width + 8), document.documentElement.clientWidth - 8);
    card.style.left = `${right - width + window.scrollX}px`;
    const below = box.bottom + 6;
    card.style.top = `${(below + card.offsetHeight > window.innerHeight ? box.top - card.offsetHeight - 6 : below) + window.scrollY}px`;
    target.setAttribute('aria-describedby', 'card');
  }

  function hideCard() {
    card.hidden = true;
  }

  /** The name or, outside names, the quotation an event happened on. */
  function annotationAt(node) {
    const element = node instanceof Element ? node : node && node.parentElement;
    return element && element.closest('mark[data-entity], .quote[data-quote]');
  }

  article.addEventListener('mouseover', (event) => {
    const target = annotationAt(event.target);
    if (target) showCard(target);
    else hideCard();
  });
  article.addEventListener('mouseleave', hideCard);
  article.addEventListener('focusin', (event) => {
    const target = annotationAt(event.target);
    if (target) showCard(target);
    if (target && target.dataset.entity) lastMention = target;
  });
  article.addEventListener('focusout', hideCard);
  article.addEventListener('click', (event) => {
    const target = annotationAt(event.target);
    if (!target) return;
    if (target.dataset.entity) lastMention = target;
    reveal(target, false);
  });

  function quotations() {
    const seen = new Set();
    return [...article.querySelectorAll('.quote[data-quote]')].filter((element) => !seen.has(element.dataset.quote) && seen.add(element.dataset.quote));
  }

  /** The element after (or before) the focused one, or else the editor's cursor; round at the ends. */
  function step(list, direction, from) {
    if (list.length === 0) return undefined;
    const index = list.indexOf(from || document.activeElement);
    if (index >= 0) return list[(index + direction + list.length) % list.length];
    const starts = list.map((element) => Number(element.dataset.start));
    if (direction > 0) return list[starts.findIndex((start) => start > cursorOffset)] ?? list[0];
    return list[starts.findLastIndex((start) => start < cursorOffset)] ?? list[list.length - 1];
  }

  function moveTo(element) {
    if (!element) return;
    element.focus({ preventScroll: true });
    element.scrollIntoView({ block: 'center', behavior: 'smooth' });
    reveal(element, true);
  }

  function sameEntity(direction) {
    const from = document.activeElement && document.activeElement.dataset && document.activeElement.dataset.entity ? document.activeElement : lastMention;
    if (!from || !article.contains(from)) return undefined;
    const list = [...article.querySelectorAll('mark[data-entity]')].filter((element) => element.dataset.entity === from.dataset.entity);
    return step(list, direction, from);
  }

  document.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.target instanceof HTMLInputElement) return;
    const target = annotationAt(event.target);
    if ((event.key === 'Enter' || event.key === ' ') && target) {
      event.preventDefault();
      reveal(target, false);
      return;
    }
    // The context menu (its corrections) from the keyboard, opened at the focused name or quotation:
    // VS Code shows it for a contextmenu event with the element's data-vscode-context.
    if ((event.key === 'ContextMenu' || (event.shiftKey && event.key === 'F10')) && target) {
      event.preventDefault();
      const box = target.getBoundingClientRect();
      target.dispatchEvent(new MouseEvent('contextmenu', { bubbles: true, cancelable: true, clientX: box.right - 4, clientY: box.bottom }));
      return;
    }
    const moves = {
      n: () => step(quotations(), 1), j: () => step(quotations(), 1),
      p: () => step(quotations(), -1), k: () => step(quotations(), -1),
      m: () => sameEntity(1), M: () => sameEntity(-1),
      Escape: () => { hideCard(); return undefined; },
    };
    const move = own(moves, event.key);
    if (!move) return;
    event.preventDefault();
    moveTo(move());
  });

  function follow(offset) {
    cursorOffset = offset;
    const paragraphs = [...article.querySelectorAll(':scope > [data-start]')];
    const paragraph = paragraphs.findLast((element) => Number(element.dataset.start) <= offset) || paragraphs[0];
    for (const previous of article.querySelectorAll('.current')) if (previous !== paragraph) previous.classList.remove('current');
    if (!paragraph) return;
    paragraph.classList.add('current');
    const box = paragraph.getBoundingClientRect();
    if (box.bottom < 0 || box.top > window.innerHeight) paragraph.scrollIntoView({ block: 'center' });
  }

  /**
   * The paragraph holding the editor's first visible line goes to the top of the view; when the
   * editor shows its cursor, the view keeps the cursor's paragraph on screen as well.
   */
  function followScroll(offset, cursorShown) {
    const paragraphs = [...article.querySelectorAll(':scope > [data-start]')];
    const paragraph = paragraphs.findLast((element) => Number(element.dataset.start) <= offset) || paragraphs[0];
    if (!paragraph) return;
    window.scrollTo({ top: paragraph.getBoundingClientRect().top + window.scrollY - 8 });
    const current = cursorShown && article.querySelector(':scope > .current');
    if (!current) return;
    const box = current.getBoundingClientRect();
    if (box.top < 0 || box.bottom > window.innerHeight) current.scrollIntoView({ block: 'nearest' });
  }

  window.addEventListener('message', (event) => {
    const message = event.data;
    if (!message || typeof message !== 'object') return;
    if (message.type === 'update' && typeof message.html === 'string' && message.cards && message.labels) {
      const focused = document.activeElement && article.contains(document.activeElement) ? offsetsOf(document.activeElement) : undefined;
      hideCard();
      article.innerHTML = message.html;
      cards = message.cards;
      labels = message.labels;
      if (focused) {
        const again = article.querySelector(`[data-start="${focused.start}"][data-end="${focused.end}"]`);
        if (again) again.focus({ preventScroll: true });
      }
    } else if (message.type === 'cursor' && Number.isFinite(message.offset)) {
      follow(message.offset);
    } else if (message.type === 'scroll' && Number.isFinite(message.offset)) {
      followScroll(message.offset, message.cursorShown === true);
    }
  });

  vscode.postMessage({ type: 'ready' });
})();
