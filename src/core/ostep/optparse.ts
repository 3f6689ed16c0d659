import { flagName, orList, type Flag, type FlagTable, type OptionsOf } from './flags';
import { pyFloat } from './pyNumber';

/**
 * The part of Python's optparse that the OSTEP scripts rely on, so their command lines mean the same here:
 * `-s 5`, `-s5`, grouped short flags (`-cs 5`), `--seed 5`, `--seed=5`, unique prefixes of long names
 * (`--se 5`), a value is the next argument even when it starts with '-' (`-s -3`), and optparse's integers
 * (`010` is octal 8, `0x1f`, `0b11`, surrounding spaces and a sign allowed). Positional arguments, which the
 * scripts silently ignore, are refused here: they are almost always a typo.
 */

/**
 * `help`: the command asked for the usage (-h, which every script has, as optparse adds it) and every argument
 * was well formed; a value outside its choices does not stop the usage, so then help comes with the error.
 */
export type OptParse<V> = { ok: true; help: boolean; values: V } | { ok: false; help: boolean; error: string };

const HELP: Flag = { short: '-h', long: '--help', dest: 'help', type: 'bool', help: '' };

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

/** A malformed command line: the usage is not shown, as optparse stops at the first bad argument. */
const fail = (error: string) => ({ ok: false as const, help: false, error });

/** A flag's value from its text, or why optparse refuses it. */
function valueOf(f: Flag, raw: string): number | string | { error: string } {
  if (f.type === 'int')
    return parsePyInt(raw) ?? { error: `${flagName(f)}: invalid integer value ${JSON.stringify(raw)}` };
  if (f.type === 'float')
    return pyFloat(raw) ?? { error: `${flagName(f)}: invalid floating-point value ${JSON.stringify(raw)}` };
  return raw;
}

/**
 * argv read with the table's flags over `defaults` (defaultsOf(flags), computed once by the script). Choices are
 * checked once every argument is read, in the table's order, so a malformed argument anywhere is the error.
 */
export function optparse<T extends FlagTable>(
  argv: readonly string[],
  flags: T,
  defaults: OptionsOf<T>,
): OptParse<OptionsOf<T>> {
  const specs: readonly Flag[] = [...flags, HELP];
  const values: Record<string, number | string | boolean> = { ...defaults, help: false };
  const take = (o: Flag, raw: string | undefined): string | undefined => {
    if (raw === undefined) return `${flagName(o)} requires a value`;
    const v = valueOf(o, raw);
    if (typeof v === 'object') return v.error;
    values[o.dest] = v;
    return undefined;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg.startsWith('--') && arg.length > 2) {
      const eq = arg.indexOf('=');
      const name = eq < 0 ? arg : arg.slice(0, eq);
      const exact = specs.find((o) => o.long === name);
      const matches = exact ? [exact] : specs.filter((o) => o.long?.startsWith(name));
      if (matches.length === 0) return fail(`no such option: ${name}`);
      if (matches.length > 1) return fail(`ambiguous option: ${name} (${matches.map((o) => o.long).join(', ')}?)`);
      const o = matches[0] as Flag;
      if (o.type === 'bool') {
        if (eq >= 0) return fail(`${flagName(o)} takes no value`);
        values[o.dest] = true;
        continue;
      }
      const error = take(o, eq >= 0 ? arg.slice(eq + 1) : argv[++i]);
      if (error) return fail(error);
    } else if (arg.startsWith('-') && arg.length > 1 && arg !== '--') {
      for (let c = 1; c < arg.length; c++) {
        const o = specs.find((s) => s.short === `-${arg[c]}`);
        if (!o) return fail(`no such option: -${arg[c]}`);
        if (o.type === 'bool') {
          values[o.dest] = true;
          continue;
        }
        const error = take(o, c + 1 < arg.length ? arg.slice(c + 1) : argv[++i]);
        if (error) return fail(error);
        break;
      }
    } else {
      return fail(`unexpected argument ${JSON.stringify(arg)} (OSTEP's scripts take only options)`);
    }
  }
  const { help, ...options } = values;
  for (const f of flags) {
    const v = String(options[f.dest]);
    if (f.type === 'choice' && !f.choices.includes(v))
      return {
        ok: false,
        help: help === true,
        error: `${flagName(f)} must be ${f.mustBe ?? orList(f.choices)} (got ${JSON.stringify(v)})`,
      };
  }
  return { ok: true, help: help === true, values: options as OptionsOf<T> };
}
