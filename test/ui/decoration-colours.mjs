// Distinctive background colours the UI run gives the extension's theme colours (through
// workbench.colorCustomizations), so the tests can tell which overlay is which kind.
export const DECORATION_COLOURS = {
  person: '#3b82f666',
  place: '#22c55e66',
  organization: '#f59e0b66',
  quotation: '#a855f733',
};

/** `#rrggbbaa` → [r, g, b], as getComputedStyle reports them. */
export function rgbOf(hex) {
  return [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16));
}

/** workbench.colorCustomizations entries for the four decoration kinds. */
export function colourCustomizations() {
  return Object.fromEntries(Object.entries(DECORATION_COLOURS).map(([kind, hex]) => [`arabicAnnotator.${kind}Background`, hex]));
}
