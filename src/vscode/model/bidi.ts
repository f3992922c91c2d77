/**
 * Arabic text wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE: laid out as one piece in
 * its own direction, so it neither swallows a neighbouring count or separator nor reorders with
 * the Latin text around it in the workbench's left-to-right trees.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
