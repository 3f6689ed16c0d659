import type { Flag, FlagTable } from './flags';

/**
 * How a script's usage lines up. Help starts `width` characters after the two-space indent; an option that
 * fills that column pushes its help two spaces past its end, or, from `nextLineFrom` characters on (which may be
 * less than `width`: optparse keeps two spaces after the longest option it pads), onto the next line at the
 * column (optparse's way).
 */
export interface UsageLayout {
  width: number;
  nextLineFrom?: number;
}

/** The usage's first line: `Usage: sim ostep NAME [options]      (OSTEP PATH, RUNS_ON)`. */
export interface UsageHeader {
  name: string;
  path: string;
  runsOn: string;
}

/** `-s SEED, --seed=SEED`, `-C, --coalesce`, `-c`. */
function synopsis(f: Flag): string {
  if (f.synopsis) return f.synopsis;
  if (f.type === 'bool') return f.long ? `${f.short}, ${f.long}` : f.short;
  const metavar = f.metavar ?? f.dest.toUpperCase();
  return f.long ? `${f.short} ${metavar}, ${f.long}=${metavar}` : `${f.short} ${metavar}`;
}

function line(f: Flag, { width, nextLineFrom = Infinity }: UsageLayout): string {
  const indent = ' '.repeat(2 + width);
  const option = synopsis(f);
  const gap =
    option.length >= nextLineFrom ? `\n${indent}` : option.length < width ? ' '.repeat(width - option.length) : '  ';
  const help = f.help.replaceAll('%default', f.type === 'bool' ? 'False' : String(f.default)).split('\n');
  return `  ${option}${gap}${help.join(`\n${indent}`)}`;
}

/** `sim ostep NAME -h`: the script's flags as a table (-h itself, which every script has, is not listed). */
export function usageText({ name, path, runsOn }: UsageHeader, flags: FlagTable, layout: UsageLayout): string {
  const head = `Usage: sim ostep ${name} [options]      (OSTEP ${path}, ${runsOn})`;
  return [head, ...flags.map((f) => line(f, layout))].join('\n');
}
