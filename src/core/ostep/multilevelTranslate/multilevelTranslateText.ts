import { walkFaultText, type WalkFault } from '../../memory/twoLevelWalk';
import type { TextPart } from '../textParts';
import type { EntryRead, MultilevelTranslateAnswers, MultilevelTranslation } from './multilevelTranslateAnswers';
import type { MultilevelTranslateOptions } from './multilevelTranslateFlags';
import { partsText } from '../textParts';

/** Python's '%0Nx'. */
const hex = (n: number, width: number): string => n.toString(16).padStart(width, '0');

/** OSTEP's line for one entry read ('pde' under two spaces, 'pte' under four). */
function entryLine(name: 'pde' | 'pte', e: EntryRead): string {
  const indent = name === 'pde' ? '  ' : '    ';
  return `${indent}--> ${name} index:0x${hex(e.index, 1)} [decimal ${e.index}] ${name} contents:0x${hex(e.contents, 1)} (valid ${e.valid ? 1 : 0}, pfn 0x${hex(e.pfn, 2)} [decimal ${e.pfn}])`;
}

/** OSTEP's fault lines; a fault its memory cannot have (a page past the dump) in our words. */
function faultLine(f: WalkFault): string {
  if (f.kind !== 'invalidEntry') return `      --> ${walkFaultText(f)}`;
  return `      --> Fault (${f.level === 'pde' ? 'page directory' : 'page table'} entry not valid)`;
}

/** What OSTEP prints for one address: the question, or with -c the walk and its outcome. */
function addressLines(t: MultilevelTranslation, solve: boolean): string {
  if (!solve)
    return `Virtual Address ${hex(t.va, 4)}: Translates To What Physical Address (And Fetches what Value)? Or Fault?`;
  const lines = [`Virtual Address 0x${hex(t.va, 4)}:`];
  if (t.pde) lines.push(entryLine('pde', t.pde));
  if (t.pte) lines.push(entryLine('pte', t.pte));
  if (t.fault) lines.push(faultLine(t.fault));
  else lines.push(`      --> Translates to Physical Address 0x${hex(t.pa!, 3)} --> Value: 0x${hex(t.value!, 2)}`);
  return lines.join('\n');
}

/** The text as it is made: the header and dump, then each address's lines as its translation is taken. */
export function* multilevelTranslateLines(
  v: MultilevelTranslateOptions,
  memory: readonly (readonly number[])[],
  pdbr: number,
  translations: Iterable<MultilevelTranslation>,
): Generator<TextPart> {
  yield [`ARG seed ${v.seed}`, `ARG allocated ${v.allocated}`, `ARG num ${v.num}`, ''].join('\n');
  yield memory.map((bytes, p) => `page ${String(p).padStart(3)}:${bytes.map((b) => hex(b, 2)).join('')}`).join('\n');
  yield `\nPDBR: ${pdbr}  (decimal) [This means the page directory is held in this page]\n`;
  for (const t of translations) yield addressLines(t, v.solve);
  yield '';
}

/** What paging-multilevel-translate.py prints for these flags (the walks too with -c). */
export function multilevelTranslateText(v: MultilevelTranslateOptions, a: MultilevelTranslateAnswers): string {
  return partsText(multilevelTranslateLines(v, a.memory, a.pdbr, a.translations));
}
