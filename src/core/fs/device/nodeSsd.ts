import { createSsd, ssdRead, ssdUpkeep, ssdWrite } from '../../storage/ssd/ssdDevice';
import type { SsdDecision, SsdState } from '../../storage/ssd/ssdTypes';
import type { SsdDeviceConfig } from './deviceConfig';

export interface SsdRunState {
  kind: 'ssd';
  ssd: SsdState;
  ticks: { read: number; program: number; erase: number };
}

/** What one batch did on the flash: the counts it cost and the garbage collector's and wear levelling's work. */
export interface SsdBatch {
  reads: number;
  /** reads of a block never written: the FTL maps it to no page and answers without touching the flash */
  unmapped: number;
  programs: number;
  erases: number;
  /** pages the garbage collector and wear levelling copied (the write amplification) */
  copies: number;
  gcPasses: number;
  /** writes refused for want of a free block (ENOSPC on the device) */
  failed: number;
  retired: number;
  ticks: number;
  /** the tick each page landed after the batch began, reads then writes (a page's read, or its program and upkeep) */
  ends: number[];
  /** the first decision of the collector or of wear levelling, for the narration */
  first: SsdDecision | null;
}

/** The SSD holding `logicalPages` blocks, every page invalid as at power-on. */
export function createSsdRun(c: SsdDeviceConfig, logicalPages: number): SsdRunState {
  return {
    kind: 'ssd',
    ssd: createSsd({
      ftl: c.ftl,
      logicalPages,
      blocks: c.blocks,
      pagesPerBlock: c.pagesPerBlock,
      eraseTime: c.eraseTicks,
      programTime: c.programTicks,
      readTime: c.readTicks,
      highWater: c.highWater,
      lowWater: c.lowWater,
      // A live page is never erased: the node's file system must read back what it wrote.
      gcRule: 'safe',
      wearLevel: c.wearLevel,
      wearThreshold: c.wearThreshold,
      endurance: c.endurance,
    }),
    ticks: { read: c.readTicks, program: c.programTicks, erase: c.eraseTicks },
  };
}

const NOTED = new Set<SsdDecision['kind']>(['gc-start', 'gc-erase', 'gc-keep', 'wear-level', 'retire', 'device-full']);

/**
 * Reads `reads` and writes `writes` (logical pages) through the FTL, the upkeep (GC at the high water mark, wear
 * levelling) after each write as ssd.py runs it after each command. The time is each page read, page program and
 * block erase the flash did, at their costs.
 */
export function serveSsdBatch(d: SsdRunState, reads: readonly number[], writes: readonly number[]): SsdBatch {
  const st = d.ssd;
  const before = { reads: st.readSum, programs: st.writeSum, erases: st.eraseSum, host: st.hostWrites };
  const out = { unmapped: 0, gcPasses: 0, failed: 0, retired: 0, first: null as SsdDecision | null };
  const sink = (x: SsdDecision): void => {
    if (x.kind === 'gc-erase') out.gcPasses++;
    if (x.kind === 'retire') out.retired++;
    if (out.first === null && NOTED.has(x.kind)) out.first = x;
  };
  const ends: number[] = [];
  const spent = (): number =>
    (st.readSum - before.reads) * d.ticks.read +
    (st.writeSum - before.programs) * d.ticks.program +
    (st.eraseSum - before.erases) * d.ticks.erase;
  for (const b of reads) {
    if (!ssdRead(st, b).ok) out.unmapped++;
    ends.push(spent());
  }
  for (const b of writes) {
    if (!ssdWrite(st, b, 'd', sink).ok) out.failed++;
    ssdUpkeep(st, sink);
    ends.push(spent());
  }
  const programs = st.writeSum - before.programs;
  const erases = st.eraseSum - before.erases;
  const readPages = st.readSum - before.reads;
  return {
    ...out,
    reads: readPages,
    programs,
    erases,
    copies: programs - (st.hostWrites - before.host),
    ticks: readPages * d.ticks.read + programs * d.ticks.program + erases * d.ticks.erase,
    ends,
  };
}
