import { ENTRY_PFN, ENTRY_VALID, SMALL_TABLES, addressSpaceOf } from '../../memory/twoLevelWalk';
import type { Scenario } from '../../scenario/types';
import { registerScenario, translatorOf } from '../relocation/registerScenario';
import type { MultilevelTranslateOptions } from './multilevelTranslateFlags';
import { multilevelTranslateProblem, PHYSICAL_PAGES } from './multilevelTranslateProblem';

const SCRIPT = 'vm-smalltables/paging-multilevel-translate.py';
/** OSTEP's 4 KiB memory sits at physical address 0 of the node's, so every physical address is OSTEP's. */
const NODE_MEMORY = '16k';

/**
 * paging-multilevel-translate.py's problem as one of our scenarios: the translator's memory is the script's dump (128
 * pages of 32 bytes, at physical address 0 of a 16 KiB node), its MMU walks the two-level table at the PDBR
 * (memory.mmu in two-level mode), and its references are the drawn addresses; an entry not valid is signalled and
 * skipped, so each address gets its verdict. The seed is the scenario's, so the command comes back from it.
 */
export function multilevelTranslateScenario(v: MultilevelTranslateOptions): Scenario | string {
  const p = multilevelTranslateProblem(v);
  if (typeof p === 'string') return p;
  return registerScenario({
    script: SCRIPT,
    source: `-s ${v.seed} -a ${v.allocated} -n ${v.num}`,
    title: 'OSTEP paging-multilevel-translate.py: a two-level page table',
    seed: v.seed,
    asize: addressSpaceOf(SMALL_TABLES),
    psize: 16 * 1024,
    addresses: [...p.addresses],
    mmu: {
      mode: 'two-level',
      violation: 'signal',
      geometry: { ...SMALL_TABLES },
      processes: [{ pid: 1, base: 0, pdbr: p.pdbr, pages: p.pages }],
    },
  });
}

/** The valid entries of a table page. */
const validEntries = (page: readonly number[]): number => page.filter((e) => (e & ENTRY_VALID) !== 0).length;

/**
 * The flags that pose a scenario's problem again: the script takes no memory and no addresses, only the seed, the
 * pages allocated (the valid table entries) and how many addresses; a scenario fits when they draw its very memory and
 * addresses.
 */
export function multilevelTranslateFlagsOf(s: Scenario): string[] | string {
  const mmu = s.memory?.mmu;
  const t = translatorOf(s, 'paging-multilevel-translate.py');
  if (typeof t === 'string') return t;
  const own = mmu?.mode === 'two-level' && mmu.processes.length === 1 ? mmu.processes[0] : undefined;
  if (!own || own.pid !== 1 || own.pages.length !== PHYSICAL_PAGES || own.base !== 0)
    return `paging-multilevel-translate.py's MMU walks a two-level table in P1's ${PHYSICAL_PAGES}-page memory at address 0 of ${NODE_MEMORY}`;
  const allocated = own.pages[own.pdbr]!.reduce(
    (n, pde) => n + ((pde & ENTRY_VALID) !== 0 ? validEntries(own.pages[pde & ENTRY_PFN] ?? []) : 0),
    0,
  );
  const again = multilevelTranslateProblem({ seed: s.seed, allocated, num: t.addresses.length, solve: false });
  if (typeof again === 'string') return again;
  const same =
    again.pdbr === own.pdbr &&
    again.pages.every((page, i) => page.every((b, j) => b === own.pages[i]![j])) &&
    [...again.addresses].every((va, i) => va === t.addresses[i]);
  if (!same)
    return `paging-multilevel-translate.py draws its memory and addresses from the seed: seed ${s.seed} with -a ${allocated} draws others`;
  return ['-s', String(s.seed), '-a', String(allocated), '-n', String(t.addresses.length)];
}
