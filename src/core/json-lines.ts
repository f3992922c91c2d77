/**
 * A strict JSON parser (RFC 8259) that remembers the line each object and array starts on, so that
 * a problem in a hand-edited file can be named by its line: JSON.parse says neither where a
 * syntax error is in a way that is stable across engines, nor where a valid value sits.
 */
import { countBefore } from './bisect';

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

export type JsonParse =
  | { ok: true; value: JsonValue; lineOf: (value: object) => number | undefined }
  | { ok: false; line: number; message: string };

class JsonSyntaxError extends Error {
  constructor(readonly offset: number, message: string) {
    super(message);
  }
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const MAX_DEPTH = 512;

export function parseJsonWithLines(text: string): JsonParse {
  const lines = new WeakMap<object, number>();
  let pos = 0;

  const newlines: number[] = [];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) newlines.push(i);
  const lineAt = (offset: number): number => 1 + countBefore(newlines.length, (i) => newlines[i] < offset);
  const fail = (message: string): never => {
    throw new JsonSyntaxError(pos, message);
  };
  const skipWhitespace = (): void => {
    while (pos < text.length && WHITESPACE.has(text[pos])) pos++;
  };
  const expect = (char: string): void => {
    skipWhitespace();
    if (text[pos] !== char) fail(pos < text.length ? `expected "${char}" but found "${text[pos]}"` : `expected "${char}" but the file ends`);
    pos++;
  };

  const parseString = (): string => {
    pos++; // the opening quote
    let result = '';
    for (;;) {
      const char = text[pos];
      if (char === undefined) fail('a string is not closed');
      if (char === '"') {
        pos++;
        return result;
      }
      if (char < ' ') fail('a string holds a raw control character or line break (write it as an escape)');
      if (char !== '\\') {
        result += char;
        pos++;
        continue;
      }
      const escape = text[pos + 1];
      if (escape === 'u') {
        const hex = text.slice(pos + 2, pos + 6);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail('a \\u escape needs four hexadecimal digits');
        result += String.fromCharCode(parseInt(hex, 16));
        pos += 6;
      } else if (escape !== undefined && ESCAPES[escape] !== undefined) {
        result += ESCAPES[escape];
        pos += 2;
      } else {
        fail(`unknown escape "\\${escape ?? ''}"`);
      }
    }
  };

  const parseValue = (depth: number): JsonValue => {
    if (depth > MAX_DEPTH) fail('values are nested too deeply');
    skipWhitespace();
    const char = text[pos];
    if (char === '{') {
      const object: { [key: string]: JsonValue } = {};
      lines.set(object, lineAt(pos));
      pos++;
      skipWhitespace();
      if (text[pos] === '}') {
        pos++;
        return object;
      }
      for (;;) {
        skipWhitespace();
        if (text[pos] !== '"') fail('expected a property name in double quotes');
        const key = parseString();
        expect(':');
        object[key] = parseValue(depth + 1);
        skipWhitespace();
        if (text[pos] === ',') pos++;
        else if (text[pos] === '}') {
          pos++;
          return object;
        } else fail('expected "," or "}" after a property');
      }
    }
    if (char === '[') {
      const array: JsonValue[] = [];
      lines.set(array, lineAt(pos));
      pos++;
      skipWhitespace();
      if (text[pos] === ']') {
        pos++;
        return array;
      }
      for (;;) {
        array.push(parseValue(depth + 1));
        skipWhitespace();
        if (text[pos] === ',') pos++;
        else if (text[pos] === ']') {
          pos++;
          return array;
        } else fail('expected "," or "]" after an element');
      }
    }
    if (char === '"') return parseString();
    for (const [word, value] of [['true', true], ['false', false], ['null', null]] as const) {
      if (text.startsWith(word, pos)) {
        pos += word.length;
        return value;
      }
    }
    NUMBER.lastIndex = pos;
    const number = NUMBER.exec(text);
    if (number) {
      pos += number[0].length;
      return Number(number[0]);
    }
    return fail(char === undefined ? 'a value is missing at the end of the file' : `unexpected "${char}"`);
  };

  try {
    const value = parseValue(0);
    skipWhitespace();
    if (pos < text.length) fail(`unexpected "${text[pos]}" after the end of the value`);
    return { ok: true, value, lineOf: (object) => lines.get(object) };
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    return { ok: false, line: lineAt(error.offset), message: error.message };
  }
}
