import * as vscode from 'vscode';
import type { Span } from '../core/types';
import { AnnotationStore } from './annotationStore';
import { definingMention, indexOf, Mention } from './model/annotationIndex';

/**
 * Go to Definition (the entity's first full mention), Find All References (every mention,
 * aliases included) and the highlight of the other mentions of the entity under the cursor.
 */
export class MentionProviders implements vscode.DefinitionProvider, vscode.ReferenceProvider, vscode.DocumentHighlightProvider {
  constructor(private readonly store: AnnotationStore) {}

  async provideDefinition(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.Location | undefined> {
    const mention = await this.mentionAt(document, position, token);
    const target = mention && definingMention(mention.entity);
    return target && new vscode.Location(document.uri, this.range(document, target));
  }

  async provideReferences(document: vscode.TextDocument, position: vscode.Position, context: vscode.ReferenceContext, token: vscode.CancellationToken): Promise<vscode.Location[] | undefined> {
    const mention = await this.mentionAt(document, position, token);
    if (!mention) return undefined;
    const definition = definingMention(mention.entity);
    return mention.entity.mentions
      .filter((span) => context.includeDeclaration || span !== definition)
      .map((span) => new vscode.Location(document.uri, this.range(document, span)));
  }

  async provideDocumentHighlights(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.DocumentHighlight[] | undefined> {
    // Asked on every cursor move, so also on every keystroke: it waits for the typed version's
    // analysis rather than moving the last one through the edits each time.
    const mention = await this.mentionAt(document, position, token, 'current');
    return mention?.entity.mentions.map((span) => new vscode.DocumentHighlight(this.range(document, span), vscode.DocumentHighlightKind.Text));
  }

  private async mentionAt(
    document: vscode.TextDocument,
    position: vscode.Position,
    token: vscode.CancellationToken,
    analysis: 'available' | 'current' = 'available',
  ): Promise<Mention | undefined> {
    const annotations = await (analysis === 'current' ? this.store.current(document) : this.store.available(document));
    if (!annotations || token.isCancellationRequested) return undefined;
    return indexOf(annotations).mentionAtCursor(document.offsetAt(position));
  }

  private range(document: vscode.TextDocument, span: Span): vscode.Range {
    return new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
  }
}
