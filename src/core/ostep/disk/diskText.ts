import type { DiskLayout, DiskServed } from '../../storage/disk/diskTypes';
import { pyBool } from '../pyFormat';
import type { DiskOptions } from './diskFlags';

/** Python's `'%Nd' % n`. */
const d = (n: number, width: number): string => String(Math.trunc(n)).padStart(width);

/** The OPTIONS block disk.py opens with (its flags as given: -c before -G turns it on). */
export function optionsText(v: DiskOptions): string {
  const rows: [string, string | number][] = [
    ['seed', v.seed],
    ['addr', v.addr],
    ['addrDesc', v.addrDesc],
    ['seekSpeed', v.seekSpeed],
    ['rotateSpeed', v.rotateSpeed],
    ['skew', v.skew],
    ['window', v.window],
    ['policy', v.policy],
    ['compute', pyBool(v.solve)],
    ['graphics', pyBool(v.graphics)],
    ['zoning', v.zoning],
    ['lateAddr', v.lateAddr],
    ['lateAddrDesc', v.lateAddrDesc],
  ];
  return `${rows.map(([k, x]) => `OPTIONS ${k} ${x}\n`).join('')}\n`;
}

/** The layout as disk.py prints it while laying blocks out: each zone, then each block with its track. */
export function layoutText(zones: readonly string[], skew: number, layout: DiskLayout): string {
  const out = zones.map((z, i) => `z ${i} ${z}\n`);
  layout.blocks.forEach((b, block) => {
    const spacing = 2 * (layout.halfSector[b.track] as number);
    out.push(b.track === 0 ? `0 ${spacing} ${block}\n` : `${b.track} ${b.track * skew} ${spacing} ${block}\n`);
  });
  return out.join('');
}

export const QUESTION =
  '\nFor the requests above, compute the seek, rotate, and transfer times.\nUse -c or the graphical mode (-G) to see the answers.\n\n';

export const servedLine = (s: DiskServed): string =>
  `Block: ${d(s.block, 3)}  Seek:${d(s.seek, 3)}  Rotate:${d(s.rotate, 3)}  Transfer:${d(s.transfer, 3)}  Total:${d(s.total, 4)}\n`;

export const totalsText = (t: { seek: number; rotate: number; transfer: number }, ticks: number): string =>
  `\nTOTALS      Seek:${d(t.seek, 3)}  Rotate:${d(t.rotate, 3)}  Transfer:${d(t.transfer, 3)}  Total:${d(ticks, 4)}\n\n`;
