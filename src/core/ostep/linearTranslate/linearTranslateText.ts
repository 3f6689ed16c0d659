import { pyBool } from '../pyFormat';
import type { LinearTranslateAnswers } from '../answers';
import type { LinearTranslateOptions } from './linearTranslateFlags';

const FORMAT_NOTE = `The format of the page table is simple:
The high-order (left-most) bit is the VALID bit.
  If the bit is 1, the rest of the entry is the PFN.
  If the bit is 0, the page is not valid.
Use verbose mode (-v) if you want to print the VPN # by
each entry of the page table.
`;

const QUESTION = `For each virtual address, write down the physical address it translates to
OR write down that it is an out-of-bounds address (e.g., segfault).
`;

/** Python's '%08x' and '%8d' for the non-negative numbers printed here. */
const hex8 = (n: number): string => n.toString(16).padStart(8, '0');
const dec8 = (n: number): string => String(n).padStart(8);

/** What paging-linear-translate.py prints for these flags: the page table and the trace, solved with -c. */
export function linearTranslateText(v: LinearTranslateOptions, a: LinearTranslateAnswers): string {
  const args = [
    `ARG seed ${v.seed}`,
    `ARG address space size ${v.asize}`,
    `ARG phys mem size ${v.psize}`,
    `ARG page size ${v.pagesize}`,
    `ARG verbose ${pyBool(v.verbose)}`,
    `ARG addresses ${v.addresses}`,
  ];
  // An entry is the valid bit (bit 31) and the PFN.
  const table = a.pageTable.map(
    (pfn, vpn) => `${v.verbose ? `  [${dec8(vpn)}]  ` : '  '}0x${hex8(pfn === null ? 0 : 2 ** 31 + pfn)}`,
  );
  const trace = a.translations.map((t) => {
    const va = `  VA 0x${hex8(t.va)} (decimal: ${dec8(t.va)}) --> `;
    if (!v.solve) return `${va}PA or invalid address?`;
    return t.pa === null
      ? `${va} Invalid (VPN ${t.vpn} not valid)`
      : `${va}${hex8(t.pa)} (decimal ${dec8(t.pa)}) [VPN ${t.vpn}]`;
  });
  const parts = [
    `${args.join('\n')}\n\n`,
    `\n${FORMAT_NOTE}\n`,
    `Page Table (from entry 0 down to the max size)\n${table.map((l) => `${l}\n`).join('')}\n`,
    `Virtual Address Trace\n${trace.map((l) => `${l}\n`).join('')}\n`,
    v.solve ? '' : `${QUESTION}\n`,
  ];
  return parts.join('');
}
