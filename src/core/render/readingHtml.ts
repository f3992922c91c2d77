import type { Annotations, Entity, EntityMention, Quote } from '../types';
import { escapeAttribute, escapeText } from './escape';
import { ARABIC_LABELS, entitySummary, quoteSummary, READING_KINDS, ReadingLabels, speakerName } from './labels';
import { readingStyles, safeFontFamily } from './styles';

/**
 * The article as an Arabic page: `dir="rtl" lang="ar"`, its first line as the title, one
 * paragraph per line, names in their kind's colour, quotations marked with who said them, and a
 * legend whose checkboxes switch each kind off.
 */

/** What the webview adds: the handles its script needs and the Content-Security-Policy. */
export interface WebviewHooks {
  /** Allowed on the one inline style sheet and the script. */
  nonce: string;
  /** `webview.cspSource`: the origin the stylesheet and script are loaded from. */
  cspSource: string;
  scriptUri: string;
  styleUri: string;
}

export interface ReadingOptions {
  /** A CSS font list; anything that is not one falls back to the Arabic default. */
  fontFamily?: string;
  /** Absent: the standalone document (inline style, no script). */
  webview?: WebviewHooks;
  /** What the legend, tooltips and aria-labels say; Arabic unless given. */
  labels?: ReadingLabels;
}

interface Line {
  start: number;
  end: number;
}

/** The non-blank lines, as offsets into the text (line breaks and outer spaces left out). */
function contentLines(text: string): Line[] {
  const lines: Line[] = [];
  for (const match of text.matchAll(/[^\r\n]+/g)) {
    const leading = match[0].length - match[0].trimStart().length;
    const trimmed = match[0].trim();
    if (trimmed === '') continue;
    const start = match.index + leading;
    lines.push({ start, end: start + trimmed.length });
  }
  return lines;
}

type Frame = { key: string; close: string };

/** Renders spans of text inside their quotations and mentions, splitting any that cross. */
class SpanWriter {
  private readonly mentions: Array<EntityMention & { entity: Entity }>;
  private readonly quotes: Quote[];
  private readonly entities: Map<string, Entity>;
  private nextMention = 0;
  private nextQuote = 0;
  /** Quotations that started before the current line and may still cover it. */
  private live: Quote[] = [];
  private readonly markedQuotes = new Set<string>();

  constructor(private readonly text: string, annotations: Annotations, private readonly interactive: boolean, private readonly labels: ReadingLabels) {
    this.entities = new Map(annotations.entities.map((entity) => [entity.id, entity]));
    this.mentions = [];
    for (const entity of annotations.entities) {
      for (const mention of entity.mentions) this.mentions.push({ ...mention, entity });
    }
    this.mentions.sort((a, b) => a.start - b.start);
    // Outer quotations before the ones inside them.
    this.quotes = [...annotations.quotes].sort((a, b) => a.start - b.start || b.end - a.end);
  }

  /** The markup of [start, end); lines must be asked for in text order. */
  line(start: number, end: number): string {
    while (this.nextQuote < this.quotes.length && this.quotes[this.nextQuote].start < end) this.live.push(this.quotes[this.nextQuote++]);
    this.live = this.live.filter((quote) => quote.end > start);
    while (this.nextMention < this.mentions.length && this.mentions[this.nextMention].end <= start) this.nextMention++;
    const mentions: Array<EntityMention & { entity: Entity }> = [];
    for (let i = this.nextMention; i < this.mentions.length && this.mentions[i].start < end; i++) mentions.push(this.mentions[i]);

    const cuts = new Set([start, end]);
    for (const span of [...this.live, ...mentions]) {
      cuts.add(Math.max(start, span.start));
      cuts.add(Math.min(end, span.end));
    }
    const points = [...cuts].sort((a, b) => a - b);
    let html = '';
    const open: Frame[] = [];
    let mentionIndex = 0;
    for (let p = 0; p + 1 < points.length; p++) {
      const [from, to] = [points[p], points[p + 1]];
      while (mentionIndex < mentions.length && mentions[mentionIndex].end <= from) mentionIndex++;
      const mention = mentions[mentionIndex] && mentions[mentionIndex].start <= from ? mentions[mentionIndex] : undefined;
      const wanted: Array<{ key: string; openTag: () => string; close: string }> = this.live
        .filter((quote) => quote.start <= from && quote.end >= to)
        .map((quote) => ({ key: `q:${quote.id}`, openTag: () => this.quoteOpen(quote), close: '</span>' }));
      if (mention) wanted.push({ key: `m:${mention.start}`, openTag: () => this.mentionOpen(mention), close: '</mark>' });
      let shared = 0;
      while (shared < open.length && shared < wanted.length && open[shared].key === wanted[shared].key) shared++;
      while (open.length > shared) html += open.pop()!.close;
      for (const frame of wanted.slice(shared)) {
        html += frame.openTag();
        open.push(frame);
      }
      html += escapeText(this.text.slice(from, to));
    }
    while (open.length > 0) html += open.pop()!.close;
    return html;
  }

  private offsets(span: { start: number; end: number }): string {
    return this.interactive ? ` data-start="${span.start}" data-end="${span.end}"` : '';
  }

  /**
   * What the view's context menu is about (VS Code merges an element's `data-vscode-context` with
   * its ancestors'): a name inside a quotation offers both the name's and the quotation's corrections.
   */
  private menuContext(context: Record<string, number | boolean>): string {
    return this.interactive ? ` data-vscode-context="${escapeAttribute(JSON.stringify(context))}"` : '';
  }

  /** A person decided it: a class the page draws with a dashed line, and a word in its label. */
  private corrected(by: unknown, summary: string): { className: string; summary: string } {
    return by ? { className: ' corrected', summary: `${summary} · ${this.labels.corrected}` } : { className: '', summary };
  }

  private mentionOpen(mention: EntityMention & { entity: Entity }): string {
    const { entity } = mention;
    const { className, summary } = this.corrected(mention.by ?? entity.by, entitySummary(entity, this.labels));
    const label = escapeAttribute(`${mention.text}${this.labels.comma}${this.labels.kinds[entity.type]}: ${summary}`);
    const handles = this.interactive ? ` data-entity="${escapeAttribute(entity.id)}" tabindex="0" role="button"` : '';
    const menu = this.menuContext({ readingMention: true, mentionStart: mention.start, mentionEnd: mention.end });
    return `<mark class="entity ${entity.type}${className}"${handles}${this.offsets(mention)}${menu} title="${escapeAttribute(summary)}" aria-label="${label}">`;
  }

  /** A quotation's first piece starts with a visible marker naming its speaker. */
  private quoteOpen(quote: Quote): string {
    const { className, summary } = this.corrected(quote.by, quoteSummary(quote, this.entities, this.labels));
    const handles = this.interactive ? ` data-quote="${escapeAttribute(quote.id)}" tabindex="-1"` : '';
    const menu = this.menuContext({ readingQuote: true, quoteStart: quote.start, quoteEnd: quote.end });
    let html = `<span class="quote ${quote.kind}${className}"${handles}${this.offsets(quote)}${menu} title="${escapeAttribute(summary)}" aria-label="${escapeAttribute(summary)}">`;
    if (!this.markedQuotes.has(quote.id)) {
      this.markedQuotes.add(quote.id);
      // The marker is read as part of the Arabic line it stands in: it says "unnamed" in Arabic whatever the labels.
      html += `<span class="speaker-tag" aria-hidden="true">${escapeText(speakerName(quote, this.entities, ARABIC_LABELS))}</span>`;
    }
    return html;
  }
}

function legend(labels: ReadingLabels): string {
  const items = READING_KINDS.map((kind) => {
    const swatchClass = kind === 'quotation' ? 'swatch quotation' : `swatch entity ${kind}`;
    return `<label><input type="checkbox" id="show-${kind}" data-kind="${kind}" checked><span class="${swatchClass}">${escapeText(labels.kinds[kind])}</span></label>`;
  });
  const language = labels.lang === 'ar' ? '' : ` lang="${escapeAttribute(labels.lang)}" dir="${labels.dir}"`;
  return `<fieldset class="legend"${language}><legend>${escapeText(labels.legend)}</legend>${items.join('')}</fieldset>`;
}

/** The title and paragraphs, for the page's `<article>` (and for the webview's updates). */
export function renderArticle(text: string, annotations: Annotations, interactive: boolean, labels: ReadingLabels = ARABIC_LABELS): string {
  const writer = new SpanWriter(text, annotations, interactive, labels);
  return contentLines(text)
    .map((line, index) => {
      const tag = index === 0 ? 'h1' : 'p';
      const offsets = interactive ? ` data-start="${line.start}" data-end="${line.end}"` : '';
      return `<${tag}${offsets}>${writer.line(line.start, line.end)}</${tag}>`;
    })
    .join('\n');
}

function titleOf(text: string): string {
  const first = contentLines(text)[0];
  return first ? text.slice(first.start, first.end) : '';
}

/** A whole HTML document: standalone (self-contained, no script) or for the webview. */
export function renderReadingDocument(text: string, annotations: Annotations, options: ReadingOptions = {}): string {
  const { webview } = options;
  const head = [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
  ];
  if (webview) {
    const nonce = escapeAttribute(webview.nonce);
    const source = escapeAttribute(webview.cspSource);
    head.push(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src ${source}; font-src ${source}; style-src ${source} 'nonce-${nonce}'; script-src 'nonce-${nonce}';">`,
    );
  }
  head.push(`<title>${escapeText(titleOf(text))}</title>`);
  head.push(`<style${webview ? ` nonce="${escapeAttribute(webview.nonce)}"` : ''}>${readingStyles(safeFontFamily(options.fontFamily))}</style>`);
  if (webview) head.push(`<link rel="stylesheet" href="${escapeAttribute(webview.styleUri)}">`);
  const script = webview ? `\n<script nonce="${escapeAttribute(webview.nonce)}" src="${escapeAttribute(webview.scriptUri)}"></script>` : '';
  return [
    '<!DOCTYPE html>',
    '<html dir="rtl" lang="ar">',
    `<head>\n${head.join('\n')}\n</head>`,
    `<body${webview ? ' class="webview"' : ''}>`,
    '<div class="page">',
    legend(options.labels ?? ARABIC_LABELS),
    `<main><article id="article">\n${renderArticle(text, annotations, webview !== undefined, options.labels)}\n</article></main>`,
    `</div>${script}`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
