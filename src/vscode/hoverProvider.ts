import * as vscode from 'vscode';
import type { DecidedBy, Entity } from '../core/types';
import { AnnotationStore } from './annotationStore';
import { CorpusIndexer } from './corpusIndexer';
import { indexOf } from './model/annotationIndex';
import { entityCard, escapeMarkdown, quoteCard, REVEAL_COMMAND } from './model/cards';
import { HOVER_CORRECTION_COMMANDS, mentionCorrectionLinks, quoteCorrectionLinks } from './model/correctionLinks';

/** Markdown that may show codicons and run the reveal and correction commands, and nothing else. */
function trustedCard(markdown: string): vscode.MarkdownString {
  const card = new vscode.MarkdownString(markdown, true);
  card.isTrusted = { enabledCommands: [REVEAL_COMMAND, ...HOVER_CORRECTION_COMMANDS] };
  return card;
}

/** Cards over an entity (who or what it is, how often, what they said) and over a quotation. */
export class AnnotationHoverProvider implements vscode.HoverProvider {
  constructor(private readonly store: AnnotationStore, private readonly corpus: CorpusIndexer) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.Hover | undefined> {
    const annotations = await this.store.available(document);
    if (!annotations || token.isCancellationRequested) return undefined;
    const index = indexOf(annotations);
    const offset = document.offsetAt(position);
    const mention = index.mentionAt(offset);
    const quote = index.quoteAt(offset);
    const cards: vscode.MarkdownString[] = [];
    // What a person decided (a correction kept beside the article) is told from what the analysis found.
    const corrected = (by: DecidedBy | undefined) => (by ? `\n\n$(edit) *${vscode.l10n.t('(corrected)')}*` : '');
    const uri = document.uri.toString();
    // Links that correct what the card is about, as the quick fixes do (none on an untitled document: no file beside it).
    const links = (markdown: () => string) => (document.isUntitled ? '' : `\n\n${markdown()}`);
    // What the analysis guessed (a name the tagger was unsure of, a speaker from the context) says so: a reviewer looks twice.
    const uncertain = this.store.uncertain(document, annotations);
    const unsure = (guessed: boolean, why: string) => (guessed ? `\n\n$(question) *${why}*` : '');
    if (mention) {
      const unsureName = unsure(uncertain.mentions.some((m) => m.start === mention.start && m.end === mention.end), vscode.l10n.t('uncertain: the tagger hesitated over this name'));
      cards.push(trustedCard(entityCard(mention.entity, index, uri, vscode.l10n.t) + corrected(mention.by ?? mention.entity.by) + unsureName
        + this.elsewhere(mention.entity, document) + links(() => mentionCorrectionLinks(mention, mention.entity, uri, vscode.l10n.t))));
    }
    if (quote) {
      const unsureSpeaker = unsure(uncertain.quotes.includes(quote), vscode.l10n.t('uncertain: the speaker is guessed from the context'));
      cards.push(trustedCard(quoteCard(quote, index, vscode.l10n.t) + corrected(quote.by) + unsureSpeaker + links(() => quoteCorrectionLinks(quote, uri, vscode.l10n.t))));
    }
    const span = mention ?? quote;
    if (!span) return undefined;
    return new vscode.Hover(cards, new vscode.Range(document.positionAt(span.start), document.positionAt(span.end)));
  }

  /** The other articles of the folder (the Corpus view's index) the name appears in, and its roles there. */
  private elsewhere(entity: Entity, document: vscode.TextDocument): string {
    if ((entity.type !== 'person' && entity.type !== 'organization') || this.corpus.index.articleCount === 0) return '';
    const { articles, roles } = this.corpus.index.elsewhere(entity.name, entity.type, document.uri.toString());
    if (articles === 0) return `\n\n$(library) *${vscode.l10n.t('In no other article of the folder')}*`;
    const line = vscode.l10n.t('In {0} other articles of the folder', articles);
    return `\n\n$(library) ${line}${roles.length > 0 ? `: ${roles.map(escapeMarkdown).join('، ')}` : ''}`;
  }
}
