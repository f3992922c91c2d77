import { arabicLetterShare } from '../../core/text';

/** Languages whose documents are annotated when their letters are mostly Arabic. */
export const DETECTED_LANGUAGES = ['plaintext', 'markdown'] as const;
/** The extension's own language: always annotated. */
export const ARABIC_ARTICLE_LANGUAGE = 'arabic-article';

/**
 * Detection reads at most this many characters: news text is homogeneous, and reading a
 * multi-megabyte document on every pause in typing would cost more than it tells.
 */
export const DETECTION_SAMPLE_LENGTH = 100_000;

export type AnnotationDecision =
  | { annotate: true }
  | { annotate: false; reason: 'language' | 'not-arabic' | 'empty' }
  | { annotate: false; reason: 'too-large'; sizeKB: number; limitKB: number };

export interface PolicyInput {
  languageId: string;
  /** The start of the document, up to DETECTION_SAMPLE_LENGTH characters. */
  sample: string;
  /** The document's length in UTF-16 code units (cheap: no copy of the text). */
  utf16Length: number;
  /** The document's size in UTF-8 bytes; asked only when the length alone cannot settle the limit. */
  utf8Size: () => number;
  /** The user asked for this document with the annotate command. */
  forced: boolean;
  /** `arabicAnnotator.arabicThreshold`, 0..1. */
  threshold: number;
  /** `arabicAnnotator.maxDocumentSizeKB`. */
  maxDocumentSizeKB: number;
}

/**
 * Whether a document gets analysed, and if not, why. Size is checked after language and script,
 * so only an Arabic document is ever reported as too large.
 */
export function annotationDecision(input: PolicyInput): AnnotationDecision {
  const detected = (DETECTED_LANGUAGES as readonly string[]).includes(input.languageId);
  if (!input.forced && !detected && input.languageId !== ARABIC_ARTICLE_LANGUAGE) {
    return { annotate: false, reason: 'language' };
  }
  const alwaysAnnotated = input.forced || input.languageId === ARABIC_ARTICLE_LANGUAGE;
  if (!alwaysAnnotated) {
    if (!/\S/.test(input.sample)) return { annotate: false, reason: 'empty' };
    const share = arabicLetterShare(input.sample);
    if (share === 0 || share < input.threshold) return { annotate: false, reason: 'not-arabic' };
  }
  // A UTF-16 unit is at most 3 bytes in UTF-8: well under the limit, the text need not be read
  // (this runs for every version of a document being typed in).
  if (input.utf16Length * 3 <= input.maxDocumentSizeKB * 1024) return { annotate: true };
  const sizeKB = Math.ceil(input.utf8Size() / 1024);
  if (sizeKB > input.maxDocumentSizeKB) {
    return { annotate: false, reason: 'too-large', sizeKB, limitKB: input.maxDocumentSizeKB };
  }
  return { annotate: true };
}

/** Size of the text saved as UTF-8: what the user sees as the file size. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // A surrogate pair is 4 bytes: 2 for each half.
    bytes += code < 0x80 ? 1 : code < 0x800 || (code >= 0xd800 && code <= 0xdfff) ? 2 : 3;
  }
  return bytes;
}
