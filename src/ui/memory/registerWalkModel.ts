import { walkBaseBounds, walkSegmented, type RegisterStep } from '../../core/memory/registerWalk';
import { parseAddress } from './parseAddress';

/** The MMU's translation modes beside paging that the register walkthrough shows. */
export type RegisterMode = 'base-and-bounds' | 'segmentation';

/** What a person typed, one text per field; segment 1's base is the address just above its highest byte. */
export interface RegisterFields {
  mode: RegisterMode;
  base: string;
  bounds: string;
  addressSpace: string;
  base0: string;
  bounds0: string;
  base1: string;
  bounds1: string;
  address: string;
}

/** The README examples of OSTEP's relocation.py (seed 0) and segmentation.py (seed 0), to start from. */
export const DEFAULT_FIELDS: RegisterFields = {
  mode: 'base-and-bounds',
  base: '0x3082',
  bounds: '472',
  addressSpace: '1024',
  base0: '6890',
  bounds0: '472',
  base1: '4692',
  bounds1: '450',
  address: '0x1ae',
};

/** Registers and addresses stay below 2^30 (1 GiB) here. */
const BITS = 30;

export type RegisterWalkModel =
  { ok: true; steps: RegisterStep[]; outcome: string } | { ok: false; field: keyof RegisterFields; message: string };

const LABEL: Readonly<Record<Exclude<keyof RegisterFields, 'mode'>, string>> = {
  base: 'Base',
  bounds: 'Bounds',
  addressSpace: 'Address space size',
  base0: 'Segment 0 base',
  bounds0: 'Segment 0 bounds',
  base1: 'Segment 1 base (its top)',
  bounds1: 'Segment 1 bounds',
  address: 'Virtual address',
};

/** The walk for the typed fields, or the first field that does not parse, with why. */
export function registerWalkModel(f: RegisterFields): RegisterWalkModel {
  const keys =
    f.mode === 'base-and-bounds'
      ? (['base', 'bounds', 'address'] as const)
      : (['addressSpace', 'base0', 'bounds0', 'base1', 'bounds1', 'address'] as const);
  const n: Partial<Record<keyof RegisterFields, number>> = {};
  for (const k of keys) {
    const p = parseAddress(f[k], BITS, LABEL[k]);
    if (!p.ok) return { ok: false, field: k, message: p.message };
    n[k] = p.value;
  }
  const va = n.address as number;
  if (f.mode === 'base-and-bounds') {
    const w = walkBaseBounds({ base: n.base as number, bounds: n.bounds as number }, va);
    return { ok: true, steps: w.steps, outcome: w.translation.sentence };
  }
  const addressSpace = n.addressSpace as number;
  if (addressSpace < 2)
    return {
      ok: false,
      field: 'addressSpace',
      message: 'Address space size must be at least 2 bytes (one per segment).',
    };
  if ((n.bounds1 as number) > (n.base1 as number))
    return {
      ok: false,
      field: 'bounds1',
      message:
        'Segment 1 bounds must not exceed its base: it grows down from the base, and physical addresses start at 0.',
    };
  const w = walkSegmented(
    {
      addressSpace,
      segments: [
        { base: n.base0 as number, bounds: n.bounds0 as number, grows: 'up' },
        { base: n.base1 as number, bounds: n.bounds1 as number, grows: 'down' },
      ],
    },
    va,
  );
  return { ok: true, steps: w.steps, outcome: w.translation.sentence };
}

export const fieldLabel = (k: Exclude<keyof RegisterFields, 'mode'>): string => LABEL[k];
