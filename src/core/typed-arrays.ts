/** The typed arrays the core grows as it meets more words. */
type GrowableArray = Int32Array | Float32Array | Uint8Array;

/** A copy of `array` lengthened to `length`, the new elements set to `fill`. */
export function lengthened<T extends GrowableArray>(array: T, length: number, fill = 0): T {
  const grown = new (array.constructor as new (length: number) => T)(length);
  grown.set(array);
  if (fill !== 0) grown.fill(fill, array.length);
  return grown;
}
