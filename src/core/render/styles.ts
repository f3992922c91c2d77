/**
 * The reading page's own style, inlined in both the standalone file and the webview. Colours are
 * custom properties: the webview's stylesheet (media/readingView.css) points them at the VS Code
 * theme. Toggles are checkboxes read with :has(), so a saved file needs no script for them.
 */

/** Naskh faces first (how Arabic newspapers set text), then what each system ships. */
export const DEFAULT_ARABIC_FONTS =
  "'Noto Naskh Arabic', 'Amiri', 'Scheherazade New', 'Noto Sans Arabic', 'Geeza Pro', 'Traditional Arabic', 'Segoe UI', 'Tahoma', 'DejaVu Sans', serif";

/**
 * A font list from a setting, kept only if it is family names, quotes, commas and spaces: it is
 * written into a style sheet, where anything else could end the rule.
 */
export function safeFontFamily(fonts: string | undefined): string {
  const trimmed = fonts?.trim() ?? '';
  return trimmed !== '' && /^[\p{L}\p{N} ,'"_-]+$/u.test(trimmed) && trimmed.length <= 500 ? trimmed : DEFAULT_ARABIC_FONTS;
}

export function readingStyles(fontFamily: string): string {
  return `
:root {
  --reading-font: ${fontFamily};
  --reading-background: #fdfcf8;
  --reading-foreground: #1d1d1b;
  --reading-muted: #5f5f5a;
  --reading-rule: #d9d6cc;
  --person-background: #ffb3004d;
  --person-border: transparent;
  --place-background: #43a04740;
  --place-border: transparent;
  --organization-background: #1e88e540;
  --organization-border: transparent;
  --other-background: transparent;
  --other-border: #8a8a84;
  --quotation-background: #8e24aa12;
  --quotation-border: #8e24aa80;
  --speaker-foreground: #6a1b9a;
  --corrected-underline: #1a7f37;
  --focus: #005fcc;
  color-scheme: light;
}
* { box-sizing: border-box; }
body {
  margin: 0;
  background: var(--reading-background);
  color: var(--reading-foreground);
  font-family: var(--reading-font);
  font-size: 1.25rem;
  line-height: 1.95;
}
.page { max-width: 38em; margin: 0 auto; padding: 1.5em 1.25em 4em; }
h1 { font-size: 1.6em; line-height: 1.5; overflow-wrap: anywhere; margin: 0 0 0.8em; text-align: right; font-weight: 700; }
p { margin: 0 0 1em; text-align: justify; overflow-wrap: anywhere; text-align-last: right; hyphens: none; orphans: 2; widows: 2; }
.legend {
  display: flex; flex-wrap: wrap; gap: 0.4em 1.2em; align-items: center;
  border: 0; border-bottom: 1px solid var(--reading-rule);
  margin: 0 0 1.4em; padding: 0 0 0.6em; font-size: 0.8em; color: var(--reading-muted);
}
.legend legend { float: right; margin-inline-end: 0.6em; padding: 0; }
.legend label { display: inline-flex; gap: 0.35em; align-items: center; cursor: pointer; }
.swatch { display: inline-block; padding: 0 0.45em; border-radius: 3px; color: var(--reading-foreground); }
.entity, .swatch { border: 1px solid transparent; }
.entity { border-radius: 3px; padding: 0 1px; }
.person { background: var(--person-background); border-color: var(--person-border); }
.place { background: var(--place-background); border-color: var(--place-border); }
.organization { background: var(--organization-background); border-color: var(--organization-border); }
.other { background: var(--other-background); border-color: transparent; border-bottom: 1px dotted var(--other-border); }
.quote, .swatch.quotation {
  background: var(--quotation-background);
  box-shadow: 0 0 0 1px var(--quotation-border);
  border-radius: 3px;
  -webkit-box-decoration-break: clone; box-decoration-break: clone;
}
/* What a person decided (the corrections file), told from what the analysis found, as in the editor. */
.entity.corrected, .quote.corrected { border-bottom: 2px dashed var(--corrected-underline); }
.speaker-tag {
  unicode-bidi: isolate; font-size: 0.68em; font-weight: 700; color: var(--speaker-foreground);
  vertical-align: 0.35em; margin-inline-end: 0.3em; white-space: nowrap;
}
.speaker-tag::after { content: ':'; }
.bidi-control {
  unicode-bidi: isolate; direction: ltr; font: 0.6em monospace; vertical-align: 0.3em;
  border: 1px solid var(--reading-muted); border-radius: 2px; padding: 0 2px; color: var(--reading-muted);
}
${['person', 'place', 'organization', 'other']
    .map((kind) => `body:has(#show-${kind}:not(:checked)) .entity.${kind} { background: none; border-color: transparent; }`)
    .join('\n')}
body:has(#show-quotation:not(:checked)) .quote { background: none; box-shadow: none; }
body:has(#show-quotation:not(:checked)) .speaker-tag { display: none; }
[tabindex]:focus-visible { outline: 2px solid var(--focus); outline-offset: 1px; }
/* The paragraph holding the editor's cursor: a bar on its right, where the lines start. */
.current { box-shadow: 0.5em 0 0 -0.3em var(--focus); }
@media print {
  :root { --reading-background: #fff; --reading-foreground: #000; }
  body { font-size: 12pt; line-height: 1.8; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  .page { max-width: none; padding: 0; }
  .legend input { display: none; }
  h1 { break-after: avoid; }
  p { break-inside: avoid-page; }
}
`;
}
