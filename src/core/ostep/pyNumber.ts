/**
 * Python's `int(text)` and `float(text)` for a str, which the OSTEP scripts apply to their string flags and the
 * items of their list flags. Unlike optparse's `int` type (optparse.ts), a leading 0 is not octal: int('007') is 7.
 * Undefined where Python raises ValueError.
 */

/** int(): surrounding whitespace, a sign, decimal digits with single underscores. A bigint: Python's ints are unbounded (a seed may be huge). */
export function pyIntBig(text: string): bigint | undefined {
  const m = /^([+-]?)(\d+(?:_\d+)*)$/.exec(text.trim());
  if (!m) return undefined;
  const n = BigInt((m[2] as string).replaceAll('_', ''));
  return m[1] === '-' ? -n : n;
}

/** `int(text)` as a number, or undefined when Python would refuse it or it is not a safe integer here. */
export function pyInt(text: string): number | undefined {
  const n = pyIntBig(text);
  return n !== undefined && n >= BigInt(Number.MIN_SAFE_INTEGER) && n <= BigInt(Number.MAX_SAFE_INTEGER)
    ? Number(n)
    : undefined;
}

/** float(): decimal forms (digits with single underscores, a fraction, an exponent), inf, infinity and nan. */
export function pyFloat(text: string): number | undefined {
  const s = text.trim();
  const special = /^([+-]?)(inf|infinity|nan)$/i.exec(s);
  if (special)
    return (special[2] as string).toLowerCase() === 'nan' ? Number.NaN : special[1] === '-' ? -Infinity : Infinity;
  const d = '\\d+(?:_\\d+)*';
  if (!new RegExp(`^[+-]?(?:${d}(?:\\.(?:${d})?)?|\\.${d})(?:e[+-]?${d})?$`, 'i').test(s)) return undefined;
  return Number(s.replaceAll('_', ''));
}
