import { ARM_START_X, armXOver, pyMod, TRACK_WIDTH } from './diskLayout';
import { DISK_POLICIES } from './policies/registry';
import type { DiskConfig, DiskState } from './diskTypes';
import { groupedDigits } from '../../groupedDigits';

/** Requests in one run, first and late together. */
export const MAX_DISK_REQUESTS = 1_000_000;
/** Ticks in one run: a request takes at most a few turns of the platter plus a seek. */
export const MAX_DISK_TICKS = 100_000_000;
/** Requests weighed by the policies over a run (a window of w over n requests weighs about n·w). */
export const MAX_DISK_WORK = 200_000_000;
/** Ticks the arm may take to cross one track (disk.py's estimate subtracts 360 degrees at a time). */
const MAX_TICKS_PER_TRACK = 1_000_000;

/** Why a disk cannot run these requests, naming the flag, or null. */
export function diskConfigError(
  config: DiskConfig,
  requests: readonly number[],
  late: readonly number[],
): string | null {
  const { seekSpeed: s, rotateSpeed: r, layout } = config;
  // with nothing to serve the disk never turns: disk.py answers whatever the speeds
  if (requests.length === 0) return null;
  if (!Number.isFinite(r) || r <= 0 || r > 360)
    return `-R/--rotSpeed must be more than 0 and at most 360 degrees per tick (got ${r}; disk.py divides by it, and below 0 never reaches a sector)`;
  if (!Number.isFinite(s) || s === 0 || Math.abs(TRACK_WIDTH / s) > MAX_TICKS_PER_TRACK)
    return `-S/--seekSpeed must cross a track (${TRACK_WIDTH} units) in at most ${groupedDigits(MAX_TICKS_PER_TRACK)} ticks (got ${s})`;
  if (!Object.hasOwn(DISK_POLICIES, config.policy)) return `-p/--policy: no policy ${JSON.stringify(config.policy)}`;
  if (requests.length + late.length > MAX_DISK_REQUESTS)
    return `-A/-L: at most ${groupedDigits(MAX_DISK_REQUESTS)} requests in all (got ${requests.length + late.length})`;
  for (const b of [...requests, ...late])
    if (!Number.isInteger(b) || b < 0 || b >= layout.blocks.length)
      return `-a/-A/-l/-L: request for block ${b}, but the disk has blocks 0 to ${layout.blocks.length - 1} (disk.py fails with a KeyError)`;
  return null;
}

/** A disk with its head over the outer track, block 6's middle, and these requests queued (late ones to come). */
export function createDisk(config: DiskConfig, requests: readonly number[], late: readonly number[]): DiskState {
  return {
    tick: 0,
    angle: 0,
    arm: { x: ARM_START_X, track: 0, legs: [], targetX: ARM_START_X, speed: config.seekSpeed },
    queue: [...requests],
    late: [...late],
    lateAdded: 0,
    served: 0,
    open: [],
    entered: 0,
    current: -1,
    phase: 'queued',
    seekBegin: 0,
    rotateBegin: 0,
    transferBegin: 0,
    window: config.window,
    fairWindow: config.policy === 'BSATF' && config.window !== -1 ? config.window : -1,
    direction: 1,
    totals: { seek: 0, rotate: 0, transfer: 0 },
    log: [],
    decisions: [],
    keepDecisions: 'all',
    done: false,
    work: 0,
  };
}

/** The window's end for this pick; BSATF's opens the next batch once a whole batch is served (disk.py's GetWindow). */
function windowEnd(st: DiskState): number {
  if (st.window <= -1) return st.queue.length;
  if (st.fairWindow !== -1 && st.served > 0 && st.served % st.fairWindow === 0) st.window += st.fairWindow;
  return Math.min(st.window, st.queue.length);
}

function aimArm(st: DiskState, config: DiskConfig): void {
  const arm = st.arm;
  const to = arm.legs[0] as number;
  arm.targetX = armXOver(to);
  arm.speed = to >= arm.track ? config.seekSpeed : -config.seekSpeed;
}

/** Picks the next request and starts its seek (or rotation), then lets one late request in; or ends the run. */
function nextRequest(st: DiskState, config: DiskConfig): string | null {
  if (st.served === st.queue.length) {
    st.done = true;
    return null;
  }
  const end = windowEnd(st);
  for (; st.entered < end; st.entered++) st.open.push(st.entered);
  st.work += DISK_POLICIES[config.policy].windowed ? Math.max(st.open.length, 1) : 1;
  const choice = DISK_POLICIES[config.policy].choose({ config, state: st, end });
  if (!choice) return `-w/--schedWindow: no request waits in the window of ${st.window} (disk.py's assertion fails)`;
  const from = st.arm.track;
  st.current = choice.index;
  if (choice.direction) st.direction = choice.direction;
  const block = st.queue[choice.index] as number;
  const decision = { tick: st.tick, index: choice.index, block, from, reason: choice.reason };
  if (st.keepDecisions === 'all' || st.decisions.length < 2) st.decisions.push(decision);
  else st.decisions[1] = decision;
  st.seekBegin = st.tick;
  st.phase = 'seek';
  st.arm.legs = choice.legs;
  if (choice.legs.length === 0) {
    st.rotateBegin = st.tick;
    st.phase = 'rotate';
  } else aimArm(st, config);
  if (st.lateAdded < st.late.length) st.queue.push(st.late[st.lateAdded++] as number);
  return null;
}

/** disk.py's RadiallyCloseTo: within one tick's turn (no wrap-around: the angle is put back to 0 each turn). */
const near = (a: number, b: number, r: number): boolean => (a > b ? a - b : b - a) < r;

function sectorEdge(st: DiskState, config: DiskConfig, side: -1 | 1): number {
  const block = st.queue[st.current] as number;
  const half = config.layout.halfSector[st.arm.track] as number;
  return pyMod((config.layout.blocks[block] as { angle: number }).angle + side * half, 360);
}

/** Moves the arm one tick; true when it is over the request's track. */
function armArrives(st: DiskState, config: DiskConfig): boolean {
  const arm = st.arm;
  arm.x += arm.speed;
  if (!((arm.speed > 0 && arm.x >= arm.targetX) || (arm.speed < 0 && arm.x <= arm.targetX))) return false;
  arm.track = arm.legs.shift() as number;
  if (arm.legs.length === 0) return true;
  aimArm(st, config);
  return false;
}

function finish(st: DiskState): void {
  const block = st.queue[st.current] as number;
  const seek = st.rotateBegin - st.seekBegin;
  const rotate = st.transferBegin - st.rotateBegin;
  const transfer = st.tick - st.transferBegin;
  st.log.push({ index: st.current, block, track: st.arm.track, seek, rotate, transfer, total: st.tick - st.seekBegin });
  st.totals.seek += seek;
  st.totals.rotate += rotate;
  st.totals.transfer += transfer;
  if (st.fairWindow === -1 && st.window > 0 && st.window < st.queue.length) st.window += 1;
  // shifted down by hand: splice allocates the removed element's array, a million times in a long run
  const open = st.open;
  for (let i = open.indexOf(st.current); i < open.length - 1; i++) open[i] = open[i + 1] as number;
  open.pop();
}

/**
 * One tick, in disk.py's order: the platter turns, then the arm moves, the rotation and the transfer are checked
 * in turn, and a request that ends picks the next at once. A next block that follows on the same track is read
 * without waiting (the head is already at its start). Returns why the run cannot go on, or null.
 */
export function stepDisk(st: DiskState, config: DiskConfig): string | null {
  st.tick += 1;
  st.angle += config.rotateSpeed;
  if (st.angle >= 360) st.angle = 0;
  if (st.phase === 'seek' && armArrives(st, config)) {
    st.rotateBegin = st.tick;
    st.phase = 'rotate';
  }
  if (st.phase === 'rotate' && near(st.angle, sectorEdge(st, config, -1), config.rotateSpeed)) {
    st.transferBegin = st.tick;
    st.phase = 'transfer';
  }
  if (st.phase === 'transfer' && near(st.angle, sectorEdge(st, config, 1), config.rotateSpeed)) {
    st.phase = 'done';
    st.served += 1;
    finish(st);
    const was = st.queue[st.current] as number;
    const error = nextRequest(st, config);
    if (error || st.done) return error;
    const next = st.queue[st.current] as number;
    const { layout } = config;
    const ends = layout.trackEnds[st.arm.track] as { first: number; last: number };
    const sameTrack = layout.blocks[was]?.track === layout.blocks[next]?.track;
    if (sameTrack && ((was === ends.last && next === ends.first) || was + 1 === next)) {
      st.seekBegin = st.rotateBegin = st.transferBegin = st.tick;
      st.phase = 'transfer';
    }
  }
  return null;
}

/**
 * Runs the ticks in which only the platter turns and the arm moves along its leg, up to the tick before anything
 * else happens (the arm arriving, a sector's edge coming under the head) or `limit`: the same additions, in the
 * same order, as that many calls of stepDisk, without the rest of a tick's checks.
 */
function coast(st: DiskState, config: DiskConfig, limit: number): void {
  if (!leap(st, config, limit)) walk(st, config, limit);
}

/** coast tick by tick, for any speeds: the additions in floating point exactly as stepDisk makes them. */
function walk(st: DiskState, config: DiskConfig, limit: number): void {
  const r = config.rotateSpeed;
  let angle = st.angle;
  let tick = st.tick;
  if (st.phase === 'seek') {
    const arm = st.arm;
    const { speed, targetX } = arm;
    let x = arm.x;
    while (tick < limit) {
      const nx = x + speed;
      if (speed > 0 ? nx >= targetX : nx <= targetX) break;
      angle += r;
      if (angle >= 360) angle = 0;
      x = nx;
      tick++;
    }
    arm.x = x;
  } else if (st.phase === 'rotate' || st.phase === 'transfer') {
    const edge = sectorEdge(st, config, st.phase === 'rotate' ? -1 : 1);
    while (tick < limit) {
      let next = angle + r;
      if (next >= 360) next = 0;
      if (near(next, edge, r)) break;
      angle = next;
      tick++;
    }
  }
  st.angle = angle;
  st.tick = tick;
}

/**
 * coast in one jump when every addition is exact: whole speeds and positions, so the platter's angle after n ticks
 * is ((m + n) mod turn)·R, m its step now and turn the steps before it is put back to 0, and the arm is at x + n·S.
 * Returns false (nothing done) when a speed or position is not whole, for walk to add them one by one.
 */
function leap(st: DiskState, config: DiskConfig, limit: number): boolean {
  const r = config.rotateSpeed;
  const angle = st.angle;
  if (!Number.isInteger(r) || !Number.isInteger(angle) || angle % r !== 0 || angle >= 360) return false;
  const turn = Math.ceil(360 / r);
  const m = angle / r;
  let ticks = limit - st.tick;
  if (st.phase === 'seek') {
    const arm = st.arm;
    if (!Number.isInteger(arm.speed) || !Number.isInteger(arm.x) || !Number.isInteger(arm.targetX)) return false;
    // the first step that reaches the target (the speed's sign says from which side) is the tick not coasted
    ticks = Math.min(ticks, Math.max(1, Math.ceil((arm.targetX - arm.x) / arm.speed)) - 1);
    arm.x += ticks * arm.speed;
  } else if (st.phase === 'rotate' || st.phase === 'transfer') {
    const edge = sectorEdge(st, config, st.phase === 'rotate' ? -1 : 1);
    // at most two steps of the turn are near the edge; the first one ahead is the tick not coasted
    const around = Math.floor(edge / r);
    for (let step = Math.max(0, around - 1); step <= Math.min(turn - 1, around + 2); step++) {
      if (!near(step * r, edge, r)) continue;
      const ahead = (((step - m) % turn) + turn) % turn || turn;
      ticks = Math.min(ticks, ahead - 1);
    }
  } else return true;
  st.angle = ((m + ticks) % turn) * r;
  st.tick += ticks;
  return true;
}

/**
 * A disk with the first request picked and under way, for stepping tick by tick; or why not, naming the flag.
 * `from`: the disk as createDisk made it for these requests, its head and platter moved to where a node's disk
 * left them (disk.py's always start over the outer track).
 */
export function startDisk(
  config: DiskConfig,
  requests: readonly number[],
  late: readonly number[],
  from?: DiskState,
): DiskState | string {
  const wrong = diskConfigError(config, requests, late);
  if (wrong) return wrong;
  const st = from ?? createDisk(config, requests, late);
  return nextRequest(st, config) ?? st;
}

/** Runs the requests to the end: the final state, or why not (a refusal naming the flag). */
export function runDisk(
  config: DiskConfig,
  requests: readonly number[],
  late: readonly number[],
  from?: DiskState,
): DiskState | string {
  const st = startDisk(config, requests, late, from);
  if (typeof st === 'string') return st;
  while (!st.done) {
    if (st.tick >= MAX_DISK_TICKS)
      return `the run passes ${groupedDigits(MAX_DISK_TICKS)} ticks: fewer requests (-A/-L) or a faster -R/-S`;
    if (st.work > MAX_DISK_WORK)
      return `-w/--schedWindow: the policy weighs more than ${groupedDigits(MAX_DISK_WORK)} requests over the run: a smaller window or fewer requests (-A/-L)`;
    coast(st, config, MAX_DISK_TICKS);
    if (st.tick >= MAX_DISK_TICKS) continue;
    const error = stepDisk(st, config);
    if (error) return error;
  }
  return st;
}
