import type { RaidServed } from '../../storage/raid/raidRun';
import type { RaidDiskTime, RaidIo, RaidRequest } from '../../storage/raid/raidTypes';
import { pyBool, pyFixed2, pyFloatRepr } from '../pyFormat';
import type { RaidOptions } from './raidFlags';
import { BLOCK_BYTES } from './raidProblem';

/** The ARG block raid.py opens with (its flags as given), then a blank line. */
export function argLines(v: RaidOptions): string[] {
  const rows: [string, string | number][] = [
    ['blockSize', BLOCK_BYTES],
    ['seed', v.seed],
    ['numDisks', v.numDisks],
    ['chunkSize', v.chunkSize],
    ['numRequests', v.numRequests],
    ['reqSize', v.size],
    ['workload', v.workload],
    ['writeFrac', v.writeFrac],
    ['randRange', v.range],
    ['level', v.level],
    ['raid5', v.raid5type],
    ['reverse', pyBool(v.reverse)],
    ['timing', pyBool(v.timing)],
  ];
  return [...rows.map(([k, x]) => `ARG ${k} ${x}`), ''];
}

export const ioText = (io: RaidIo): string =>
  `  ${io.op === 'read' ? 'read ' : 'write'} [disk ${io.disk}, offset ${io.offset}]  `;

export const logicalLine = (r: RaidRequest): string =>
  r.write
    ? `LOGICAL WRITE to  addr:${r.block} size:${r.size * BLOCK_BYTES}`
    : `LOGICAL READ from addr:${r.block} size:${r.size * BLOCK_BYTES}`;

/**
 * One request as raid.py prints it: the block and size it drew, then (mapping mode) the logical request or its
 * question, and the physical I/Os when answering (-c) or asking in reverse (-r), a line per step. RAID 4/5 reads
 * print all their I/Os on one line and no blank line after.
 */
export function requestLines(v: RaidOptions, r: RaidRequest, served: RaidServed): string[] {
  const lines = [`${r.block} ${r.size}`];
  if (v.timing) return lines;
  if (v.solve || !v.reverse) {
    lines.push(logicalLine(r));
    if (!v.solve) lines.push('  Physical reads/writes?', '');
  } else lines.push('LOGICAL OPERATION is ?');
  if (!v.solve && !v.reverse) return lines;
  const steps = served.steps.map((s) => s.ios.map(ioText).join(''));
  if (served.steps[0]?.kind === 'data-read') return [...lines, ...steps];
  return [...lines, ...steps, ''];
}

/** A disk's share of the time, as raid.py prints it (0 when nothing took any time). */
export const busyPercent = (d: RaidDiskTime, total: number): number => (total > 0 ? (100 * d.busy) / total : 0);

/** What raid.py prints after the requests: nothing more in mapping mode; the disks' times (-c) or the question. */
export function closingLines(v: RaidOptions, disks: readonly RaidDiskTime[], total: number): string[] {
  if (!v.timing) return [''];
  if (!v.solve)
    return [
      '',
      'Estimate how long the workload should take to complete.',
      '- Roughly how many requests should each disk receive?',
      '- How many requests are random, how many sequential?',
      '',
    ];
  const stats = disks.map((d, i) => {
    // raid.py pads the percentage by whether the disk was the busiest, idle or in between
    const pad = d.busy === total ? ' ' : d.busy === 0 ? '   ' : '  ';
    const ios = String(d.ios).padStart(5);
    return `disk:${i}  busy:${pad}${pyFixed2(busyPercent(d, total))}  I/Os: ${ios} (sequential:${d.sequential} nearly:${d.nearly} random:${d.random})`;
  });
  // raid.py's total starts as the int 0 and becomes a float only when a disk was busy
  return ['', ...stats, '', `STAT totalTime ${total > 0 ? pyFloatRepr(total) : '0'}`, ''];
}
