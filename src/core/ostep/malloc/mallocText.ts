import { pyBool } from '../pyFormat';
import type { FreeChunk, MallocStep } from '../answers';
import type { MallocOptions } from './mallocFlags';

function dump(list: FreeChunk[]): string {
  return `Free List [ Size ${list.length} ]: ${list.map((c) => `[ addr:${c.addr} sz:${c.size} ]`).join('')}`;
}

/**
 * What malloc.py prints for these flags (its whole stdout). Its two modes differ in three details: with -A an
 * allocation prints the chunk start and "List?" has no trailing space; random mode prints chunk start + header
 * (so a failed allocation prints -1 + header) and "List? ".
 */
export function mallocText(v: MallocOptions, steps: MallocStep[]): string {
  const fromList = v.opsList !== '';
  const header = v.headerSize;
  const lines = [
    `seed ${v.seed}`,
    `size ${v.heapSize}`,
    `baseAddr ${v.baseAddr}`,
    `headerSize ${header}`,
    `alignment ${v.alignment}`,
    `policy ${v.policy}`,
    `listOrder ${v.order}`,
    `coalesce ${pyBool(v.coalesce)}`,
    `numOps ${v.opsNum}`,
    `range ${v.opsRange}`,
    `percentAlloc ${v.opsPAlloc}`,
    `allocList ${v.opsList}`,
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
