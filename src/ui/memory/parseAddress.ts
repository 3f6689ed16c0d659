export type Parsed = { ok: true; value: number } | { ok: false; message: string };

/**
 * A byte address typed by a person: decimal ("4096") or hex ("0x1000"), below 2^bits. Parsed as a BigInt
 * so a long input is compared exactly, not rounded to a nearby double first. `field` names the input in
 * the message.
 */
export function parseAddress(text: string, bits: number, field = 'Virtual address'): Parsed {
  const t = text.trim().replace(/_/g, '');
  if (t === '') return { ok: false, message: `${field}: enter an address, in decimal (4096) or hex (0x1000).` };
  if (/^-\s*(0x[0-9a-f]+|\d+)$/i.test(t)) return { ok: false, message: `${field} must not be negative.` };
  if (!/^(0x[0-9a-f]+|\d+)$/i.test(t))
    return {
      ok: false,
      message: `${field} “${text.trim()}” is not a number: write it in decimal (4096) or hex (0x1000).`,
    };
  const value = BigInt(t);
  const limit = 1n << BigInt(bits);
  if (value >= limit) {
    return {
      ok: false,
      message: `${field} ${text.trim()} is beyond the ${bits}-bit address space: it must be below 2^${bits} = ${limit} (0x${limit.toString(16)}).`,
    };
  }
  return { ok: true, value: Number(value) };
}

/** An address as the walkthrough writes it: hex, then decimal. */
export function showAddress(value: number): string {
  return `0x${value.toString(16)} (${value})`;
}
