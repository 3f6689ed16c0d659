import type { LinearTranslateAnswers } from '../answers';
import { createExplicitMemory, mapPages } from '../../memory/explicitTable';
import { translate } from '../../memory/mmu';
import type { OstepScript } from '../script';
import {
  LINEAR_TRANSLATE_DEFAULTS,
  LINEAR_TRANSLATE_SPECS,
  linearTranslateProblem,
  type LinearTranslateProblem,
} from './linearTranslateCommand';
import { linearTranslateText } from './linearTranslateText';

const USAGE = `Usage: sim ostep paging-linear-translate [options]      (OSTEP vm-paging/paging-linear-translate.py, on our MMU)
  -A ADDRESSES, --addresses=ADDRESSES
                        comma-separated virtual addresses (decimal, below the address-space size);
                        -1 (default) means randomly generate
  -s SEED, --seed=SEED  the random seed (default 0)
  -a ASIZE, --asize=ASIZE
                        address space size, a power of two (e.g., 16, 64k, 32m; default 16k)
  -p PSIZE, --physmem=PSIZE
                        physical memory size, more than the address space, under 1g (default 64k)
  -P PAGESIZE, --pagesize=PAGESIZE
                        page size, a power of two (e.g., 4k, 8k; default 4k)
  -n NUM, --numaddrs=NUM
                        number of virtual addresses to generate (default 5)
  -u USED, --used=USED  percent of virtual address space that is used (default 50)
  -v                    verbose mode: print the VPN by each page-table entry
  -c                    compute the answers`;

/** The process whose page table holds the exercise's (the memory has no other). */
const PID = 0;

/** Each address through our MMU, on a memory whose only page table is the problem's. */
function answersOf(p: LinearTranslateProblem): LinearTranslateAnswers | string {
  const m = createExplicitMemory(p.geometry);
  const refused = mapPages(m, PID, p.pageTable);
  if (refused) return `the page table does not fit our memory: ${refused} (a bug of ours)`;
  const translations = p.addresses.map((va, tick) => {
    const r = translate(m, PID, va, 'read', tick);
    const split = r.steps.find((s) => s.step === 'split');
    const vpn = split?.step === 'split' ? split.vpn : Math.floor(va / p.geometry.pageSize);
    return { va, vpn, valid: r.ok, pa: r.ok ? r.physical : null };
  });
  return { pageTable: p.pageTable, translations };
}

/**
 * OSTEP's paging-linear-translate.py: a random linear page table and virtual addresses to translate. The
 * table is installed in one of our memories (mapPages) and every address goes through our MMU.
 */
export const linearTranslateScript: OstepScript<LinearTranslateAnswers> = {
  name: 'paging-linear-translate',
  path: 'vm-paging/paging-linear-translate.py',
  usage: USAGE,
  specs: LINEAR_TRANSLATE_SPECS,
  defaults: LINEAR_TRANSLATE_DEFAULTS,
  solve(v) {
    const p = linearTranslateProblem(v);
    if (typeof p === 'string') return { ok: false, error: p };
    const answer = answersOf(p);
    if (typeof answer === 'string') return { ok: false, error: answer };
    return { ok: true, answer, text: linearTranslateText(v, answer) };
  },
};
