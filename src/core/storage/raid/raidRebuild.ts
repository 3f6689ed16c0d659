import { blockRuns, runRange } from '../../fs/allocation/disk';
import { available, capacity, readBlock, rowParity, rowPeers, type RaidArray } from './raidArray';
import type { RaidIo, RaidPlace } from './raidTypes';

/** A spare takes a failed disk's place, empty: it is rebuilt from offset 0 up. Or why it cannot be. */
export function startRebuild(a: RaidArray, disk: number): string | undefined {
  if (a.config.level === 0) return 'RAID 0 keeps no redundancy to rebuild a disk from';
  if (a.state[disk]?.kind !== 'failed') return `disk ${disk} has not failed`;
  a.state[disk] = { kind: 'rebuilding', done: 0 };
  return undefined;
}

/** Where a rebuilding disk's block at `offset` comes from: its mirror (RAID 1) or the rest of its row (RAID 4/5). */
const sources = (a: RaidArray, disk: number, offset: number): RaidPlace[] =>
  a.config.level === 1 ? [{ disk: disk ^ 1, offset }] : rowPeers(a, disk, offset);

export interface RebuildStep {
  disk: number;
  /** offsets rebuilt: [from, to) */
  from: number;
  to: number;
  ios: RaidIo[];
  /** why it stopped short of `count`: done, or a source down (data lost) */
  stopped?: string;
}

/**
 * Rebuild up to `count` more offsets of the disk being rebuilt: each read from its sources and written to the
 * spare. Stops at the disk's end, or where a source is down (the rest cannot be rebuilt). Undefined when no disk
 * is being rebuilt.
 */
export function rebuildStep(a: RaidArray, count: number): RebuildStep | undefined {
  const disk = a.state.findIndex((s) => s.kind === 'rebuilding');
  const s = a.state[disk];
  if (s?.kind !== 'rebuilding') return undefined;
  const from = s.done;
  const ios: RaidIo[] = [];
  let stopped: string | undefined;
  while (s.done < Math.min(a.blocksPerDisk, from + count)) {
    const offset = s.done;
    const src = sources(a, disk, offset);
    const down = src.find((p) => !available(a, p));
    if (down) {
      stopped = `disk ${down.disk} is down too: offsets ${offset} and up of disk ${disk} cannot be rebuilt`;
      break;
    }
    const parity = a.config.level === 1 ? -1 : rowParity(a, offset);
    for (const p of src) ios.push({ op: 'read', role: p.disk === parity ? 'parity' : 'data', block: null, ...p });
    (a.contents[disk] as number[])[offset] = src.reduce((x, p) => x ^ (a.contents[p.disk]?.[p.offset] ?? 0), 0);
    ios.push({ op: 'write', role: disk === parity ? 'parity' : 'data', block: null, disk, offset });
    s.done += 1;
  }
  if (s.done >= a.blocksPerDisk) {
    a.state[disk] = { kind: 'ok' };
    stopped = `disk ${disk} is whole again`;
  }
  return { disk, from, to: s.done, ios, ...(stopped ? { stopped } : {}) };
}

/** The logical blocks that can no longer be read: every copy, or too much of their row, gone. */
export function lostBlocks(a: RaidArray): number[] {
  const lost: number[] = [];
  for (let b = 0; b < capacity(a); b++) if (readBlock(a, b).how === 'lost') lost.push(b);
  return lost;
}

/** "12 logical blocks: 4-7, 12, 20-26": at most `shown` runs, then how many more. */
export function lostText(lost: readonly number[], shown = 8): string {
  if (lost.length === 0) return 'no logical block lost';
  const runs = blockRuns(lost);
  const more = runs.length > shown ? `, … (${runs.length} runs)` : '';
  return `${lost.length} logical block${lost.length === 1 ? '' : 's'} lost: ${runs
    .slice(0, shown)
    .map((r) => runRange(r, '-'))
    .join(', ')}${more}`;
}
