import type { FsPicture } from '../../core/index';
import { explainStripeWrite } from '../../core/storage/raid/raidExplain';
import { groupedDigits as n } from '../../core/groupedDigits';

type DeviceConfig = FsPicture['config']['device'];
type DeviceResult = NonNullable<FsPicture['figures']['device']>;
type ChecksumResult = NonNullable<FsPicture['figures']['checksum']>;

/**
 * One line of the device panel: what the figure is and its value, in words; a RAID stripe's write is lit by how
 * it went (a full stripe's, which read nothing, apart from the small writes').
 */
export interface DeviceFigure {
  label: string;
  value: string;
  lit?: 'full-stripe' | 'partial-stripe' | 'degraded';
}

type RaidMember = Extract<DeviceConfig, { kind: 'raid' }>['member'];

/** What each member of a RAID is, as the end of a sentence. */
function memberWords(m: RaidMember): string {
  if (m.kind === 'disk')
    return `is a hard disk with OSTEP's geometry (sectors ${m.sectorAngles.join(', ')} degrees apart, the platter ${m.rotateSpeed}° a tick, ${m.policy} order)`;
  if (m.kind === 'ssd') return `is a flash SSD, ${m.ftl} FTL, ${n(m.blocks)} blocks of ${m.pagesPerBlock} pages`;
  return `takes ${m.requestTicks} tick${m.requestTicks === 1 ? '' : 's'} a request plus ${m.blockTicks} an I/O`;
}

/** A disk's tracks and zones: OSTEP's geometry (three tracks, an angle each), or its count of tracks in zones. */
function diskShape(angles: readonly number[], tracks: number): string {
  const apart = `${angles.join(', ')} degrees apart (outer to inner)`;
  if (tracks === 3 && angles.length === 3) return `with OSTEP's geometry: three tracks, sectors ${apart}`;
  if (angles.length === 1) return `of ${tracks} tracks, sectors ${angles[0]} degrees apart`;
  if (angles.length === tracks) return `of ${tracks} tracks, sectors ${apart}`;
  return `of ${tracks} tracks in ${angles.length} zones of ${tracks / angles.length}, sectors ${apart}`;
}

/** What the device is, in a sentence: its kind and the settings that decide its times. */
export function deviceSummary(c: DeviceConfig): string {
  switch (c.kind) {
    case 'disk':
      return `A hard disk ${diskShape(c.sectorAngles, c.tracks ?? c.sectorAngles.length)}, skew ${c.skew}; the arm moves ${c.seekSpeed} unit${c.seekSpeed === 1 ? '' : 's'} a tick (a track is 40), the platter turns ${c.rotateSpeed}° a tick. Each request's blocks are served in ${c.policy} order${c.window === -1 ? '' : `, ${c.window} weighed at a time`}, and when requests wait in its queue ${c.policy} picks the next of them each time the disk comes free.`;
    case 'ssd':
      return `A flash SSD, ${c.ftl} FTL: ${n(c.blocks)} blocks of ${c.pagesPerBlock} pages; a read costs ${c.readTicks} tick${c.readTicks === 1 ? '' : 's'}, a program ${c.programTicks}, an erase ${c.eraseTicks}; garbage collection from ${c.highWater} blocks in use down to ${c.lowWater}${c.wearLevel === 'static' ? `, static wear levelling past ${c.wearThreshold} erases apart` : ''}${c.endurance > 0 ? `, blocks retire after ${n(c.endurance)} erases` : ''}.`;
    case 'raid':
      return `A RAID ${c.level} of ${c.disks} disks, ${c.chunk} block${c.chunk === 1 ? '' : 's'} a chunk${c.level === 5 ? `, parity ${c.layout === 'LS' ? 'left-symmetric' : 'left-asymmetric'}` : ''}; each member ${memberWords(c.member)}, the members in parallel${c.member.kind === 'disk' || c.member.kind === 'ssd' ? ', each through its own queue' : ''}.`;
    default:
      return `One request at a time, first come first served: ${c.requestTicks} tick${c.requestTicks === 1 ? '' : 's'} per request plus ${c.blockTicks} per block.`;
  }
}

/** The device's own figures (none for the simple device, whose figures are the file system's). */
export function deviceFigures(d: DeviceResult | undefined): DeviceFigure[] {
  if (!d) return [];
  const common = [
    { label: 'Requests', value: n(d.requests) },
    { label: 'Blocks moved', value: n(d.blocks) },
    { label: 'Busy', value: `${n(d.busyTicks)} ticks` },
  ];
  if (d.kind === 'raid')
    return [
      ...common,
      ...d.members.map((m, i) => ({
        label: `Disk ${i}`,
        value: `${m.state}: ${n(m.reads)} reads, ${n(m.writes)} writes; busy ${n(m.busyTicks)} ticks${m.utilisation === null ? '' : ` (${m.utilisation}%)`}`,
      })),
      ...raidWrites(d),
      { label: 'Degraded reads', value: n(d.degradedReads) },
      { label: 'Reads that lost data', value: n(d.lostReads) },
      {
        label: 'Rebuild',
        value:
          d.rebuilding === null
            ? `${n(d.rebuilt)} offsets rebuilt, none under way`
            : `disk ${d.rebuilding.disk}: ${n(d.rebuilding.done)} of ${n(d.rebuilding.of)} offsets`,
      },
      ...(d.rebuildWork === undefined
        ? []
        : [
            {
              label: 'Rebuild time',
              value: `${n(d.rebuildWork.ticks)} ticks over ${n(d.rebuildWork.steps)} offsets: rows read ${n(d.rebuildWork.read)} + spare written ${n(d.rebuildWork.write)}`,
            },
          ]),
    ];
  if (d.kind === 'disk')
    return [
      ...common,
      { label: 'Seek', value: `${n(d.seek)} ticks` },
      { label: 'Rotation', value: `${n(d.rotate)} ticks` },
      { label: 'Transfer', value: `${n(d.transfer)} ticks` },
      {
        label: 'Head over',
        value:
          d.tracks === undefined
            ? (['the outer track', 'the middle track', 'the inner track'][d.track] ?? `track ${d.track}`)
            : `track ${d.track} of ${d.tracks} (0 the outermost)`,
      },
    ];
  return [
    ...common,
    { label: 'Host writes', value: n(d.hostWrites) },
    { label: 'Page programs', value: n(d.programs) },
    { label: 'Page reads', value: n(d.reads) },
    { label: 'Block erases', value: n(d.erases) },
    { label: 'GC passes', value: n(d.gcPasses) },
    {
      label: 'Write amplification',
      value:
        d.writeAmplification === null ? 'no write yet' : `${d.writeAmplification.toFixed(2)} programs a host write`,
    },
    { label: 'Wear (erases a block)', value: `${n(d.wearMin)} to ${n(d.wearMax)}` },
    { label: 'Retired blocks', value: n(d.retired) },
    { label: 'Refused writes', value: n(d.failedWrites) },
  ];
}

const LIT: Readonly<Record<StripeHow, NonNullable<DeviceFigure['lit']>>> = {
  full: 'full-stripe',
  reconstruct: 'partial-stripe',
  'read-modify-write': 'partial-stripe',
  degraded: 'degraded',
};

type RaidResult = Extract<DeviceResult, { kind: 'raid' }>;
type StripeHow = NonNullable<RaidResult['lastRequest']>['stripes'][number]['how'];

/** RAID 4/5: the stripes written by how, and the last request's member I/Os, each of its stripes lit by how. */
function raidWrites(d: RaidResult): DeviceFigure[] {
  if (d.level < 4) return [];
  const w = d.stripeWrites;
  const last = d.lastRequest;
  return [
    {
      label: 'Stripe writes',
      value: `${n(w.full)} full, ${n(w.reconstruct)} reconstruct-write, ${n(w.readModifyWrite)} read-modify-write, ${n(w.degraded)} degraded`,
    },
    {
      label: 'Last request',
      value: last === null ? 'none yet' : `${n(last.reads)} member reads, ${n(last.writes)} member writes`,
    },
    ...(last?.stripes ?? []).map((s) => ({
      label: `Stripe ${s.stripe}`,
      value: explainStripeWrite(s).replace(/^stripe \d+: /, ''),
      lit: LIT[s.how],
    })),
  ];
}

const ALGORITHM_WORDS: Readonly<Record<ChecksumResult['algorithm'], string>> = {
  none: 'none (corruption goes unseen)',
  additive: 'additive, per block',
  xor: 'XOR, per block',
  fletcher: 'Fletcher, per block',
  crc32: 'CRC-32, per block',
};

/** What the device's per-block checksum found (none where the scenario has neither a checksum nor a fault). */
export function checksumFigures(c: ChecksumResult | undefined): DeviceFigure[] {
  if (!c) return [];
  return [
    { label: 'Checksum', value: ALGORITHM_WORDS[c.algorithm] },
    { label: 'Corruptions detected', value: n(c.detected) },
    { label: 'Unreadable sectors met', value: n(c.unreadable) },
    { label: 'Repaired from a RAID copy', value: n(c.repaired) },
    { label: 'Wrong data read unseen', value: n(c.undetected) },
  ];
}
