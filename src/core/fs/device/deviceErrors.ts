import type { FieldError } from '../../scenario/fieldErrors';
import type { FsConfig } from '../config';
import { deviceCapacity } from './deviceRun';
import { journalRegion } from '../subsystem/journalOnDevice';

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
  // With a journal, its layout's blocks lie on the device after the file system's data blocks.
  const region = journalRegion(c);
  const journalled = region > 0 ? ` less the journal's layout (${region})` : '';
  if (d.kind === 'raid') {
    if (d.level === 1 && d.disks % 2 !== 0)
      errors.push(
        at(
          `${field}.disks`,
          'an even number for RAID 1',
          `${field}.disks (${d.disks}) must be even for RAID 1: it mirrors pairs of disks`,
        ),
      );
    return errors;
  }
  if (d.kind === 'disk') {
    const capacity = deviceCapacity(d, c.blocks);
    if (typeof capacity === 'string') errors.push(at(`${field}.sectorAngles`, 'a disk layout', capacity));
    else if (c.blocks + region > capacity)
      errors.push(
        at(
          `${path}.blocks`,
          `at most the disk's ${capacity - region} blocks${journalled}`,
          `${path}.blocks (${c.blocks}) must be at most the disk's ${capacity} blocks${region > 0 ? ` less the ${region} of the journal's layout (${c.blocks} + ${region} > ${capacity})` : ''} (three tracks, sectors ${d.sectorAngles.join(', ')} degrees apart): fewer blocks, or smaller ${field}.sectorAngles`,
        ),
      );
    return errors;
  }
  if (d.kind !== 'ssd') return errors;
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
  if (c.blocks + region > pages)
    errors.push(
      at(
        `${path}.blocks`,
        `at most ${pages - region} (the SSD's pages${spare ? ', less one block for the log' : ''}${region > 0 ? `, less the journal's layout` : ''})`,
        `${path}.blocks (${c.blocks}) must be at most ${pages - region}: the SSD's ${d.blocks} blocks of ${d.pagesPerBlock} pages${spare ? ', less one block the log FTL keeps free to clean into' : ''}${region > 0 ? `, less ${region} pages for the journal's layout (superblock, bitmaps, inode table, journal)` : ''} (each file-system block is one page)`,
      ),
    );
  return errors;
}
