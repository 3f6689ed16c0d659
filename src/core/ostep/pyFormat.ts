/**
 * Python's `'%.2f' % x`: the decimal closest to the double x, and on an exact tie the even last digit.
 * JS `toFixed` and our `round2` round ties up, so 0.125 would print 0.13 where OSTEP prints 0.12.
 * A double is an exact two-decimal tie only when x * 8 is an odd integer (x = odd / 8), since
 * (2k + 1) / 200 is a binary fraction only when 25 divides 2k + 1.
 */
export function pyFixed2(x: number): string {
  const eighths = x * 8; // exact: scaling by a power of two
  if (Number.isInteger(eighths) && eighths % 2 !== 0) {
    const below = Math.floor(x * 100); // x * 100 = odd * 12.5, exact for the magnitudes we print
    const hundredths = below % 2 === 0 ? below : below + 1;
    return (hundredths / 100).toFixed(2);
  }
  return x.toFixed(2);
}

/**
 * Python's `repr` (and `str`) of a finite float: the shortest digits that read back as x (as JS finds them), in
 * fixed notation with at least one decimal when 1e-4 <= |x| < 1e16, else as 2.5e-05 or 1e+16; inf, -inf and nan.
 */
export function pyFloatRepr(x: number): string {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? 'nan' : x > 0 ? 'inf' : '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const [mantissa, e] = x.toExponential().split('e') as [string, string];
  const exp = Number(e);
  const sign = mantissa.startsWith('-') ? '-' : '';
  const digits = mantissa.replace(/^-/, '').replace('.', '');
  if (exp < -4 || exp >= 16) {
    const rest = digits.slice(1);
    return `${sign}${digits[0]}${rest ? `.${rest}` : ''}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  if (exp < 0) return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
  const whole = digits.slice(0, exp + 1).padEnd(exp + 1, '0');
  return `${sign}${whole}.${digits.slice(exp + 1) || '0'}`;
}

/** The number that `'%.2f' % x` prints, as a JSON number (OUTPUT.md: averages rounded as OSTEP prints them). */
export function pyRound2(x: number): number {
  return Number(pyFixed2(x));
}

/** How Python prints a bool: `True`, `False` (the scripts print their flags' values). */
export const pyBool = (b: boolean): string => (b ? 'True' : 'False');

/** Python's `repr` of a str: single quotes unless it holds one and no double quote; control characters escaped. */
export function pyStr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = '';
  for (const ch of s) {
    const code = ch.codePointAt(0) as number;
    if (ch === '\\' || ch === quote) out += `\\${ch}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (code < 0x20 || (code >= 0x7f && code < 0xa0)) out += `\\x${code.toString(16).padStart(2, '0')}`;
    else out += ch;
  }
  return `${quote}${out}${quote}`;
}

/** Python's `repr` of a list of str: `['/a', '/b']`. */
export const pyList = (xs: readonly string[]): string => `[${xs.map(pyStr).join(', ')}]`;
