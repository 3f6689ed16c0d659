/**
 * Base-and-bounds translation (dynamic relocation): one pair of registers per process, a virtual address is
 * legal when it lies below the bounds and lands at base + VA. Pure: the registers in, a translation out, each
 * with its typed reason and the sentence the UI and the OSTEP view narrate.
 */

/** The MMU's two registers for the running process: where its address space starts and how long it is (bytes). */
export interface BaseBounds {
  base: number;
  bounds: number;
}

export type BoundsReason =
  /** 0 ≤ VA < bounds: PA = base + VA */
  | { kind: 'within-bounds'; va: number; base: number; bounds: number; pa: number }
  /** VA ≥ bounds: the hardware raises a segmentation violation */
  | { kind: 'beyond-bounds'; va: number; bounds: number }
  /** a negative or fractional number is no address at all */
  | { kind: 'not-an-address'; va: number };

export type BoundsTranslation =
  | { ok: true; pa: number; reason: Extract<BoundsReason, { kind: 'within-bounds' }>; sentence: string }
  | { ok: false; reason: Exclude<BoundsReason, { kind: 'within-bounds' }>; sentence: string };

/** `0x1f4`, `−0xde`: addresses and offsets as the sentences print them. */
export const hexAddress = (n: number): string => `${n < 0 ? '−' : ''}0x${Math.abs(n).toString(16)}`;

export const isAddress = (va: number): boolean => Number.isSafeInteger(va) && va >= 0;

/** Why a VA that is not an address is refused, for every translation mode. */
export const notAnAddress = (va: number): string =>
  `VA ${String(va)} is not an address (addresses are whole numbers ≥ 0)`;

/** One translation under base and bounds. */
export function translateBaseBounds(r: BaseBounds, va: number): BoundsTranslation {
  if (!isAddress(va)) return { ok: false, reason: { kind: 'not-an-address', va }, sentence: notAnAddress(va) };
  if (va >= r.bounds)
    return {
      ok: false,
      reason: { kind: 'beyond-bounds', va, bounds: r.bounds },
      sentence: `segmentation violation: VA ${hexAddress(va)} ≥ bounds ${hexAddress(r.bounds)}`,
    };
  const pa = r.base + va;
  return {
    ok: true,
    pa,
    reason: { kind: 'within-bounds', va, base: r.base, bounds: r.bounds, pa },
    sentence: `VA ${hexAddress(va)} < bounds ${hexAddress(r.bounds)}: PA = base ${hexAddress(r.base)} + ${hexAddress(va)} = ${hexAddress(pa)}`,
  };
}

/**
 * The PA of `va` under base and bounds, or -1 when it is refused: translateBaseBounds's outcome without its reason
 * and sentence, for a trace of millions of addresses printed and never narrated.
 */
export const baseBoundsPa = (r: BaseBounds, va: number): number => (isAddress(va) && va < r.bounds ? r.base + va : -1);
