/**
 * UTF-8 for the few texts a trace writes as bytes that may not be ASCII (multi.py's job names), without the
 * platform's TextEncoder and TextDecoder, which the pure core does not assume.
 */

/** A text's UTF-8 bytes; a lone surrogate is written as its 3 bytes, which utf8Text gives back. */
export function utf8Bytes(text: string): number[] {
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0) as number;
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return out;
}

/** Code points per String.fromCodePoint call, well under any engine's limit on arguments. */
const DECODE_SLICE = 8192;

/** The text of UTF-8 bytes as utf8Bytes writes them (not checked: they come from it). */
export function utf8Text(bytes: Uint8Array): string {
  const points: number[] = [];
  for (let i = 0; i < bytes.length;) {
    const lead = bytes[i++] as number;
    const more = lead < 0x80 ? 0 : lead < 0xe0 ? 1 : lead < 0xf0 ? 2 : 3;
    let c = more === 0 ? lead : lead & (0x3f >> more);
    for (let k = 0; k < more; k++) c = (c << 6) | ((bytes[i++] as number) & 63);
    points.push(c);
  }
  const out: string[] = [];
  for (let i = 0; i < points.length; i += DECODE_SLICE)
    out.push(String.fromCodePoint(...points.slice(i, i + DECODE_SLICE)));
  return out.join('');
}
