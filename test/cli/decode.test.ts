import * as assert from 'assert';
import { decodeInput, MAX_BAD_CHARACTER_SHARE } from '../../src/cli/decode';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const concat = (...parts: Uint8Array[]): Uint8Array => Uint8Array.from(parts.flatMap((p) => Array.from(p)));

describe('cli/decode decodeInput', () => {
  it('decodes UTF-8 and keeps line endings as they are', () => {
    assert.deepStrictEqual(decodeInput(utf8('قال بوتين\r\nإن\rالأمر\n')), { ok: true, text: 'قال بوتين\r\nإن\rالأمر\n' });
  });

  it('removes one leading BOM and no other', () => {
    assert.deepStrictEqual(decodeInput(utf8('\uFEFFنص\uFEFF')), { ok: true, text: 'نص\uFEFF' });
  });

  it('accepts empty input as empty text', () => {
    assert.deepStrictEqual(decodeInput(new Uint8Array()), { ok: true, text: '' });
  });

  it('keeps replacement characters that the file itself contains', () => {
    assert.deepStrictEqual(decodeInput(utf8('\uFFFD'.repeat(10))), { ok: true, text: '\uFFFD'.repeat(10) });
  });

  it('tolerates a small share of broken bytes in a long text', () => {
    const text = 'كلمة '.repeat(1000);
    const decoded = decodeInput(concat(utf8(text), Uint8Array.of(0xff), utf8(text)));
    assert.ok(decoded.ok);
    assert.strictEqual(decoded.ok && decoded.text.length, 2 * text.length + 1);
  });

  it('rejects text with NUL bytes beyond the tolerated share', () => {
    const text = 'a'.repeat(100);
    const nuls = Math.ceil(MAX_BAD_CHARACTER_SHARE * 100) + 1;
    const decoded = decodeInput(concat(utf8(text), new Uint8Array(nuls)));
    assert.strictEqual(decoded.ok, false);
    assert.match(decoded.ok ? '' : decoded.reason, /looks binary, not text \(\d+ NUL bytes/);
  });

  it('rejects bytes that are not UTF-8 (Latin-1 / CP1256 text)', () => {
    const cp1256 = Uint8Array.from([0xe3, 0xd1, 0xcd, 0xc8, 0xc7, 0x20, 0xc8, 0xdf, 0xe3]);
    const decoded = decodeInput(cp1256);
    assert.strictEqual(decoded.ok, false);
    assert.match(decoded.ok ? '' : decoded.reason, /not UTF-8 \(0 NUL bytes and \d+ invalid UTF-8 sequences .*Windows-1256/);
  });

  it('names UTF-16 when the input starts with its byte order mark', () => {
    const utf16le = Uint8Array.from([0xff, 0xfe, 0x44, 0x06, 0x27, 0x06]);
    assert.deepStrictEqual(decodeInput(utf16le), { ok: false, reason: 'the input is UTF-16 text; save it as UTF-8' });
  });
});
