import * as vscode from 'vscode';
import type { Annotations } from '../core/types';
import { AnnotationStore } from './annotationStore';
import { registerCommands } from './commands';
import { CorrectionActionProvider } from './correctionActions';
import { CorpusIndexer } from './corpusIndexer';
import { CorpusSymbolProvider } from './corpusSymbols';
import { CorpusView } from './corpusView';
import { registerCorrectionCommands } from './correctionCommands';
import { registerExportCommand } from './exportCommand';
import { DrawnRanges, Highlighter } from './highlighter';
import { AnnotationHoverProvider } from './hoverProvider';
import { MentionProviders } from './mentionProviders';
import { ARABIC_ARTICLE_LANGUAGE, DETECTED_LANGUAGES } from './model/documentPolicy';
import { correctedSpans } from './model/correctionChoices';
import { ReadingView } from './readingView';
import { readSettings, SECTION } from './config';
import { SpanMarks } from './spanMarks';
import { uncertainSpans } from './model/uncertainty';
import { SpeakersView } from './speakersView';
import { StatusBar } from './statusBar';
import { AnnotationSymbolProvider } from './symbolProvider';

/** What activate() returns: read by the integration tests. */
export interface AnnotatorApi {
  /** The analysis of the document's current version; waits for a pending one. undefined when the
   *  document is not annotated (not Arabic, too large, closed). */
  annotations(uri: vscode.Uri): Promise<Annotations | undefined>;
  /** Ranges currently drawn per kind in the visible editors of this document (empty when off). */
  decorationRanges(uri: vscode.Uri): DrawnRanges;
  /** Milliseconds spent in activate() (measured with performance.now()). */
  readonly activationMs: number;
}

/**
 * Activation only wires listeners and providers; the core (and its model) loads on the first
 * Arabic document.
 */
export function activate(context: vscode.ExtensionContext): AnnotatorApi {
  const started = performance.now();
  const log = vscode.window.createOutputChannel(vscode.l10n.t('Arabic Annotator'), { log: true });
  const store = new AnnotationStore(log);
  const highlighter = new Highlighter(store);
  const selector: vscode.DocumentSelector = [...DETECTED_LANGUAGES, ARABIC_ARTICLE_LANGUAGE].map((language) => ({ language }));
  const mentions = new MentionProviders(store);
  const readingView = new ReadingView(store, context.extensionUri, log);
  const corpus = new CorpusIndexer(context, log);
  context.subscriptions.push(
    corpus,
    new CorpusView(corpus),
    vscode.languages.registerWorkspaceSymbolProvider(new CorpusSymbolProvider(corpus)),
    log,
    store,
    highlighter,
    new SpeakersView(store),
    readingView,
    new StatusBar(store, highlighter),
    registerCommands(store, highlighter, log),
    registerExportCommand(store, log),
    registerCorrectionCommands(store, log, (viewContext, kind) => readingView.targetOf(viewContext, kind)),
    // What a person decided, told from what the analysis found: a dashed line under it.
    new SpanMarks(store, highlighter, {
      borderColor: new vscode.ThemeColor(`${SECTION}.correctedUnderline`), borderStyle: 'none none dashed none', borderWidth: '0 0 2px 0',
    }, (_document, annotations) => correctedSpans(annotations)),
    // What the analysis guessed (a speaker from the context, a name the tagger was unsure of): a dotted border around it.
    new SpanMarks(store, highlighter, {
      borderColor: new vscode.ThemeColor(`${SECTION}.uncertainBorder`), borderStyle: 'dotted', borderWidth: '2px', borderRadius: '3px',
    }, (document, annotations) => (readSettings(document).uncertaintyMarks ? uncertainSpans(store.uncertain(document, annotations)) : []), 'uncertaintyMarks'),
    vscode.languages.registerCodeActionsProvider(selector, new CorrectionActionProvider(store), CorrectionActionProvider.metadata),
    vscode.languages.registerHoverProvider(selector, new AnnotationHoverProvider(store, corpus)),
    // The editor lists the provider registered last first: the speakers.
    vscode.languages.registerDocumentSymbolProvider(selector, new AnnotationSymbolProvider(store, 'names'), { label: vscode.l10n.t('Names') }),
    vscode.languages.registerDocumentSymbolProvider(selector, new AnnotationSymbolProvider(store, 'speakers'), { label: vscode.l10n.t('Speakers') }),
    vscode.languages.registerDefinitionProvider(selector, mentions),
    vscode.languages.registerReferenceProvider(selector, mentions),
    vscode.languages.registerDocumentHighlightProvider(selector, mentions),
  );
  store.considerOpenDocuments();
  const activationMs = performance.now() - started;
  return {
    activationMs,
    async annotations(uri) {
      const document = vscode.workspace.textDocuments.find((open) => open.uri.toString() === uri.toString());
      return document && store.current(document);
    },
    decorationRanges: (uri) => highlighter.decorationRanges(uri),
  };
}
