/** The export formats the CLI and the editor share: each one's file extension and its writer. */
import { Annotations } from '../types';
import { formatBrat } from './brat';
import { formatConll } from './conll';
import { formatCsv } from './csv';

export type ExportFormat = 'brat' | 'conll' | 'csv';

export interface Exporter {
  /** The file beside the article: news.txt → news.ann (brat pairs NAME.txt with NAME.ann). */
  extension: string;
  render(text: string, annotations: Annotations): string;
}

export const EXPORTERS: Readonly<Record<ExportFormat, Exporter>> = {
  brat: { extension: '.ann', render: formatBrat },
  conll: { extension: '.conll', render: formatConll },
  csv: { extension: '.csv', render: (_text, annotations) => formatCsv(annotations) },
};

export { formatBratConf } from './brat';
/** The file name brat and INCEpTION look for beside the documents. */
export const BRAT_CONF_FILE = 'annotation.conf';
