import * as vscode from 'vscode';
import { HIGHLIGHT_KINDS, HighlightKind } from './model/highlights';

export const SECTION = 'arabicAnnotator';

export interface Settings {
  highlight: Record<HighlightKind, boolean>;
  arabicThreshold: number;
  debounceMs: number;
  maxDocumentSizeKB: number;
  uncertaintyMarks: boolean;
}

/** The `arabicAnnotator.*` settings (defaults live in package.json). */
export function readSettings(scope?: vscode.ConfigurationScope): Settings {
  const config = vscode.workspace.getConfiguration(SECTION, scope);
  const highlight = {} as Record<HighlightKind, boolean>;
  for (const kind of HIGHLIGHT_KINDS) highlight[kind] = config.get<boolean>(`highlight.${kind}`, true);
  return {
    highlight,
    arabicThreshold: config.get<number>('arabicThreshold', 0.5),
    debounceMs: Math.max(0, config.get<number>('debounceMs', 300)),
    maxDocumentSizeKB: config.get<number>('maxDocumentSizeKB', 2048),
    uncertaintyMarks: config.get<boolean>('uncertaintyMarks', true),
  };
}
