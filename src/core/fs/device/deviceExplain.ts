import { diskReasonWords, explainDiskDecision } from '../../storage/disk/diskExplain';
import type { DiskQueuePick } from './diskQueue';
import { explainSsdDecision } from '../../storage/ssd/ssdExplain';
import type { DeviceReason } from './deviceRun';
import { explainStripeWrite } from '../../storage/raid/raidExplain';
import { groupedDigits } from '../../groupedDigits';

const count = (n: number, one: string, many = `${one}s`): string => `${groupedDigits(n)} ${n === 1 ? one : many}`;

/** Why the disk took `who`'s request next of those waiting in its queue. */
export function explainDiskPick(pick: DiskQueuePick, who: string, tracks?: number): string {
  const { by, why } = diskReasonWords(pick.reason, tracks);
  const window = pick.weighed < pick.waiting ? `, the window weighing the first ${pick.weighed}` : '';
  return `request of ${who} (block ${pick.block}) next${by}, of ${count(pick.waiting, 'request')} waiting${window}: ${why}`;
}

/** The rebuild's steps through disk or SSD members before a request: each offset's reads and write, in ticks. */
function explainRebuildSpell(
  s: NonNullable<Extract<DeviceReason, { kind: 'raid' }>['rebuild']>,
  whole: boolean,
): string {
  const steps = s.shown.map((x) => `offset ${x.offset}: read ${x.read} + write ${x.write}`).join(', ');
  const more = s.steps > s.shown.length ? ', …' : '';
  const done =
    s.steps > 0
      ? `; before it the spare was rebuilt ${count(s.steps, 'offset')} further${whole ? ' and is whole again' : ''} through the members' own devices, the rows' reads ${s.read} + the spare's writes ${s.write} = ${s.read + s.write} ticks (${steps}${more})`
      : '';
  const waited = s.waited > 0 ? `; the request waited ${count(s.waited, 'tick')} for the rebuild's step under way` : '';
  const stopped = s.stopped === undefined ? '' : `; the rebuild stopped: ${s.stopped}`;
  return `${done}${waited}${stopped}`;
}

/** What the device did with one request and why it took that long, for the narration and the CLI alike. */
export function explainDevice(r: DeviceReason): string {
  if (r.kind === 'disk') {
    const more = r.blocks > r.order.length ? ', …' : '';
    const total = r.seek + r.rotate + r.transfer;
    // a one-block request the queue's pick has explained already
    const why = r.pick && r.blocks === 1 ? '' : r.decisions.map((d) => explainDiskDecision(d, r.tracks)).join('; … ');
    return `the disk served ${count(r.blocks, 'block')} in ${r.policy} order (${r.order.join(', ')}${more}): seek ${r.seek} + rotate ${r.rotate} + transfer ${r.transfer} = ${total} ticks${why === '' ? '' : `; ${why}`}`;
  }
  if (r.kind === 'raid') {
    const ios = r.perDisk.reduce((n, k) => n + k, 0);
    const members = r.perDisk.flatMap((k, d) => (k > 0 ? [`disk ${d}: ${k}`] : [])).join(', ');
    const rebuilt =
      r.rebuild !== undefined
        ? explainRebuildSpell(r.rebuild, r.whole)
        : r.rebuilt > 0
          ? `; before it the spare was rebuilt ${count(r.rebuilt, 'offset')} further${r.whole ? ' and is whole again' : ''}`
          : '';
    const degraded =
      r.degraded > 0
        ? `; ${count(r.degraded, 'read')} degraded (from a mirror or rebuilt from the rest of the row)`
        : '';
    const lost = r.lost > 0 ? `; ${count(r.lost, 'read')} found the data lost` : '';
    const why = r.why === null ? '' : ` (${r.why})`;
    const stripes = (r.stripes ?? []).map((s) => `; ${explainStripeWrite(s)}`).join('');
    return `RAID ${r.level} did ${count(ios, 'member I/O')}${members === '' ? '' : ` (${members})`}, the members in parallel${stripes}${degraded}${why}${lost}${rebuilt}`;
  }
  const parts = [
    r.reads > 0 && count(r.reads, 'page read'),
    r.unmapped > 0 &&
      `${count(r.unmapped, 'read')} of blocks never written (the FTL maps them to no page: no flash read)`,
    r.programs > 0 && count(r.programs, 'page program'),
    r.erases > 0 && count(r.erases, 'block erase'),
  ].filter((x): x is string => typeof x === 'string');
  const gc =
    r.copies > 0 || r.gcPasses > 0
      ? `; garbage collection: ${count(r.gcPasses, 'block')} cleaned, ${count(r.copies, 'live page')} copied (write amplification)`
      : '';
  const failed = r.failed > 0 ? `; ${count(r.failed, 'write')} refused: no free block (ENOSPC on the flash)` : '';
  const retired = r.retired > 0 ? `; ${count(r.retired, 'block')} worn out and retired` : '';
  const first = r.first === null ? '' : ` (${explainSsdDecision(r.first)})`;
  return `the SSD did ${parts.length === 0 ? 'nothing on the flash' : parts.join(', ')}${gc}${first}${failed}${retired}`;
}
