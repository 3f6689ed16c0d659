import type { FieldError } from '../../scenario/fieldErrors';
import type { FsConfig } from '../config';
import { deviceCapacity } from './deviceRun';
import { deviceKind } from './deviceConfig';

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
    return errors;
  }
  if (d.kind === 'disk') {
    const capacity = deviceCapacity(d, c.blocks);
    const tracks = d.tracks ?? d.sectorAngles.length;
    const zones = d.sectorAngles.length;
    const shape =
      tracks === 3 && zones === 3
        ? 'three tracks'
        : `${tracks} track${tracks === 1 ? '' : 's'}${zones === tracks ? '' : ` in ${zones} zone${zones === 1 ? '' : 's'}`}`;
    if (typeof capacity === 'string')
      errors.push(at(`${field}.tracks`, `a multiple of the ${zones} zones`, capacity.replaceAll('fs.device', field)));
    else if (c.blocks > capacity)
      errors.push(
        at(
          `${path}.blocks`,
          `at most the disk's ${capacity} blocks`,
          `${path}.blocks (${c.blocks}) must be at most the disk's ${capacity} blocks (${shape}, sectors ${d.sectorAngles.join(', ')} degrees apart): fewer blocks, more ${field}.tracks, or smaller ${field}.sectorAngles`,
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
  if (c.blocks > pages)
    errors.push(
      at(
        `${path}.blocks`,
        `at most ${pages} (the SSD's pages${spare ? ', less one block for the log' : ''})`,
        `${path}.blocks (${c.blocks}) must be at most ${pages}: the SSD's ${d.blocks} blocks of ${d.pagesPerBlock} pages${spare ? ', less one block the log FTL keeps free to clean into' : ''} (each file-system block is one page)`,
      ),
    );
  return errors;
}
