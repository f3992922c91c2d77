import * as vscode from 'vscode';
import type { ExportFormat } from '../core/export/index';
import { AnnotationStore } from './annotationStore';
import { exportPath, siblingPath } from './model/exportTargets';
import { writeFileAtomically } from './writeAtomically';

export const EXPORT_ANNOTATIONS = 'arabicAnnotator.export';

const FORMATS: readonly ExportFormat[] = ['brat', 'conll', 'csv'];

/** The exporters load with the core, on first use, as the analysis does. */
const loadExporters = () => import('../core/export/index');

/**
 * "Export annotations…": the analysis the editor holds for the active document (corrections
 * included), in a format picked from a list — or given as the argument, for keybindings and
 * tests — written beside the article.
 */
export function registerExportCommand(store: AnnotationStore, log: vscode.LogOutputChannel): vscode.Disposable {
  return vscode.commands.registerCommand(EXPORT_ANNOTATIONS, async (format?: unknown) => {
    try {
      await exportActiveDocument(store, FORMATS.includes(format as ExportFormat) ? (format as ExportFormat) : undefined);
    } catch (error) {
      log.error('Export failed', error);
      void vscode.window.showErrorMessage(vscode.l10n.t('The export failed: {0}', error instanceof Error ? error.message : String(error)));
    }
  });
}

async function exportActiveDocument(store: AnnotationStore, given: ExportFormat | undefined): Promise<void> {
  const document = vscode.window.activeTextEditor?.document;
  if (!document) return;
  const version = document.version;
  const annotations = await store.current(document);
  if (!annotations) {
    void vscode.window.showInformationMessage(vscode.l10n.t('This document is not annotated, so there is nothing to export.'));
    return;
  }
  const format = given ?? (await pickFormat());
  if (!format) return;
  if (document.version !== version) {
    void vscode.window.showWarningMessage(vscode.l10n.t('The document changed while the export was being prepared; export it again.'));
    return;
  }
  if (document.isDirty && !document.isUntitled) {
    const save = vscode.l10n.t('Save and Export');
    const answer = await vscode.window.showWarningMessage(vscode.l10n.t('The export must match the article on disk, which has unsaved changes.'), { modal: true }, save);
    if (answer !== save || !(await document.save())) return;
    // Saving may change the text (format on save): then the analysis is not of it.
    if (document.version !== version) {
      void vscode.window.showWarningMessage(vscode.l10n.t('The document changed while the export was being prepared; export it again.'));
      return;
    }
  }
  const { EXPORTERS, BRAT_CONF_FILE, formatBratConf } = await loadExporters();
  const exporter = EXPORTERS[format];
  const target = document.isUntitled
    ? await vscode.window.showSaveDialog({ filters: { [format]: [exporter.extension.slice(1)] } })
    : document.uri.with({ path: exportPath(document.uri.path, exporter.extension) });
  if (!target) return;
  await writeFileAtomically(target, exporter.render(document.getText(), annotations));
  const written = [target];
  if (format === 'brat') {
    const conf = target.with({ path: siblingPath(target.path, BRAT_CONF_FILE) });
    // A project's own annotation.conf is the user's: never overwritten.
    const existing = await vscode.workspace.fs.readFile(conf).then((bytes) => new TextDecoder().decode(bytes), () => undefined);
    if (existing === undefined) {
      await writeFileAtomically(conf, formatBratConf());
      written.push(conf);
    } else if (existing !== formatBratConf()) {
      void vscode.window.showWarningMessage(vscode.l10n.t('{0} is already in the folder and differs from the one the export needs; it was left as it is.', BRAT_CONF_FILE));
    }
  }
  const open = vscode.l10n.t('Open');
  const names = written.map((uri) => uri.path.slice(uri.path.lastIndexOf('/') + 1)).join(', ');
  // Not awaited: a notification stays until it is dismissed, and the export is done.
  void vscode.window.showInformationMessage(vscode.l10n.t('Exported to {0}.', names), open).then((choice) => {
    if (choice === open) void vscode.window.showTextDocument(target);
  });
}

async function pickFormat(): Promise<ExportFormat | undefined> {
  const items: (vscode.QuickPickItem & { format: ExportFormat })[] = [
    { format: 'brat', label: 'brat standoff (.ann)', description: vscode.l10n.t('names, quotations, speakers and roles, for brat and INCEpTION; with annotation.conf') },
    { format: 'conll', label: 'CoNLL (.conll)', description: vscode.l10n.t('one token a line with its BIO tag, for training NER models') },
    { format: 'csv', label: 'CSV (.csv)', description: vscode.l10n.t('one quotation a row, for spreadsheets') },
  ];
  const picked = await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('Export the annotations as') });
  return picked?.format;
}
