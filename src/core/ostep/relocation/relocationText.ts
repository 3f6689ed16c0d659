import type { RelocationAnswers } from './relocationScript';
import type { RelocationOptions } from './relocationFlags';
import { hex08, traceLine, UNSOLVED, validPa } from './registerArgs';

const QUESTION = `For each virtual address, either write down the physical address it translates to
OR write down that it is an out-of-bounds address (a segmentation violation). For
this problem, you should assume a simple virtual address space of a given size.
`;

/** What relocation.py prints for these flags: the registers and the trace, solved with -c. */
export function relocationText(v: RelocationOptions, a: RelocationAnswers): string {
  const lines = [
    '',
    `ARG seed ${v.seed}`,
    `ARG address space size ${v.asize}`,
    `ARG phys mem size ${v.psize}`,
    '',
    'Base-and-Bounds register information:',
    '',
    `  Base   : ${hex08(a.base)} (decimal ${a.base})`,
    `  Limit  : ${a.limit}`,
    '',
    'Virtual Address Trace',
    ...a.translations.map((t, i) =>
      traceLine(i, t.va, !v.solve ? UNSOLVED : t.pa === null ? 'SEGMENTATION VIOLATION' : `VALID: ${validPa(t.pa)}`),
    ),
    '',
  ];
  if (!v.solve) lines.push(QUESTION);
  return `${lines.join('\n')}\n`;
}
