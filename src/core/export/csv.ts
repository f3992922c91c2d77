/**
 * One quotation a row, for spreadsheets: RFC 4180 (fields quoted when they hold a comma, a quote
 * or a line break; CRLF line ends), UTF-8 with a byte order mark so that spreadsheet programs
 * read the Arabic as UTF-8 rather than as the system's code page.
 */
import { Annotations } from '../types';

export const CSV_COLUMNS = ['speaker', 'role', 'kind', 'channel', 'quotation', 'start', 'end', 'cue'] as const;

export function formatCsv(annotations: Annotations): string {
  const entityById = new Map(annotations.entities.map((e) => [e.id, e]));
  const rows = annotations.quotes.map((quote) => {
    const speaker = quote.speaker === null ? undefined : entityById.get(quote.speaker);
    const channel = quote.via === undefined ? undefined : entityById.get(quote.via);
    return [
      speaker?.name ?? quote.speakerText ?? '',
      speaker?.roles[0] ?? '',
      quote.kind,
      channel?.name ?? '',
      quote.text,
      String(quote.start),
      String(quote.end),
      quote.cue?.text ?? '',
    ];
  });
  return csvTable([...CSV_COLUMNS], rows);
}

/** The header and rows as one RFC 4180 table with a leading BOM. */
export function csvTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return '\uFEFF' + [header, ...rows].map((row) => row.map(csvField).join(',') + '\r\n').join('');
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
