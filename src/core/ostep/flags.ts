/**
 * An OSTEP script's flags as one table: each row is what the script's `parser.add_option(...)` says (names,
 * dest, type, default, help, metavar). The parser (optparse.ts), the defaults, the `-h` text (usage.ts) and the
 * type of the parsed options all come from it, so a flag is declared once.
 */
interface FlagRow {
  /** `-s`; every OSTEP flag has a short name */
  short: `-${string}`;
  /** `--seed`; absent for a short flag only (OSTEP's -c often has no long name) */
  long?: `--${string}`;
  /** the key of the parsed options */
  dest: string;
  /** the usage line's help; `%default` stands for the default, as in optparse; `\n` continues it below */
  help: string;
  /** the value's name in the usage (optparse's default: the dest in capitals) */
  metavar?: string;
  /** the option as the usage shows it, where it is not `-s SEED, --seed=SEED` (a shortened long name) */
  synopsis?: string;
}

export type Flag =
  | (FlagRow & { type: 'int' | 'float'; default: number })
  | (FlagRow & { type: 'string'; default: string })
  /** optparse's store_true: present or not; false by default */
  | (FlagRow & { type: 'bool' })
  | (FlagRow & {
      type: 'choice';
      choices: readonly string[];
      default: string;
      /** what a refusal says the value must be, where not `A, B or C` */
      mustBe?: string;
    });

export type FlagTable = readonly Flag[];

type ValueOf<F extends Flag> = F extends { type: 'int' | 'float' }
  ? number
  : F extends { type: 'string' }
    ? string
    : F extends { type: 'bool' }
      ? boolean
      : F extends { choices: readonly (infer C)[] }
        ? C
        : never;

/** The parsed options of a table: one typed value per row, keyed by its dest. */
export type OptionsOf<T extends FlagTable> = { readonly [F in T[number] as F['dest']]: ValueOf<F> };

/** A table as written, kept literal so that OptionsOf can read its dests, types and choices. */
export const flagTable = <const T extends FlagTable>(table: T): T => table;

/** `-s/--seed`, `-c`: how messages name a flag. */
export const flagName = (f: Pick<Flag, 'short' | 'long'>): string => (f.long ? `${f.short}/${f.long}` : f.short);

/** The options when no flag is given. */
export function defaultsOf<T extends FlagTable>(table: T): OptionsOf<T> {
  return Object.fromEntries(table.map((f) => [f.dest, f.type === 'bool' ? false : f.default])) as OptionsOf<T>;
}

/** `A`, `A or B`, `A, B or C`. */
export function orList(items: readonly string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1] as string}`;
}
