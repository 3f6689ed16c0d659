import type { SsdState } from '../../storage/ssd/ssdTypes';
import { pyBool, pyFixed2 } from '../pyFormat';
import type { SsdOptions } from './ssdFlags';

/** Python's `'%Nd' % n`. */
export const d = (n: number, width: number): string => String(n).padStart(width);

/** The ARG block ssd.py opens with. */
export function argsText(v: SsdOptions): string {
  const rows: [string, string | number | boolean][] = [
    ['seed', v.seed],
    ['num_cmds', v.num_cmds],
    ['op_percentages', v.op_percentages],
    ['skew', v.skew],
    ['skew_start', v.skew_start],
    ['read_fail', v.read_fail],
    ['cmd_list', v.cmd_list],
    ['ssd_type', v.ssd_type],
    ['num_logical_pages', v.num_logical_pages],
    ['num_blocks', v.num_blocks],
    ['pages_per_block', v.pages_per_block],
    ['high_water_mark', v.high_water_mark],
    ['low_water_mark', v.low_water_mark],
    ['erase_time', v.erase_time],
    ['program_time', v.program_time],
    ['read_time', v.read_time],
    ['show_gc', v.show_gc],
    ['show_state', v.show_state],
    ['show_cmds', v.show_cmds],
    ['quiz_cmds', v.quiz_cmds],
    ['show_stats', v.show_stats],
    ['compute', v.solve],
  ];
  return `${rows.map(([k, x]) => `ARG ${k} ${typeof x === 'boolean' ? pyBool(x) : x}\n`).join('')}\n`;
}

/** ssd.py's FTL line wraps every int(pages / 7) mappings: 0 for a flash of fewer than 7 pages, where it divides by 0. */
export const ftlColumns = (st: SsdState): number => Math.trunc(st.page.length / 7);

/** A page row: one character a page, a space after every tenth. */
function pageRow(head: string, pages: number, ch: (i: number) => string): string {
  let out = head;
  for (let i = 0; i < pages; i++) {
    out += ch(i);
    if (i > 0 && (i + 1) % 10 === 0) out += ' ';
  }
  return `${out}\n`;
}

/** ssd.py's `dump`: the FTL's mappings, then the flash a page a column (state, data, live). */
export function dumpText(st: SsdState): string {
  let out = 'FTL   ';
  let count = 0;
  const cols = ftlColumns(st);
  st.forward.forEach((p, l) => {
    if (p === -1) return;
    count++;
    out += `${d(l, 3)}:${d(p, 3)} `;
    if (count % cols === 0) out += '\n      ';
  });
  if (count === 0) out += '(empty)';
  out += '\nBlock ';
  const ppb = st.config.pagesPerBlock;
  for (let b = 0; b < st.config.blocks; b++) {
    const label = String(b);
    out += label + ' '.repeat(Math.max(0, ppb - label.length + 1));
  }
  out += '\n';
  const pages = st.page.length;
  const width = String(pages).length;
  for (let n = width; n > 0; n--)
    out += pageRow(
      n === width ? 'Page  ' : '      ',
      pages,
      (i) => String(i).padStart(width, '0')[width - n] as string,
    );
  out += pageRow('State ', pages, (i) => st.page[i] as string);
  out += pageRow('Data  ', pages, (i) => (st.page[i] === 'v' ? (st.data[i] as string) : ' '));
  out += pageRow('Live  ', pages, (i) => (st.page[i] === 'v' && st.forward[st.reverse[i] as number] === i ? '+' : ' '));
  return out;
}

/** `'%.2f'`, with Python's sign on a negative zero (no erases at a negative cost: -0.00). */
const fixed2 = (x: number): string => (Object.is(x, -0) ? '-0.00' : pyFixed2(x));

const perBlock = (head: string, counts: readonly number[], sum: number): string =>
  `${head}${counts.map((c) => `${d(c, 3)}        `).join('')}  Sum: ${sum}\n`;

/** ssd.py's `stats` (-S): physical operations per block, the logical sums, the times. */
export function statsText(st: SsdState): string {
  const { eraseTime, programTime, readTime } = st.config;
  const l = st.logical;
  const erase = st.eraseSum * eraseTime;
  const write = st.writeSum * programTime;
  const read = st.readSum * readTime;
  return [
    'Physical Operations Per Block\n',
    perBlock('Erases ', st.erases, st.eraseSum),
    perBlock('Writes ', st.writes, st.writeSum),
    perBlock('Reads  ', st.reads, st.readSum),
    '\nLogical Operation Sums\n',
    `  Write count ${l.writes} (${l.writeFails} failed)\n`,
    `  Read count  ${l.reads} (${l.readFails} failed)\n`,
    `  Trim count  ${l.trims} (${l.trimFails} failed)\n`,
    '\nTimes\n',
    `  Erase time ${fixed2(erase)}\n`,
    `  Write time ${fixed2(write)}\n`,
    `  Read time  ${fixed2(read)}\n`,
    `  Total time ${fixed2(erase + write + read)}\n`,
  ].join('');
}
