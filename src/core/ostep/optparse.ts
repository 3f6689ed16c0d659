/**
 * The part of Python's optparse that the OSTEP scripts rely on, so their command lines mean the same here:
 * `-s 5`, `-s5`, grouped short flags (`-cs 5`), `--seed 5`, `--seed=5`, unique prefixes of long names
 * (`--se 5`), a value is the next argument even when it starts with '-' (`-s -3`), and optparse's integers
 * (`010` is octal 8, `0x1f`, `0b11`, surrounding spaces and a sign allowed). Positional arguments, which the
 * scripts silently ignore, are refused here: they are almost always a typo.
 */
export interface OptSpec {
  short?: string;
  /** absent: a short flag only (OSTEP's -c has no long name) */
  long?: string;
  dest: string;
  type: 'int' | 'string' | 'flag';
  /** ours, not OSTEP's: matched only when written in full, so OSTEP's abbreviations keep their meaning */
  exactOnly?: boolean;
}

export type OptValues = Record<string, number | string | boolean>;
export type OptParse = { ok: true; values: OptValues } | { ok: false; error: string };

const DIGITS: Record<number, string> = { 2: '[01]', 8: '[0-7]', 10: '[0-9]', 16: '[0-9a-f]' };
const PREFIX: Record<number, string> = { 2: '', 8: '(?:0o)?', 10: '', 16: '(?:0x)?' };

/** optparse's int: the radix comes from the raw text (0x hex, 0b binary, a leading 0 octal), then Python's int(). */
export function parsePyInt(raw: string): number | undefined {
  let radix = 10;
  let text = raw;
  const head = raw.slice(0, 2).toLowerCase();
  if (head === '0x') radix = 16;
  else if (head === '0b') {
    radix = 2;
    text = raw.slice(2) || '0';
  } else if (raw.startsWith('0')) radix = 8;
  const d = DIGITS[radix] as string;
  const m = new RegExp(`^([+-]?)${PREFIX[radix] as string}(${d}+(?:_${d}+)*)$`, 'i').exec(text.trim());
  if (!m) return undefined;
  const n = parseInt((m[2] as string).replaceAll('_', ''), radix) * (m[1] === '-' ? -1 : 1);
  return Number.isSafeInteger(n) ? n : undefined;
}

const nameOf = (o: OptSpec) => [o.short, o.long].filter(Boolean).join('/');

export function optparse(argv: readonly string[], specs: readonly OptSpec[], defaults: OptValues): OptParse {
  const values: OptValues = { ...defaults };
  const take = (o: OptSpec, value: string | undefined): string | undefined => {
    if (value === undefined) return `${nameOf(o)} requires a value`;
    if (o.type === 'string') values[o.dest] = value;
    else {
      const n = parsePyInt(value);
      if (n === undefined) return `${nameOf(o)}: invalid integer value ${JSON.stringify(value)}`;
      values[o.dest] = n;
    }
    return undefined;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg.startsWith('--') && arg.length > 2) {
      const eq = arg.indexOf('=');
      const name = eq < 0 ? arg : arg.slice(0, eq);
      const exact = specs.find((o) => o.long === name);
      const matches = exact ? [exact] : specs.filter((o) => !o.exactOnly && o.long?.startsWith(name));
      if (matches.length === 0) return { ok: false, error: `no such option: ${name}` };
      if (matches.length > 1)
        return { ok: false, error: `ambiguous option: ${name} (${matches.map((o) => o.long).join(', ')}?)` };
      const o = matches[0] as OptSpec;
      if (o.type === 'flag') {
        if (eq >= 0) return { ok: false, error: `${nameOf(o)} takes no value` };
        values[o.dest] = true;
        continue;
      }
      const error = take(o, eq >= 0 ? arg.slice(eq + 1) : argv[++i]);
      if (error) return { ok: false, error };
    } else if (arg.startsWith('-') && arg.length > 1 && arg !== '--') {
      for (let c = 1; c < arg.length; c++) {
        const o = specs.find((s) => s.short === `-${arg[c]}`);
        if (!o) return { ok: false, error: `no such option: -${arg[c]}` };
        if (o.type === 'flag') {
          values[o.dest] = true;
          continue;
        }
        const error = take(o, c + 1 < arg.length ? arg.slice(c + 1) : argv[++i]);
        if (error) return { ok: false, error };
        break;
      }
    } else {
      return { ok: false, error: `unexpected argument ${JSON.stringify(arg)} (OSTEP's scripts take only options)` };
    }
  }
  return { ok: true, values };
}
