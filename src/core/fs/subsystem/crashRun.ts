import { deviceBound } from '../device/deviceConfig';
import { deepCopy } from '../../deepCopy';
import type { SimState } from '../../kernel/state';
import { crashPoint } from '../crash/crashPoint';
import type { CrashPlan } from '../crash/planWrites';
import type { FsOp } from '../fsOp';
import { fsInvariants } from '../invariants';
import { emptyOpenFiles } from '../openFiles';
import { dirtyCount } from '../pageCache';
import { repairFs } from '../repair';
import type { FsError } from '../types';
import { releaseSpareFrames } from './cacheMemory';
import { listWords } from './commitWords';
import {
  commitChanges,
  planOf,
  planPending,
  recordChange,
  settleCommits,
  type Commit,
  type DiskTrack,
} from './diskTrack';
import type { FsckOpOutcome } from './fsckRun';
import type { FsRun } from './state';
import { queueOnDevice } from './fileRequests';
import { replayIo } from './journalOnDevice';
import { landedAt } from '../device/landedDevice';
import type { DeviceIo } from '../device/deviceRun';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * fsck writes its repairs before it returns (e2fsck runs on the device, not through the page cache): a repair is
 * a change committed at once. A corruption stands for damage on the disk: a change like any other.
 */
export function repairOrCorruptReachesDisk(
  st: SimState,
  run: FsRun,
  action: Extract<FsOp, { kind: 'fsck' | 'corrupt' }>,
  said: Exclude<FsckOpOutcome, { error: unknown }>,
): void {
  const track = run.disk;
  if (track === null) return;
  recordChange(st, run, action, action.kind, { ok: true });
  if (!('fsck' in said)) return;
  if (track.needsFsck) track.stats.fsckFixesAfterCrash += said.fsck.length;
  track.needsFsck = false;
  commitChanges(st, run);
}

/**
 * How many of a commit's block writes have landed by `now`: one every `blockTicks` from `first` on the simple
 * device; on another, those the device had finished (it serves them in order, one after another).
 */
export function writesLanded(plan: CrashPlan, c: Commit, now: number, blockTicks: number): number {
  if (c.landed) return c.landed.filter((t) => t <= now).length;
  const n = plan.writes.length;
  if (now < c.first) return 0;
  return blockTicks === 0 ? n : Math.min(n, Math.floor((now - c.first) / blockTicks));
}

/** The changes of a plan whose writes were not all on disk after `landed` of them (and that write something). */
const notDurable = (plan: CrashPlan, landed: number) =>
  plan.ops.filter((o) => o.durableAfter > landed && o.last >= o.first);

/**
 * The power fails now. A crash takes the node's memory: the page cache (its dirty blocks with it), the open-file
 * table (every descriptor is gone) and the device's queue. The processes are left to run on: the engine gives a
 * subsystem no way to restart the node, and the lesson is the disk's, so this is the file system restarting under
 * them (a process waiting on the device is told EIO when its wait ends). What reached the disk is the commits'
 * writes that landed: a commit cut short stops after the last write done (crashPoint, as in the crash-point
 * explorer), later ones and the changes not yet committed never began. Mount replays the journal; with one, what
 * fsck still finds (an inode unlinked while open, which ext4's orphan list frees at mount; in writeback mode, a
 * block holding stale bytes of another kind) is repaired at once, as a boot's fsck -p does; with none, the file
 * system keeps what the crash left and refuses everything with EIO until fsck repairs it.
 */
export function crashNode(st: SimState, run: FsRun): { told: string } | { error: FsError } {
  const track = run.disk;
  if (track === null)
    return {
      error: {
        code: 'EINVAL',
        message:
          'this file system does not follow what reaches its disk: set the scenario\'s fs.journal ("none", "data", "ordered" or "writeback") to crash it',
      },
    };
  settleCommits(track, st.now);
  const [cut, ...later] = track.commits;
  const plan = cut ? planOf(track, cut) : emptyPlan(track);
  const landed = cut ? writesLanded(plan, cut, st.now, deviceBound(run.config.device).blockTicks) : 0;
  const point = crashPoint(plan, landed);
  const flight = plan.ops.find((o) => o.durableAfter > landed && o.first <= landed && o.last >= o.first);
  const lost = [
    ...notDurable(plan, landed),
    ...later.flatMap((c) => notDurable(planOf(track, c), 0)),
    ...notDurable(planPending(track), 0),
  ].map((o) => o.text);
  const dirty = dirtyCount(run.cache);
  const fs = point.recovered;
  const problems = fsInvariants(fs);
  const journalled = track.mode !== 'none';
  const fixes = journalled && problems.length > 0 ? repairFs(fs) : [];
  fs.now = st.now;
  const waiting = run.queue.filter((q) => q.pid !== null && q.end > st.now);
  deviceAtCrash(run, st.now);
  run.fs = fs;
  run.open = emptyOpenFiles();
  run.cache.entries.clear();
  releaseSpareFrames(st, run);
  run.queue = [];
  run.busyUntil = st.now;
  run.corrupted =
    journalled || problems.length === 0
      ? null
      : `the crash at tick ${st.now} left ${plural(problems.length, 'problem')}, the first: ${problems[0]}`;
  run.version++;
  track.disk = deepCopy(fs);
  track.commits = [];
  track.from = track.log.length;
  track.needsFsck = run.corrupted !== null;
  track.lost = waiting.map((q) => ({ pid: q.pid as number, kind: q.kind, path: q.path }));
  if (run.device) replayOnDevice(st, run, replayIo(run, plan.layout, point.replay.outcome));
  const replayed = point.replay.outcome.kind === 'replayed';
  const s = track.stats;
  s.crashes++;
  s.operationsLost += lost.length;
  if (replayed) s.transactionsReplayed++;
  s.fsckFixesAfterCrash += fixes.length;
  const told = [
    `the power fails (${journalled ? `${track.mode} journal` : 'no journal'})`,
    lost.length === 0
      ? 'every change had reached the disk'
      : `${plural(lost.length, 'change')} not on disk ${lost.length === 1 ? 'is' : 'are'} lost (${listWords(lost)})`,
    ...(flight && cut
      ? [
          `${flight.text} was being written: ${landed - flight.first + 1} of its ${flight.last - flight.first + 1} block writes had landed`,
        ]
      : []),
    ...(dirty > 0 ? [`${plural(dirty, 'dirty cached block')} go${dirty === 1 ? 'es' : ''} with memory`] : []),
    cut && landed > 0
      ? `mount: ${point.replay.sentence.charAt(0).toLowerCase()}${point.replay.sentence.slice(1).replace(/\.$/, '')}`
      : `mount: no commit was being written${journalled ? ' (the last had been checkpointed home): the journal has nothing to replay' : ', and with no journal there is nothing to replay'}`,
    fsckWords(problems, fixes.length, journalled),
    'every descriptor is closed (the open-file table was memory)',
    ...track.lost.map(
      (l) => `P${l.pid}'s ${l.kind} of ${l.path} was on the device: it fails with EIO when its wait ends`,
    ),
  ];
  return { told: told.join('; ') };
}

/**
 * The device keeps what had reached it by the crash, and its figures only that (landedDevice.ts): the node served
 * each request whole when it took it. The simple device's figures are the file system's own: a request in flight
 * counts the blocks done (one every blockTicks after its requestTicks) and the ticks served up to the crash.
 */
function deviceAtCrash(run: FsRun, now: number): void {
  const live = run.device;
  const s = run.stats;
  if (live) {
    const d = run.landed ? landedAt(run.landed, live, now) : live;
    s.blocksMoved -= live.counts.blocks - d.counts.blocks;
    s.busyTicks -= live.counts.busyTicks - d.counts.busyTicks;
    run.device = d;
    return;
  }
  const { requestTicks, blockTicks } = deviceBound(run.config.device);
  for (const q of run.queue) {
    if (q.end <= now) continue;
    const done = now - q.start - requestTicks;
    const landed = done < 0 ? 0 : blockTicks === 0 ? q.blocks : Math.min(q.blocks, Math.floor(done / blockTicks));
    s.blocksMoved -= q.blocks - landed;
    s.busyTicks -= q.end - Math.max(q.start, now);
  }
}

/** Mount's journal recovery on a device that places blocks by number: the kernel's request, in order. */
function replayOnDevice(st: SimState, run: FsRun, io: DeviceIo): void {
  const blocks = io.reads.length + io.writes.length;
  queueOnDevice(st, run, null, { kind: 'write', path: '(journal replay at mount)' }, blocks, io, true);
}

function fsckWords(problems: readonly string[], fixes: number, journalled: boolean): string {
  if (problems.length === 0) return 'fsck finds nothing: the file system is consistent';
  const found = `fsck finds ${plural(problems.length, 'problem')} (${problems[0]}${problems.length > 1 ? ', …' : ''})`;
  return journalled
    ? `${found}, and repairs ${fixes === 1 ? 'it' : 'them'} at mount (${plural(fixes, 'fix', 'fixes')})`
    : `${found}: with no journal nothing puts them right but fsck, and until it runs the file system refuses everything with EIO`;
}

/** A crash with no commit in flight: the disk holds the last finished commit's picture, and the journal is empty. */
function emptyPlan(track: DiskTrack): CrashPlan {
  return planPending({ ...track, from: track.log.length });
}

/** A process whose device request the crash lost: its wait ends with EIO (once). */
export function lostRequestError(
  run: FsRun,
  pid: number,
): { kind: 'read' | 'write'; path: string; error: FsError } | null {
  const track = run.disk;
  const at = track?.lost.findIndex((l) => l.pid === pid) ?? -1;
  if (track === null || at < 0) return null;
  const [l] = track.lost.splice(at, 1);
  const { kind, path } = l as DiskTrack['lost'][number];
  return { kind, path, error: { code: 'EIO', message: 'the device lost the request when the power failed' } };
}
