import {
  capacity,
  failDisk,
  newArray,
  readBlock,
  writeBlock,
  type RaidAccessResult,
  type RaidArray,
} from '../../storage/raid/raidArray';
import { requestIo } from '../../storage/raid/raidIo';
import { lostBlocks, lostText, rebuildStep, startRebuild } from '../../storage/raid/raidRebuild';
import { idleDisks, RAID_DISK, raidTime, timeIo } from '../../storage/raid/raidTiming';
import type { RaidDiskTime, RaidIo, RaidRequest } from '../../storage/raid/raidTypes';
import { pyFixed2 } from '../pyFormat';
import { pyInt } from '../pyNumber';
import type { RaidOptions } from './raidFlags';
import { raidProblem, raidRequests, type RaidProblem } from './raidProblem';
import { argLines, closingLines, ioText, logicalLine } from './raidText';

/** A disk failing before a request (counted from 0). */
export interface RaidFailure {
  disk: number;
  before: number;
}

/** What the failures cost over the run. */
export interface RaidFailureSummary {
  failures: RaidFailure[];
  /** block accesses served from a mirror or rebuilt from parity, and the I/Os beyond raid.py's for them */
  degraded: number;
  extraIos: number;
  /** the spare's rebuild: the disk it replaced, offsets rebuilt, ms (its busiest disk), and whether it finished */
  rebuild: { disk: number; offsets: number; ms: number; finished: boolean } | null;
  /** logical blocks that can no longer be read at the end */
  lost: number[];
}

/** -F's list: DISK@REQUEST,... or why not. */
export function parseFailures(text: string, disks: number): RaidFailure[] | string {
  if (text === '') return [];
  const out: RaidFailure[] = [];
  for (const item of text.split(',')) {
    const [d, r, extra] = item.split('@');
    const disk = pyInt(d ?? '');
    const before = pyInt(r ?? '');
    if (disk === undefined || before === undefined || extra !== undefined)
      return `-F/--fail: ${JSON.stringify(item)} is not DISK@REQUEST, such as 1@3`;
    if (disk < 0 || disk >= disks)
      return `-F/--fail: disk ${disk} is not one of the ${disks} disks (0 to ${disks - 1})`;
    if (before < 0) return `-F/--fail: request ${before} is not a request number (0 or more)`;
    out.push({ disk, before });
  }
  return out;
}

const timeAll = (disks: RaidDiskTime[], ios: readonly RaidIo[]): void => {
  for (const io of ios) timeIo(disks[io.disk] as RaidDiskTime, io.offset);
};

/**
 * raid.py's run with disks failing (ours): a request with every disk up is served as raid.py serves it; one with
 * a disk down block by block around it (each degraded access explained, with the I/Os beyond raid.py's), a spare
 * rebuilt between requests, and the logical blocks a failure loses. Contents: a write stores its request's number
 * (1 to 255, wrapping) in every block, so a read shows it gets back what was written.
 */
export function failureRun(
  v: RaidOptions,
  failures: readonly RaidFailure[],
): { lines: string[]; summary: RaidFailureSummary; disks: RaidDiskTime[] } | string {
  const p = raidProblem(v);
  if (typeof p === 'string') return p;
  if (v.rebuild < 0) return `-B/--rebuild: offsets per request must be 0 or more (got ${v.rebuild})`;
  const a = newArray(p.config, RAID_DISK.blocks);
  const disks = idleDisks(p.config);
  const rebuildBusy = disks.map(() => 0);
  const lines = [...argLines(v).slice(0, -1), `ARG fail ${v.fail}`, `ARG rebuild ${v.rebuild}`, ''];
  const summary: RaidFailureSummary = { failures: [...failures], degraded: 0, extraIos: 0, rebuild: null, lost: [] };
  let i = 0;
  for (const r of raidRequests(v, p)) {
    const refused = outOfRange(a, r, p);
    if (refused) return refused;
    for (const f of failures.filter((x) => x.before === i)) lines.push(...fail(a, f, v, summary));
    lines.push(...serve(a, r, i, v, disks, summary));
    const step = rebuildStep(a, v.rebuild);
    if (step && summary.rebuild) {
      const before = disks.map((d) => d.busy);
      timeAll(disks, step.ios);
      disks.forEach((d, k) => (rebuildBusy[k] = (rebuildBusy[k] ?? 0) + d.busy - (before[k] ?? 0)));
      summary.rebuild = {
        ...summary.rebuild,
        offsets: step.to,
        ms: Math.max(...rebuildBusy),
        finished: step.to >= a.blocksPerDisk,
      };
      const reads = step.ios.filter((io) => io.op === 'read').length;
      if (v.solve && step.to > step.from)
        lines.push(
          `REBUILD disk ${step.disk}: offsets ${step.from}-${step.to - 1} (${reads} reads, ${step.to - step.from} writes to the spare)${step.stopped ? `: ${step.stopped}` : ''}`,
        );
    }
    i++;
  }
  summary.lost = lostBlocks(a);
  lines.push(...closingLines(v, disks, raidTime(disks)));
  if (v.solve) lines.push(...summaryLines(summary), '');
  return { lines, summary, disks };
}

function outOfRange(a: RaidArray, r: RaidRequest, p: RaidProblem): string | undefined {
  const last = r.block + Math.max(r.size, 1) - 1;
  if (r.block >= 0 && last < capacity(a)) return undefined;
  const flags = p.sequential ? '-n/--numRequests and -S/--reqSize' : '-R/--randRange and -S/--reqSize';
  return `${flags}: with -F, requests must lie within the array's ${capacity(a)} blocks (blocks ${r.block} to ${last} do not)`;
}

function fail(a: RaidArray, f: RaidFailure, v: RaidOptions, summary: RaidFailureSummary): string[] {
  const lostBefore = new Set(lostBlocks(a));
  failDisk(a, f.disk);
  const lines = [`DISK ${f.disk} FAILS before request ${f.before}`];
  if (!v.solve) return lines;
  const newlyLost = lostBlocks(a).filter((b) => !lostBefore.has(b));
  if (newlyLost.length > 0) lines.push(`  ${lostText(newlyLost)}`);
  if (v.rebuild > 0 && summary.rebuild === null && startRebuild(a, f.disk) === undefined) {
    summary.rebuild = { disk: f.disk, offsets: 0, ms: 0, finished: false };
    lines.push(`  a spare replaces disk ${f.disk}: ${v.rebuild} offsets rebuilt after each request`);
  }
  return lines;
}

/** The request as raid.py prints it, with its I/Os: raid.py's when every disk is up, else block by block. */
function serve(
  a: RaidArray,
  r: RaidRequest,
  index: number,
  v: RaidOptions,
  disks: RaidDiskTime[],
  summary: RaidFailureSummary,
): string[] {
  const value = (index % 255) + 1;
  const blocks = Array.from({ length: Math.max(0, r.size) }, (_, k) => r.block + k);
  const healthy = requestIo(a.config, r);
  const allUp = a.state.every((s) => s.kind === 'ok');
  const accesses: (RaidAccessResult & { value?: number | null })[] = blocks.map((b) =>
    r.write ? writeBlock(a, b, value) : readBlock(a, b),
  );
  const lines = [`${r.block} ${r.size}`, logicalLine(r)];
  if (v.timing) timeAll(disks, allUp ? healthy.flatMap((s) => s.ios) : accesses.flatMap((x) => x.ios));
  if (v.timing) return lines.slice(0, 1);
  if (allUp) {
    timeAll(
      disks,
      healthy.flatMap((s) => s.ios),
    );
    if (v.solve) lines.push(...healthy.map((s) => s.ios.map(ioText).join('')));
  } else {
    const ios = accesses.flatMap((x) => x.ios);
    timeAll(disks, ios);
    const degraded = accesses.filter((x) => x.how !== 'direct');
    summary.degraded += degraded.length;
    const extra = ios.length - healthy.reduce((n, s) => n + s.ios.length, 0);
    summary.extraIos += Math.max(0, extra);
    if (v.solve) {
      lines.push(...accesses.map((x) => x.ios.map(ioText).join('')).filter((l) => l !== ''));
      lines.push(...degraded.map((x) => `  (${x.how}: ${x.why})`));
      if (degraded.length > 0)
        lines.push(`  ${ios.length} I/Os where raid.py's healthy array does ${ios.length - extra}`);
    }
  }
  if (v.solve && !r.write)
    lines.push(`  read values: ${accesses.map((x) => (x.value === null ? 'LOST' : String(x.value))).join(' ')}`);
  if (!v.solve) lines.push('  Physical reads/writes?');
  return [...lines, ''];
}

function summaryLines(s: RaidFailureSummary): string[] {
  const out = [
    'FAILURES (ours, not in raid.py)',
    `  degraded block accesses: ${s.degraded} (${s.extraIos} I/Os more than a healthy array)`,
  ];
  if (s.rebuild)
    out.push(
      `  rebuild of disk ${s.rebuild.disk}: ${s.rebuild.offsets} of ${RAID_DISK.blocks} offsets${s.rebuild.finished ? ' (whole again)' : ''}, ${pyFixed2(s.rebuild.ms)} ms of disk time`,
    );
  out.push(`  ${lostText(s.lost)}`);
  return out;
}
