/**
 * Article text made inert for HTML. Everything the article says goes through `escapeText` or
 * `escapeAttribute`; nothing from the text ever becomes markup, a URL or a style.
 */

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Embedding and isolate controls (U+202A–U+202E, U+2066–U+2069) would reorder the page around
 * them, so they are never passed through: each is shown as a small visible badge instead.
 * The marks U+200E, U+200F and U+061C only nudge neutral characters and are common in news
 * text: they stay.
 */
const BIDI_CONTROL_NAMES: Record<string, string> = {
  '\u202A': 'LRE',
  '\u202B': 'RLE',
  '\u202C': 'PDF',
  '\u202D': 'LRO',
  '\u202E': 'RLO',
  '\u2066': 'LRI',
  '\u2067': 'RLI',
  '\u2068': 'FSI',
  '\u2069': 'PDI',
};

const UNSAFE_IN_ATTRIBUTE = /[&<>"']/g;
const UNSAFE_IN_TEXT = /[&<>"'\u202A-\u202E\u2066-\u2069]/g;
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

function codePointLabel(control: string): string {
  return `U+${control.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Text for an element's content; bidi controls become visible badges. */
export function escapeText(text: string): string {
  return text.replace(UNSAFE_IN_TEXT, (ch) => {
    const name = BIDI_CONTROL_NAMES[ch];
    if (!name) return HTML_ENTITIES[ch];
    return `<span class="bidi-control" title="${codePointLabel(ch)}" aria-label="${codePointLabel(ch)} ${name}">${name}</span>`;
  });
}

/** Text for a quoted attribute value (title, aria-label); bidi controls are written as their code point. */
export function escapeAttribute(text: string): string {
  return text
    .replace(BIDI_CONTROLS, (ch) => `[${codePointLabel(ch)}]`)
    .replace(UNSAFE_IN_ATTRIBUTE, (ch) => HTML_ENTITIES[ch]);
}
