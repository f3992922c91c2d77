/**
 * Offsets in Unicode code points, as brat and Python count them, against the UTF-16 code units of
 * the annotation JSON: they differ by one after each character outside the Basic Multilingual
 * Plane (an emoji, a rare CJK ideograph), which takes two units.
 */
export class CodePointOffsets {
  /** UTF-16 index of each character outside the BMP, in order. */
  private readonly astralUnits: number[] = [];

  constructor(text: string) {
    for (let unit = 0; unit < text.length - 1; unit++) {
      if (isHighSurrogate(text.charCodeAt(unit)) && isLowSurrogate(text.charCodeAt(unit + 1))) this.astralUnits.push(unit++);
    }
  }

  /** The code point offset of a UTF-16 offset (one inside a surrogate pair counts as its character's start). */
  toCodePoint(unit: number): number {
    return unit - this.astralBefore(unit);
  }

  /** The UTF-16 offset of a code point offset. */
  toUnit(codePoint: number): number {
    // The k-th astral character (0-based) starts at code point astralUnits[k] - k.
    let low = 0;
    let high = this.astralUnits.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.astralUnits[mid] - mid < codePoint) low = mid + 1;
      else high = mid;
    }
    return codePoint + low;
  }

  /** How many astral characters start before `unit`. */
  private astralBefore(unit: number): number {
    let low = 0;
    let high = this.astralUnits.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.astralUnits[mid] < unit) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}

const isHighSurrogate = (unit: number): boolean => unit >= 0xd800 && unit <= 0xdbff;
const isLowSurrogate = (unit: number): boolean => unit >= 0xdc00 && unit <= 0xdfff;
