import type { SsdDecision } from './ssdTypes';

const pages = (ps: readonly number[]): string =>
  ps.length === 0 ? 'no page' : `page${ps.length > 1 ? 's' : ''} ${ps.join(', ')}`;

const SKIP_WHY = {
  current: 'it is the log block being written',
  retired: 'it is worn out and retired',
  erased: 'it is already erased',
  'all-live': 'every page in it is live, so cleaning it would free nothing',
} as const;

/** An SSD decision in words, for the narration and the CLI alike. */
export function explainSsdDecision(d: SsdDecision): string {
  switch (d.kind) {
    case 'program': {
      const who = d.gc ? 'a copy of logical page' : 'logical page';
      if (d.ftl === 'log') return `${who} ${d.logical} programmed at the log's next page, ${d.physical}`;
      return `${who} ${d.logical} programmed at physical page ${d.physical}: the ${d.ftl} FTL maps each page to its own number`;
    }
    case 'direct-rewrite':
      return `to overwrite page ${d.logical} in place the direct FTL read block ${d.block}'s valid pages, erased the block and programmed back ${pages(d.kept)}`;
    case 'open-block':
      return `the log opens block ${d.block}, the first free one from the current block on${d.wasInvalid ? ' (never written, so erased first)' : ''}`;
    case 'device-full':
      return `no block is free for the log: the write of logical page ${d.logical} is refused (ENOSPC)`;
    case 'gc-start':
      return `${d.inUse} blocks in use reaches the high water mark (${d.high}): garbage collection starts`;
    case 'gc-skip':
      return `GC passes block ${d.block} by: ${SKIP_WHY[d.why]}`;
    case 'gc-move':
      return `GC pass ${d.pass} moves live physical page ${d.from} (logical page ${d.logical}) to the log`;
    case 'gc-erase':
      return d.lost.length > 0
        ? `GC pass ${d.pass} erases block ${d.block} after moving ${d.moved} live pages; ${pages(d.lost)} could not move and ${d.lost.length > 1 ? 'are' : 'is'} lost (as ssd.py does)`
        : `GC pass ${d.pass} erases block ${d.block} after moving its ${d.moved} live pages`;
    case 'gc-keep':
      return `GC keeps block ${d.block}: the log has no room for its live ${pages(d.unmoved)}, and a live page is never erased`;
    case 'gc-done':
      return `${d.inUse} blocks in use is at or below the low water mark (${d.low}): GC stops at block ${d.block}`;
    case 'gc-short':
      return `GC went round every block and ${d.inUse} are still in use, above the low water mark (${d.low})`;
    case 'wear-level':
      return `block ${d.block} was erased ${d.erases} times, more than ${d.threshold} behind the most-erased block (${d.most}): its cold data (${d.moved} live pages) moves to the log${d.erased ? ' and the block is erased, to take hot writes' : ', but not all of it could, so the block is kept'}`;
    case 'retire':
      return `block ${d.block} has been erased ${d.erases} times, its endurance (${d.endurance}): it is retired and the device's capacity shrinks`;
  }
}
