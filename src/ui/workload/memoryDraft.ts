import { DEFAULT_MEMORY } from '../../core/memory/defaults';
import {
  type MemoryConfig,
  type Placement,
  POOL_NAMES,
  type PoolName,
  type ReplacementName,
} from '../../core/memory/types';
import type { Scenario } from '../../core/scenario/types';
import { toNumber } from './formValues';

export const KiB = 1024;

export const CONSTRAINT_NAMES = [
  'aiTotal',
  'aiModels',
  'aiData',
  'blockchainTotal',
  'ledger',
  'chainState',
  'system',
] as const;
export type ConstraintName = (typeof CONSTRAINT_NAMES)[number];

/** Page sizes offered, KiB: every power of two the memory subsystem takes (1 KiB .. 64 KiB). */
export const PAGE_SIZES_KIB = ['1', '2', '4', '8', '16', '32', '64'] as const;

/**
 * What the memory settings form edits, as typed. Sizes are in KiB (physical memory and swap are whole
 * pages, and a page is at least 1 KiB, so any accepted size is a whole number of KiB); fractions are
 * percentages. `on` says whether the scenario gets a `memory` section at all.
 */
export interface MemoryDraft {
  on: boolean;
  physicalKiB: string;
  /** one of PAGE_SIZES_KIB, or what a loaded scenario held */
  pageSizeKiB: string;
  swapKiB: string;
  virtualBits: string;
  pageTableLevels: '1' | '2';
  tlbEntries: string;
  tlbMode: MemoryConfig['tlbMode'];
  placement: Placement;
  replacement: ReplacementName;
  swapInTicks: string;
  swapOutTicks: string;
  compactionTicksPerPage: string;
  autoCompact: boolean;
  copyOnWrite: boolean;
  /** percent of physical memory */
  pools: Record<PoolName, string>;
  constraints: Record<ConstraintName, string>;
  alerts: { fragmentation: string; swapUse: string };
}

const PLAIN_DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)$/;

/**
 * Moves the decimal point of decimal text, so that "99.9" percent reads as the double nearest 0.999
 * rather than 99.9 / 100 (= 0.9990000000000001 in binary floating point).
 */
function shifted(text: string, places: number): number {
  return Number(`${text}e${places}`);
}

/** A fraction as the shortest percentage that reads back (fractionOf) as exactly the same fraction. */
export function percentOf(f: number): string {
  const direct = String(shifted(String(f), 2));
  if (shifted(direct, -2) === f) return direct;
  for (let digits = 1; digits <= 17; digits++) {
    const text = String(Number((f * 100).toPrecision(digits)));
    if (shifted(text, -2) === f) return text;
  }
  return String(f * 100);
}

/** Percent text -> fraction; blank and non-numbers pass through for validation to default or refuse. */
export function fractionOf(text: string): unknown {
  const n = toNumber(text);
  if (typeof n !== 'number') return n;
  const t = text.trim();
  return PLAIN_DECIMAL.test(t) ? shifted(t, -2) : n / 100;
}

/** KiB text -> bytes; a fraction of a KiB still gives whole bytes (validation then judges whole pages). */
function bytesOf(text: string): unknown {
  const n = toNumber(text);
  return typeof n === 'number' ? Math.round(n * KiB) : n;
}

function mapRecord<K extends string, A, B>(
  keys: readonly K[],
  from: Readonly<Record<K, A>>,
  f: (a: A) => B,
): Record<K, B> {
  return Object.fromEntries(keys.map((k) => [k, f(from[k])])) as Record<K, B>;
}

/** The form's draft of a memory section; a scenario without one starts from DEFAULT_MEMORY, switched off. */
export function memoryDraftOf(memory: MemoryConfig | undefined): MemoryDraft {
  const m = memory ?? DEFAULT_MEMORY;
  return {
    on: memory !== undefined,
    physicalKiB: String(m.physicalBytes / KiB),
    pageSizeKiB: String(m.pageSize / KiB),
    swapKiB: String(m.swapBytes / KiB),
    virtualBits: String(m.virtualBits),
    pageTableLevels: m.pageTableLevels === 2 ? '2' : '1',
    tlbEntries: String(m.tlbEntries),
    tlbMode: m.tlbMode,
    placement: m.placement,
    replacement: m.replacement,
    swapInTicks: String(m.swapInTicks),
    swapOutTicks: String(m.swapOutTicks),
    compactionTicksPerPage: String(m.compactionTicksPerPage),
    autoCompact: m.autoCompact,
    copyOnWrite: m.copyOnWrite,
    pools: mapRecord(POOL_NAMES, m.pools, percentOf),
    constraints: mapRecord(CONSTRAINT_NAMES, m.constraints, percentOf),
    alerts: { fragmentation: percentOf(m.alerts.fragmentation), swapUse: percentOf(m.alerts.swapUse) },
  };
}

/**
 * The memory section the draft describes, unchecked: validation of the whole scenario judges it. Blank
 * fields are left out and take their defaults; text that is not a number is sent as typed, to be quoted.
 */
export function memoryConfigOf(d: MemoryDraft): unknown {
  const fields: Record<string, unknown> = {
    physicalBytes: bytesOf(d.physicalKiB),
    pageSize: bytesOf(d.pageSizeKiB),
    swapBytes: bytesOf(d.swapKiB),
    virtualBits: toNumber(d.virtualBits),
    pageTableLevels: Number(d.pageTableLevels),
    tlbEntries: toNumber(d.tlbEntries),
    tlbMode: d.tlbMode,
    placement: d.placement,
    replacement: d.replacement,
    swapInTicks: toNumber(d.swapInTicks),
    swapOutTicks: toNumber(d.swapOutTicks),
    compactionTicksPerPage: toNumber(d.compactionTicksPerPage),
    autoCompact: d.autoCompact,
    pools: withoutBlanks(mapRecord(POOL_NAMES, d.pools, fractionOf)),
    constraints: withoutBlanks(mapRecord(CONSTRAINT_NAMES, d.constraints, fractionOf)),
    copyOnWrite: d.copyOnWrite,
    alerts: withoutBlanks({ fragmentation: fractionOf(d.alerts.fragmentation), swapUse: fractionOf(d.alerts.swapUse) }),
  };
  return withoutBlanks(fields);
}

/** Drops keys whose value is undefined, so that the schema's defaults fill them (a strict object refuses nothing here). */
function withoutBlanks(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}

/** The scenario with the draft applied: a memory section when on, none when off. */
export function applyMemoryDraft(d: MemoryDraft, s: Scenario): unknown {
  if (d.on) return { ...s, memory: memoryConfigOf(d) };
  const rest: Scenario = { ...s };
  delete rest.memory;
  return rest;
}
