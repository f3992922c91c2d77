import * as vscode from 'vscode';
import type { Annotations, Span } from '../core/types';
import { AnnotationStore, hostTurns } from './annotationStore';
import { readSettings, SECTION } from './config';
import { HIGHLIGHT_KINDS, HighlightKind, highlightSpans, rulerSpans } from './model/highlights';

export type DrawnRanges = Record<HighlightKind, vscode.Range[]>;

const RULER_LANES: Record<HighlightKind, vscode.OverviewRulerLane> = {
  person: vscode.OverviewRulerLane.Left,
  place: vscode.OverviewRulerLane.Center,
  organization: vscode.OverviewRulerLane.Center,
  quotation: vscode.OverviewRulerLane.Right,
};

/**
 * One decoration type per kind, drawn with background and border only: a foreground colour or
 * font change would split an Arabic line into pieces that VS Code lays out left to right,
 * scrambling the word order.
 */
function decorationType(kind: HighlightKind): vscode.TextEditorDecorationType {
  return vscode.window.createTextEditorDecorationType({
    backgroundColor: new vscode.ThemeColor(`${SECTION}.${kind}Background`),
    borderColor: new vscode.ThemeColor(`${SECTION}.${kind}Border`),
    borderStyle: 'solid',
    borderWidth: '1px',
    borderRadius: '3px',
    // Typing at a highlight's edge does not stretch it; the next analysis redraws it anyway.
    rangeBehavior: vscode.DecorationRangeBehavior.OpenOpen,
  });
}

/** The kind's overview-ruler marks, a type of their own: fewer of them than highlights (rulerSpans). */
function rulerType(kind: HighlightKind): vscode.TextEditorDecorationType {
  return vscode.window.createTextEditorDecorationType({
    overviewRulerColor: new vscode.ThemeColor(`${SECTION}.${kind}OverviewRuler`),
    overviewRulerLane: RULER_LANES[kind],
    rangeBehavior: vscode.DecorationRangeBehavior.OpenOpen,
  });
}

function emptyRanges(): DrawnRanges {
  return { person: [], place: [], organization: [], quotation: [] };
}

/**
 * Draws the analyses in the visible editors. Old highlights stay until the next analysis is
 * ready (VS Code moves them with the edits), so they never flicker away while typing.
 */
export class Highlighter implements vscode.Disposable {
  private readonly types: Record<HighlightKind, vscode.TextEditorDecorationType>;
  private readonly rulerTypes: Record<HighlightKind, vscode.TextEditorDecorationType>;
  private readonly hiddenDocuments = new Set<string>();
  private allHidden = false;
  /** What was last drawn per document, for the test API. */
  private readonly drawn = new Map<string, DrawnRanges>();
  /** Counts the draws per document, so a newer draw stops an older one. */
  private readonly drawGenerations = new Map<string, number>();
  private readonly changes = new vscode.EventEmitter<void>();
  /** Fired when highlighting is switched off or on. */
  readonly onDidToggle = this.changes.event;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly store: AnnotationStore) {
    this.types = {} as Record<HighlightKind, vscode.TextEditorDecorationType>;
    this.rulerTypes = {} as Record<HighlightKind, vscode.TextEditorDecorationType>;
    for (const kind of HIGHLIGHT_KINDS) {
      this.types[kind] = decorationType(kind);
      this.rulerTypes[kind] = rulerType(kind);
    }
    this.disposables.push(
      vscode.Disposable.from(...Object.values(this.types), ...Object.values(this.rulerTypes)),
      this.changes,
      store.onDidUpdate(({ document, annotations }) => this.drawDocument(document, annotations)),
      vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((editor) => this.drawEditor(editor))),
      vscode.workspace.onDidCloseTextDocument((document) => {
        this.drawn.delete(document.uri.toString());
        this.drawGenerations.delete(document.uri.toString());
        this.hiddenDocuments.delete(document.uri.toString());
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration(`${SECTION}.highlight`)) this.redrawAll();
      }),
    );
  }

  isShown(document: vscode.TextDocument): boolean {
    return !this.allHidden && !this.hiddenDocuments.has(document.uri.toString());
  }

  /** Highlights off or on for one document. */
  toggle(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    if (this.isShown(document)) {
      this.hiddenDocuments.add(key);
    } else {
      // Showing one document while all are hidden: hide every other open one instead.
      if (this.allHidden) {
        this.allHidden = false;
        for (const other of vscode.workspace.textDocuments) this.hiddenDocuments.add(other.uri.toString());
      }
      this.hiddenDocuments.delete(key);
    }
    this.redrawAll();
  }

  /** Highlights off for every document, or back on for all of them. */
  toggleAll(): void {
    this.allHidden = !this.allHidden;
    this.hiddenDocuments.clear();
    this.redrawAll();
  }

  /** Ranges currently drawn for the document in visible editors (empty when none or off). */
  decorationRanges(uri: vscode.Uri): DrawnRanges {
    const key = uri.toString();
    const visible = vscode.window.visibleTextEditors.some((editor) => editor.document.uri.toString() === key);
    return visible ? this.drawn.get(key) ?? emptyRanges() : emptyRanges();
  }

  private redrawAll(): void {
    vscode.window.visibleTextEditors.forEach((editor) => this.drawEditor(editor));
    this.changes.fire();
  }

  /** Draws what is known of the document's current version (store.shown), or nothing until the first analysis. */
  private drawEditor(editor: vscode.TextEditor): void {
    const { document } = editor;
    const annotations = this.store.shown(document);
    if (annotations || !this.store.isAnnotated(document) || !this.isShown(document)) this.drawDocument(document, annotations);
  }

  /**
   * Converts one kind's offsets per turn of the event loop (a long article has thousands of
   * highlights, and converting them all at once would hold up the extension host), then draws
   * them a kind per turn. A newer draw or an edit drops this one; what is drawn stays (VS Code
   * moves it with the edits) until the next analysis is drawn.
   */
  private drawDocument(document: vscode.TextDocument, annotations: Annotations | undefined): void {
    const key = document.uri.toString();
    const generation = (this.drawGenerations.get(key) ?? 0) + 1;
    this.drawGenerations.set(key, generation);
    // A document out of sight is drawn when an editor shows it (onDidChangeVisibleTextEditors).
    if (!vscode.window.visibleTextEditors.some((editor) => editor.document.uri.toString() === key)) return;
    const version = document.version;
    const isCurrent = () => this.drawGenerations.get(key) === generation && !document.isClosed && document.version === version;
    const draw = async (): Promise<void> => {
      // Not in the turn the analysis arrived in: the views waiting for it have theirs (hostTurns).
      await hostTurns.next();
      if (!isCurrent()) return;
      const spans = annotations && this.isShown(document) ? highlightSpans(annotations, readSettings(document).highlight) : undefined;
      const ranges = emptyRanges();
      const rulerRanges = emptyRanges();
      const textLength = document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
      const toRange = (span: Span) => new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
      for (const kind of HIGHLIGHT_KINDS) {
        ranges[kind] = (spans?.[kind] ?? []).map(toRange);
        rulerRanges[kind] = rulerSpans(spans?.[kind] ?? [], textLength).map(toRange);
        await hostTurns.next();
        if (!isCurrent()) return;
      }
      // One kind per turn here too: handing 16,000 ranges to the editor takes it 10–20 ms.
      for (const kind of HIGHLIGHT_KINDS) {
        for (const editor of vscode.window.visibleTextEditors) {
          if (editor.document.uri.toString() !== key) continue;
          editor.setDecorations(this.types[kind], ranges[kind]);
          editor.setDecorations(this.rulerTypes[kind], rulerRanges[kind]);
        }
        await hostTurns.next();
        if (!isCurrent()) return;
      }
      this.drawn.set(key, ranges);
    };
    void draw();
  }

  dispose(): void {
    vscode.Disposable.from(...this.disposables).dispose();
  }
}
