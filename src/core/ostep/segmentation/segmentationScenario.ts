import type { Scenario } from '../../scenario/types';
import { registerScenario, translatorOf } from '../relocation/registerScenario';
import type { SegmentationOptions } from './segmentationFlags';
import { segmentationProblem } from './segmentationProblem';

const SCRIPT = 'vm-segmentation/segmentation.py';

/** segmentation.py's flags with every register and address given: the problem without the seed's draws. */
function explicitFlags(o: {
  asize: number;
  psize: number;
  base0: number;
  len0: number;
  top1: number;
  len1: number;
  addresses: readonly number[];
}): string[] {
  const flags = ['-a', String(o.asize), '-p', String(o.psize), '-b', String(o.base0), '-l', String(o.len0)];
  flags.push('-B', String(o.top1), '-L', String(o.len1));
  return o.addresses.length > 0 ? [...flags, '-A', o.addresses.join(',')] : [...flags, '-n', '0'];
}

/**
 * segmentation.py's problem as one of our scenarios: the translator's address space is -a bytes, cut in two slots
 * (memory.mmu in segmented mode): segment 0 grows up from base0, segment 1 (the stack) down from its top, base1 +
 * len1; its references are the addresses. OSTEP's checks let segment 0 reach into segment 1 from below, so
 * segments may overlap (memory.mmu.overlap).
 */
export function segmentationScenario(v: SegmentationOptions): Scenario | string {
  const p = segmentationProblem(v);
  if (typeof p === 'string') return p;
  const top1 = p.base1 + p.len1;
  return registerScenario({
    script: SCRIPT,
    source: explicitFlags({ ...p, top1 }).join(' '),
    title: 'OSTEP segmentation.py: two segments',
    seed: v.seed,
    asize: p.asize,
    psize: p.psize,
    addresses: p.addresses,
    mmu: {
      mode: 'segmented',
      violation: 'signal',
      addressSpace: p.asize,
      overlap: true,
      processes: [
        {
          pid: 1,
          segments: [
            { name: 'code and heap', base: p.base0, size: p.len0, grows: 'up' },
            { name: 'stack', base: top1, size: p.len1, grows: 'down' },
          ],
        },
      ],
    },
  });
}

/** The flags that pose a scenario's problem again: every register and address given (-b -l -B -L -A). */
export function segmentationFlagsOf(s: Scenario): string[] | string {
  const mmu = s.memory?.mmu;
  const t = translatorOf(s, 'segmentation.py');
  if (typeof t === 'string') return t;
  const own = mmu?.mode === 'segmented' && mmu.processes.length === 1 ? mmu.processes[0] : undefined;
  const [seg0, seg1, ...more] = own?.segments ?? [];
  if (!s.memory || mmu?.mode !== 'segmented' || own?.pid !== 1 || !seg0 || !seg1 || more.length > 0)
    return "segmentation.py's MMU has two segments, P1's given";
  if (seg0.grows !== 'up' || seg1.grows !== 'down' || seg0.base === undefined || seg1.base === undefined)
    return "segmentation.py's segment 0 grows up and segment 1 down, each from a base given";
  if (mmu.addressSpace !== t.process.needs.memoryBytes)
    return "segmentation.py's address space is the translator's memory (memory.mmu.addressSpace)";
  return explicitFlags({
    asize: mmu.addressSpace,
    psize: s.memory.physicalBytes,
    base0: seg0.base,
    len0: seg0.size,
    top1: seg1.base,
    len1: seg1.size,
    addresses: t.addresses,
  });
}
