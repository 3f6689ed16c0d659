import type { FieldError } from '../../scenario/fieldErrors';
import type { FsConfig } from '../config';
import { deviceCapacity } from './deviceRun';
import { journalRegion } from '../subsystem/journalOnDevice';
import { type DiskDeviceConfig, type SsdDeviceConfig } from './deviceConfig';
import { raidBlocksPerDisk } from './nodeRaid';

const at = (path: string, limit: string, message: string): FieldError => ({ path, limit, message });

/**
 * What the device needs of the rest of the fs section: room for the file system's blocks, and with fs.journal for
 * the journal's layout beside them (superblock, bitmaps, inode table, the journal: subsystem/journalOnDevice.ts).
 */
export function deviceErrors(c: FsConfig, path = 'fs'): FieldError[] {
  const d = c.device;
  if (d.kind === undefined || d.kind === 'simple') return [];
  const field = `${path}.device`;
  const errors: FieldError[] = [];
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
        journal: 0,
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
    // With a journal, its layout's blocks lie on the device after the file system's data blocks.
    journal: journalRegion(c),
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
  /** the journal's layout beside them (subsystem/journalOnDevice.ts), 0 without a journal */
  journal: number;
}

/** ", less 104 pages for the journal's layout (…)", or nothing without a journal. */
const lessJournal = (need: Need, unit: string): string =>
  need.journal > 0
    ? `, less ${need.journal} ${unit} for the journal's layout (superblock, bitmaps, inode table, journal)`
    : '';

/** A disk holds what it must: its tracks (in zones) of sectors `sectorAngles` apart. */
function diskRoom(d: DiskDeviceConfig, field: string, need: Need): FieldError[] {
  const capacity = deviceCapacity(d, need.blocks);
  const tracks = d.tracks ?? d.sectorAngles.length;
  const zones = d.sectorAngles.length;
  if (typeof capacity === 'string')
    return [at(`${field}.tracks`, `a multiple of the ${zones} zones`, capacity.replaceAll('fs.device', field))];
  if (need.blocks + need.journal <= capacity) return [];
  const shape =
    tracks === 3 && zones === 3
      ? 'three tracks'
      : `${tracks} track${tracks === 1 ? '' : 's'}${zones === tracks ? '' : ` in ${zones} zone${zones === 1 ? '' : 's'}`}`;
  return [
    at(
      need.path,
      `at most the disk's ${capacity - need.journal} blocks${need.journal > 0 ? " less the journal's layout" : ''}`,
      `${need.words} must be at most the disk's ${capacity} blocks${lessJournal(need, 'blocks')} (${shape}, sectors ${d.sectorAngles.join(', ')} degrees apart): ${need.fix}, more ${field}.tracks, or smaller ${field}.sectorAngles`,
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
  if (need.blocks + need.journal > pages)
    errors.push(
      at(
        need.path,
        `at most ${pages - need.journal} (the SSD's pages${spare ? ', less one block for the log' : ''}${need.journal > 0 ? ", less the journal's layout" : ''})`,
        `${need.words} must be at most ${pages - need.journal}: the SSD's ${d.blocks} blocks of ${d.pagesPerBlock} pages${spare ? ', less one block the log FTL keeps free to clean into' : ''}${lessJournal(need, 'pages')} (each ${need.unit} block is one page)${need.unit === 'member' ? `: ${need.fix}` : ''}`,
      ),
    );
  return errors;
}
