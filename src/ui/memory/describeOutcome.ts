import type { Access, TranslationResult } from '../../core/index';
import { millis, ticks } from './formatTicks';

export interface OutcomeContext {
  pid: number;
  address: number;
  pageSize: number;
  access: Access;
  /** ticks to load a page from swap (the scenario's), said after a page fault */
  swapInTicks?: number;
}

const hex = (n: number) => `0x${n.toString(16)}`;

/**
 * What a completed translation's cost is made of: the page's memory latency (its tier's), one tick per page-table
 * level walked on a TLB miss, and whatever else (bringing the page in).
 */
function costParts(r: Extract<TranslationResult, { ok: true }>): string {
  const physical = r.steps.find((s) => s.step === 'physical');
  if (!physical) return r.tlbHit ? 'TLB hit' : 'TLB miss';
  const walks = r.steps.filter((s) => s.step === 'walk').length;
  const rest = r.cost - physical.latency - walks;
  const parts = [
    `${ticks(physical.latency)} for ${physical.memoryType} memory (tier ${physical.tier}, ${millis(physical.latency)})`,
  ];
  parts.push(walks > 0 ? `${ticks(walks)} for the page-table walk (TLB miss)` : 'no walk (TLB hit)');
  if (rest > 0) parts.push(`${ticks(rest)} to bring the page in`);
  return parts.join(', ');
}

/**
 * A translation's result in words: "Frame 12, offset 0x1a4: physical address 0xc1a4, 3 ticks: 2 ticks for USER
 * memory (tier 1, 0.2 ms), 1 tick for the page-table walk (TLB miss). A process making this reference stalls on its
 * CPU for them." or "Page 5 of P3 is not in memory: page fault, 1 tick, then 20 ticks to load it from swap."
 */
export function describeOutcome(r: TranslationResult, c: OutcomeContext): string {
  const vpn = Math.floor(c.address / c.pageSize);
  const page = `Page ${vpn} of P${c.pid}`;
  const cost = ticks(r.cost);
  if (r.ok) {
    const offset = r.physical - r.frame * c.pageSize;
    const swapIn = r.steps.find((s) => s.step === 'swapIn');
    const loaded = swapIn ? `${page} was not in memory: page fault, loaded from swap slot ${swapIn.slot}. ` : '';
    return `${loaded}Frame ${r.frame}, offset ${hex(offset)}: physical address ${hex(r.physical)}, ${cost}: ${costParts(r)}. A process making this reference stalls on its CPU for them.`;
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
