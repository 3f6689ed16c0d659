import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { utf8Bytes, utf8Text } from './utf8';

describe('UTF-8 of a trace text', () => {
  it("writes a well-formed text's bytes as the platform's encoder does, and reads them back", () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => {
        const bytes = Uint8Array.from(utf8Bytes(text));
        expect(bytes).toEqual(new TextEncoder().encode(text));
        expect(utf8Text(bytes)).toBe(text);
        expect(new TextDecoder().decode(bytes)).toBe(text);
      }),
    );
  });

  it('gives back any text, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        expect(utf8Text(Uint8Array.from(utf8Bytes(text)))).toBe(text);
      }),
    );
  });

  it('reads a text longer than one call of String.fromCodePoint takes', () => {
    const text = 'é日本😀a'.repeat(5000);
    expect(utf8Text(Uint8Array.from(utf8Bytes(text)))).toBe(text);
  });
});
