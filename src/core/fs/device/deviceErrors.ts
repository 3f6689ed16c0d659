import type { FieldError } from '../../scenario/fieldErrors';
import type { FsConfig } from '../config';
import { deviceCapacity } from './deviceRun';
import { deviceKind, type DiskDeviceConfig, type SsdDeviceConfig } from './deviceConfig';
import { raidBlocksPerDisk } from './nodeRaid';

const at = (path: string, limit: string, message: string): FieldError => ({ path, limit, message });

/**
 * What the device needs of the rest of the fs section: room for the file system's blocks, and (for a device that
 * places blocks by number) block numbers for everything it moves, which a log (LFS), a contiguous file's move and
 * the journal's commits do not give it yet.
 */
export function deviceErrors(c: FsConfig, path = 'fs'): FieldError[] {
  const d = c.device;
  const kind = deviceKind(d);
  if (d.kind === undefined || d.kind === 'simple') return [];
  const field = `${path}.device`;
  const errors: FieldError[] = [];
  const onlySimple = (what: string, value: string | undefined): void => {
    if (value !== undefined)
      errors.push(
        at(
          `${path}.${what}`,
          `absent with ${field}.kind ${kind}`,
          `${path}.${what} (${value}) runs only on the simple device for now: the ${kind} needs every block it moves by number, which ${what === 'journal' ? "the journal's commits do" : what === 'layout' ? "LFS's log does" : "a contiguous file's move does"} not give it; remove ${path}.${what} or set ${field}.kind to "simple"`,
        ),
      );
  };
  onlySimple('layout', c.layout === 'lfs' ? c.layout : undefined);
  onlySimple('allocation', c.allocation === 'contiguous' ? c.allocation : undefined);
  onlySimple('journal', c.journal);
  if (d.kind === 'raid') {
    if (d.level === 1 && d.disks % 2 !== 0)
      errors.push(
        at(
          `${field}.disks`,
          'an even number for RAID 1',
          `${field}.disks (${d.disks}) must be even for RAID 1: it mirrors pairs of disks`,
        ),
      );
    else if (d.member.kind === 'disk' || d.member.kind === 'ssd') {
      const perMember = raidBlocksPerDisk(d, c.blocks);
      const need: Need = {
        blocks: perMember,
        path: `${path}.blocks`,
        words: `each member holds ${perMember} blocks: ${path}.blocks (${c.blocks}) over the RAID ${d.level}'s data disks, in whole chunks of ${d.chunk}`,
        fix: `fewer ${path}.blocks or more ${field}.disks`,
        unit: 'member',
      };
      if (d.member.kind === 'disk') errors.push(...diskRoom({ ...d.member, kind: 'disk' }, `${field}.member`, need));
      else errors.push(...ssdRoom({ ...d.member, kind: 'ssd' }, `${field}.member`, need));
    }
    return errors;
  }
  const need: Need = {
    blocks: c.blocks,
    path: `${path}.blocks`,
    words: `${path}.blocks (${c.blocks})`,
    fix: 'fewer blocks',
    unit: 'file-system',
  };
  if (d.kind === 'disk') return [...errors, ...diskRoom(d, field, need)];
  if (d.kind !== 'ssd') return errors;
  return [...errors, ...ssdRoom(d, field, need)];
}

/** The blocks a disk or an SSD must hold (the file system's, or a RAID member's share), in words for the errors. */
interface Need {
  blocks: number;
  path: string;
  words: string;
  fix: string;
  unit: 'file-system' | 'member';
}

/** A disk holds what it must: three tracks of sectors `sectorAngles` apart. */
function diskRoom(d: DiskDeviceConfig, field: string, need: Need): FieldError[] {
  const capacity = deviceCapacity(d, need.blocks);
  if (typeof capacity === 'string') return [at(`${field}.sectorAngles`, 'a disk layout', capacity)];
  if (need.blocks <= capacity) return [];
  return [
    at(
      need.path,
      `at most the disk's ${capacity} blocks`,
      `${need.words} must be at most the disk's ${capacity} blocks (three tracks, sectors ${d.sectorAngles.join(', ')} degrees apart): ${need.fix}, or smaller ${field}.sectorAngles`,
    ),
  ];
}

/** An SSD's water marks are in order and its pages hold what it must (the log FTL keeping a block free). */
function ssdRoom(d: SsdDeviceConfig, field: string, need: Need): FieldError[] {
  const errors: FieldError[] = [];
  if (d.highWater > d.blocks)
    errors.push(
      at(
        `${field}.highWater`,
        `at most ${field}.blocks (${d.blocks})`,
        `${field}.highWater (${d.highWater}) must be at most ${field}.blocks (${d.blocks})`,
      ),
    );
  if (d.lowWater >= d.highWater)
    errors.push(
      at(
        `${field}.lowWater`,
        `below ${field}.highWater (${d.highWater})`,
        `${field}.lowWater (${d.lowWater}) must be below ${field}.highWater (${d.highWater}): GC cleans from the high mark down to the low one`,
      ),
    );
  // The log FTL needs a block's worth of pages beyond the data, or the collector could never free one.
  const spare = d.ftl === 'log' ? 1 : 0;
  const pages = (d.blocks - spare) * d.pagesPerBlock;
  if (need.blocks > pages)
    errors.push(
      at(
        need.path,
        `at most ${pages} (the SSD's pages${spare ? ', less one block for the log' : ''})`,
        `${need.words} must be at most ${pages}: the SSD's ${d.blocks} blocks of ${d.pagesPerBlock} pages${spare ? ', less one block the log FTL keeps free to clean into' : ''} (each ${need.unit} block is one page)${need.unit === 'member' ? `: ${need.fix}` : ''}`,
      ),
    );
  return errors;
}
