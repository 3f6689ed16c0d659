import type { FreeChunk, MallocStep } from '../answers';
import type { OptValues } from '../optparse';

const pyBool = (b: unknown) => (b === true ? 'True' : 'False');

function dump(list: FreeChunk[]): string {
  return `Free List [ Size ${list.length} ]: ${list.map((c) => `[ addr:${c.addr} sz:${c.size} ]`).join('')}`;
}

/**
 * What malloc.py prints for these flags (its whole stdout). Its two modes differ in three details: with -A an
 * allocation prints the chunk start and "List?" has no trailing space; random mode prints chunk start + header
 * (so a failed allocation prints -1 + header) and "List? ".
 */
export function mallocText(v: OptValues, steps: MallocStep[]): string {
  const fromList = v.opsList !== '';
  const header = v.headerSize as number;
  const lines = [
    `seed ${v.seed as number}`,
    `size ${v.heapSize as number}`,
    `baseAddr ${v.baseAddr as number}`,
    `headerSize ${header}`,
    `alignment ${v.alignment as number}`,
    `policy ${v.policy as string}`,
    `listOrder ${v.order as string}`,
    `coalesce ${pyBool(v.coalesce)}`,
    `numOps ${v.opsNum as number}`,
    `range ${v.opsRange as number}`,
    `percentAlloc ${v.opsPAlloc as number}`,
    `allocList ${v.opsList as string}`,
    `compute ${pyBool(v.solve)}`,
    '',
  ];
  const after = (list: FreeChunk[]) => [v.solve ? dump(list) : fromList ? 'List?' : 'List? ', ''];
  for (const s of steps) {
    if (s.op === 'alloc') {
      const printed = fromList ? (s.blockAddr ?? -1) : (s.blockAddr ?? -1) + header;
      lines.push(
        `ptr[${s.ptrIndex}] = Alloc(${s.size}) returned ${v.solve ? `${printed} (searched ${s.searched} elements)` : '?'}`,
        ...after(s.freeList),
      );
    } else if (s.skipped) {
      lines.push('Invalid Free: Skipping');
    } else {
      lines.push(`Free(ptr[${s.ptrIndex}])`, `returned ${v.solve ? s.result : '?'}`, ...after(s.freeList));
    }
  }
  return `${lines.join('\n')}\n`;
}
