import { diskLayout, TRACK_WIDTH } from '../../storage/disk/diskLayout';
import { explainDiskDecision } from '../../storage/disk/diskExplain';
import { runDisk } from '../../storage/disk/diskRun';
import {
  DISK_POLICY_NAMES,
  type DiskConfig,
  type DiskDecision,
  type DiskLayout,
  type DiskPolicyName,
  type DiskServed,
} from '../../storage/disk/diskTypes';
import { orList } from '../flags';
import { pyFloat, pyInt } from '../pyNumber';
import { pySeed } from '../pyRandom';
import { scriptFlags, type OstepScript } from '../script';
import { wholeLines } from '../textParts';
import { DISK_FLAGS, type DiskOptions } from './diskFlags';
import { makeRequests } from './diskRequests';
import { layoutText, optionsText, QUESTION, servedLine, totalsText } from './diskText';

/** The answer of disk.py -c as data. */
export interface DiskAnswers {
  policy: DiskPolicyName;
  layout: DiskLayout;
  requests: number[];
  late: number[];
  /** the platter's degrees and the arm's drawing units per tick: what the animation turns and moves by */
  speeds: { rotate: number; seek: number };
  /**
   * each request served, in order, with why it was picked and the tracks its seek passed through (the SCAN
   * family's edges) before its own
   */
  served: (DiskServed & { why: string; from: number; via: number[] })[];
  totals: { seek: number; rotate: number; transfer: number; total: number };
  /** every policy on the same requests and window, side by side (none for a queue over COMPARE_LIMIT) */
  compare: DiskComparison[];
}

/** One policy's run of the requests: its totals, or why it could not serve them. */
export type DiskComparison =
  | { policy: DiskPolicyName; ok: true; seek: number; rotate: number; transfer: number; total: number }
  | { policy: DiskPolicyName; ok: false; error: string };

/** Requests up to which the answer runs every policy beside the one asked for (eight runs of the queue). */
export const COMPARE_LIMIT = 10_000;

function compareAll(config: DiskConfig, requests: number[], late: number[]): DiskComparison[] {
  if (requests.length + late.length > COMPARE_LIMIT) return [];
  return DISK_POLICY_NAMES.map((policy) => {
    const run = runDisk({ ...config, policy }, requests, late);
    return typeof run === 'string'
      ? { policy, ok: false, error: run }
      : { policy, ok: true, ...run.totals, total: run.tick };
  });
}

/** What the text says instead of opening a window for -G. */
export const GRAPHICS_NOTE = 'NOTE: -G: the animated disk is in the OSTEP view of the UI; answering here as text.\n';
const GRAPHICS_WARNING = '\nWARNING: Setting compute flag to True, as graphics are on\n\n';

const fail = (error: string) => ({ ok: false as const, error });

/** disk.py's check that the arm lands on a track: a speed that divides the track width. */
function seekSpeedError(raw: string): string | number {
  const s = pyFloat(raw);
  if (s === undefined) return `-S/--seekSpeed: ${JSON.stringify(raw)} is not a number (disk.py's float() fails)`;
  const bad = `-S/--seekSpeed: the seek speed (${raw}) must divide evenly into the track width (${TRACK_WIDTH})`;
  if (s > 1 && TRACK_WIDTH % s !== 0) return bad;
  if (s < 1) {
    if (s === 0) return `-S/--seekSpeed: the seek speed must not be 0 (disk.py divides by it)`;
    if (TRACK_WIDTH / s !== Math.trunc(TRACK_WIDTH / s)) return bad;
  }
  return s;
}

/** The problem (drawn or given), its run under the asked policy and disk.py's text, or the refusal. */
function diskRun(v: DiskOptions) {
  if (v.window === 0)
    return fail(`-w/--schedWindow: the scheduling window (0) must be positive or -1 (which means a full window)`);
  const speed = seekSpeedError(v.seekSpeed);
  if (typeof speed === 'string') return fail(speed);
  const rotate = pyFloat(v.rotateSpeed);
  if (rotate === undefined)
    return fail(`-R/--rotSpeed: ${JSON.stringify(v.rotateSpeed)} is not a number (disk.py's float() fails)`);
  const zones = v.zoning.split(',');
  if (zones.length !== 3)
    return fail(`-z/--zoning: three angles, outer,middle,inner (got ${JSON.stringify(v.zoning)})`);
  const angles = zones.map(pyInt);
  if (angles.some((a) => a === undefined))
    return fail(`-z/--zoning: ${JSON.stringify(v.zoning)} holds something that is not a whole number`);
  const layout = diskLayout(angles as number[], v.skew);
  if (typeof layout === 'string') return fail(layout);
  const random = pySeed(v.seed);
  const first = makeRequests(random, layout, v.addr, v.addrDesc, { list: '-a/--addr', desc: '-A/--addrDesc' });
  if (typeof first === 'string') return fail(first);
  const late = makeRequests(random, layout, v.lateAddr, v.lateAddrDesc, {
    list: '-l/--lateAddr',
    desc: '-L/--lateAddrDesc',
  });
  if (typeof late === 'string') return fail(late);
  const serving = first.blocks.length > 0;
  if (serving && late.given && late.blocks.length > 0)
    return fail(
      '-l/--lateAddr: disk.py queues a late request from a list as text and fails on it (KeyError): draw late requests with -L',
    );
  for (const [list, flag] of [
    [first.blocks, first.given ? '-a/--addr' : '-A/--addrDesc'],
    [late.blocks, '-L/--lateAddrDesc'],
  ] as const) {
    const off = serving ? list.find((b) => b < 0 || b >= layout.blocks.length) : undefined;
    if (off !== undefined)
      return fail(
        `${flag}: a request for block ${off}, but the disk has blocks 0 to ${layout.blocks.length - 1} (disk.py fails with a KeyError)`,
      );
  }
  const policy = v.policy as DiskPolicyName;
  if (serving && !DISK_POLICY_NAMES.includes(policy))
    return fail(`-p/--policy must be ${orList(DISK_POLICY_NAMES)} (got ${JSON.stringify(v.policy)})`);
  const config = { layout, seekSpeed: speed, rotateSpeed: rotate, policy, window: v.window };
  const run = runDisk(config, first.blocks, late.blocks);
  if (typeof run === 'string') return fail(run);
  const compute = v.solve || v.graphics;
  let text = optionsText(v);
  if (v.graphics) text += GRAPHICS_NOTE + (v.solve ? '' : GRAPHICS_WARNING);
  text += layoutText(zones, v.skew, layout);
  text += `REQUESTS ${first.shown}\n\n`;
  if (late.blocks.length > 0) text += `LATE REQUESTS ${late.shown}\n\n`;
  if (!compute) text += QUESTION;
  else text += run.log.map(servedLine).join('') + totalsText(run.totals, run.tick);
  return { ok: true as const, text, run, config, policy, layout, first, late, rotate, speed };
}

/**
 * OSTEP's disk.py: requests (-a, or drawn from the seed with -A; late ones with -l/-L) on our hard-disk model
 * (src/core/storage/disk), scheduled by the policy of -p, each request's seek, rotation and transfer printed as
 * disk.py prints them.
 */
export const diskScript: OstepScript<DiskAnswers, typeof DISK_FLAGS> = {
  ...scriptFlags({ name: 'disk', path: 'file-disks/disk.py', runsOn: 'on our hard-disk model' }, DISK_FLAGS, {
    width: 22,
    nextLineFrom: 22,
  }),
  solve(v: DiskOptions) {
    const made = diskRun(v);
    if (!made.ok) return made;
    const { text, run, config, policy, layout, first, late, rotate, speed } = made;
    const answer: DiskAnswers = {
      policy,
      layout,
      requests: first.blocks,
      late: late.blocks,
      speeds: { rotate, seek: speed },
      served: run.log.map((s, i) => {
        const d = run.decisions[i] as DiskDecision;
        return { ...s, why: explainDiskDecision(d), from: d.from, via: d.reason.kind === 'sweep' ? d.reason.via : [] };
      }),
      totals: { ...run.totals, total: run.tick },
      compare: compareAll(config, first.blocks, late.blocks),
    };
    return { ok: true, answer, text };
  },
  stream(v: DiskOptions) {
    // the text alone: no explanations, and none of the other policies' runs the answer compares
    const made = diskRun(v);
    return made.ok ? { ok: true, lines: wholeLines([made.text]) } : made;
  },
};
