import type { Access, TranslationResult } from '../../core/index';

export interface OutcomeContext {
  pid: number;
  address: number;
  pageSize: number;
  access: Access;
  /** ticks to load a page from swap (the scenario's), said after a page fault */
  swapInTicks?: number;
}

const ticks = (n: number) => `${n} tick${n === 1 ? '' : 's'}`;
const hex = (n: number) => `0x${n.toString(16)}`;

/**
 * A translation's result as one sentence: "Frame 12, offset 0x1a4: physical address 0xc1a4, 1 tick (TLB
 * hit)." or "Page 5 of P3 is not in memory: page fault, 1 tick, then 20 ticks to load it from swap."
 */
export function describeOutcome(r: TranslationResult, c: OutcomeContext): string {
  const vpn = Math.floor(c.address / c.pageSize);
  const page = `Page ${vpn} of P${c.pid}`;
  const cost = ticks(r.cost);
  if (r.ok) {
    const offset = r.physical - r.frame * c.pageSize;
    const swapIn = r.steps.find((s) => s.step === 'swapIn');
    const loaded = swapIn ? `${page} was not in memory: page fault, loaded from swap slot ${swapIn.slot}. ` : '';
    return `${loaded}Frame ${r.frame}, offset ${hex(offset)}: physical address ${hex(r.physical)}, ${cost} (TLB ${r.tlbHit ? 'hit' : 'miss'}).`;
  }
  switch (r.fault) {
    case 'notPresent': {
      const load = c.swapInTicks === undefined ? '' : `, then ${ticks(c.swapInTicks)} to load it from swap`;
      return `${page} is not in memory: page fault, ${cost}${load}.`;
    }
    case 'invalid':
      return `${page} is not mapped (invalid page): fault, ${cost}; the ${c.access} is refused.`;
    case 'protection':
      return `${page} does not allow ${c.access}: protection fault, ${cost}; the ${c.access} is refused.`;
  }
}
