/**
 * Turning the bytes of an input file into the text the annotations refer to: UTF-8 with a leading
 * BOM removed and nothing else touched (line endings stay, so offsets match the file).
 * Pure: no I/O, so it is unit-tested directly.
 */
import { stripBom } from '../core/text';

/**
 * A text file may carry a stray NUL or a few broken bytes (a bad copy-paste); more than this share
 * of its characters means the input is not UTF-8 text at all (a binary, or another encoding).
 */
export const MAX_BAD_CHARACTER_SHARE = 0.01;

export type DecodedInput = { ok: true; text: string } | { ok: false; reason: string };

const REPLACEMENT_CHARACTER = 0xfffd;

export function decodeInput(bytes: Uint8Array): DecodedInput {
  if (hasUtf16ByteOrderMark(bytes)) {
    return { ok: false, reason: 'the input is UTF-16 text; save it as UTF-8' };
  }
  // ignoreBOM keeps the BOM in the output, so that stripping it follows the core's own rule.
  const decoded = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(bytes);
  const text = stripBom(decoded);

  const nulCount = countCodeUnit(text, 0);
  // U+FFFD in the output comes either from the file itself (EF BF BD, legitimate) or from a
  // byte sequence that is not UTF-8.
  const invalidCount = countCodeUnit(text, REPLACEMENT_CHARACTER) - countEncodedReplacementCharacters(bytes);
  const badCount = nulCount + invalidCount;
  if (badCount > 0 && badCount > MAX_BAD_CHARACTER_SHARE * text.length) {
    const counts = `${nulCount} NUL bytes and ${invalidCount} invalid UTF-8 sequences in ${text.length} characters`;
    const reason = nulCount > invalidCount
      ? `the input looks binary, not text (${counts})`
      : `the input is not UTF-8 (${counts}); if it is Windows-1256 or ISO-8859-6, convert it to UTF-8`;
    return { ok: false, reason };
  }
  return { ok: true, text };
}

function hasUtf16ByteOrderMark(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
}

function countCodeUnit(text: string, code: number): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === code) count++;
  return count;
}

function countEncodedReplacementCharacters(bytes: Uint8Array): number {
  let count = 0;
  for (let i = 0; i + 2 < bytes.length; i++) {
    if (bytes[i] === 0xef && bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) count++;
  }
  return count;
}
