import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../core/index';
import { DEFAULT_MEMORY } from '../../core/memory/defaults';
import type { MemoryConfig } from '../../core/memory/types';
import { validateScenario } from '../../core/scenario/validate';
import { applyMemoryDraft, fractionOf, memoryConfigOf, memoryDraftOf, percentOf } from './memoryDraft';

function scenario(input: unknown): Scenario {
  const v = validateScenario(input);
  if (!v.ok) throw new Error(v.errors.map((e) => e.message).join('\n'));
  return v.scenario;
}

const BASE = scenario({
  format: 'bcos-scenario',
  version: 3,
  scheduler: { policy: 'FIFO' },
  processes: [{ pid: 1, name: 'a', type: 'USER', arrival: 0, bursts: [3] }],
});

const CUSTOM: MemoryConfig = {
  physicalBytes: 96 * 8192,
  pageSize: 8192,
  swapBytes: 0,
  virtualBits: 20,
  pageTableLevels: 2,
  tlbEntries: 0,
  tlbMode: 'asid',
  placement: 'nextFit',
  replacement: 'SECOND_CHANCE',
  swapInTicks: 0,
  swapOutTicks: 35,
  compactionTicksPerPage: 4,
  autoCompact: true,
  pools: { aiModels: 0.29, aiData: 0.07, ledger: 0.123456789, chainState: 0, network: 1, system: 0.1 + 0.2 },
  constraints: {
    aiTotal: 0.57,
    aiModels: 0.3,
    aiData: 0.27,
    blockchainTotal: 0.33,
    ledger: 0.2,
    chainState: 0.13,
    system: 0.01,
  },
  copyOnWrite: true,
  alerts: { fragmentation: 0.58, swapUse: 0.999 },
};

describe('memory draft', () => {
  it('gives back DEFAULT_MEMORY and a custom config unchanged', () => {
    expect(memoryConfigOf(memoryDraftOf(DEFAULT_MEMORY))).toEqual(DEFAULT_MEMORY);
    expect(memoryConfigOf(memoryDraftOf(CUSTOM))).toEqual(CUSTOM);
  });

  it('shows sizes in KiB and fractions as percentages that read back exactly', () => {
    const d = memoryDraftOf(CUSTOM);
    expect(d).toMatchObject({ on: true, physicalKiB: '768', pageSizeKiB: '8', swapKiB: '0', pageTableLevels: '2' });
    expect(d.pools).toMatchObject({ aiModels: '29', aiData: '7', network: '100' });
    for (const f of [0.29, 0.07, 0.57, 0.999, 0.1 + 0.2, 1 / 3, 1e-9, 0]) expect(fractionOf(percentOf(f))).toBe(f);
    expect(percentOf(0.999)).toBe('99.9');
    expect(fractionOf('0x10')).toBe(0.16);
  });

  it('starts from the defaults, switched off, when the scenario has no memory section', () => {
    expect(memoryDraftOf(undefined)).toEqual({ ...memoryDraftOf(DEFAULT_MEMORY), on: false });
  });

  it('adds and removes the memory section of a scenario', () => {
    const on = scenario(applyMemoryDraft({ ...memoryDraftOf(undefined), on: true }, BASE));
    expect(on.memory).toEqual(DEFAULT_MEMORY);
    expect(scenario(applyMemoryDraft(memoryDraftOf(CUSTOM), BASE)).memory).toEqual(CUSTOM);
    const off = applyMemoryDraft(memoryDraftOf(undefined), on);
    expect(off).not.toHaveProperty('memory');
    expect(scenario(off)).toEqual(BASE);
  });

  it('lets blank fields take their defaults', () => {
    const d = {
      ...memoryDraftOf(CUSTOM),
      swapKiB: ' ',
      tlbEntries: '',
      pools: { ...memoryDraftOf(CUSTOM).pools, ledger: '' },
    };
    const m = scenario(applyMemoryDraft(d, BASE)).memory;
    expect(m).toMatchObject({
      swapBytes: DEFAULT_MEMORY.swapBytes,
      tlbEntries: DEFAULT_MEMORY.tlbEntries,
      pools: { ledger: DEFAULT_MEMORY.pools.ledger, aiModels: 0.29 },
    });
  });

  it('turns bad numbers into values validation refuses, naming the field, without throwing', () => {
    const d = {
      ...memoryDraftOf(DEFAULT_MEMORY),
      physicalKiB: 'lots',
      swapKiB: '1.5',
      virtualBits: '1e400',
      tlbEntries: '-1',
      swapInTicks: 'NaN',
      pools: { ...memoryDraftOf(DEFAULT_MEMORY).pools, aiData: '150' },
      alerts: { fragmentation: '50%', swapUse: '80' },
    };
    const v = validateScenario(applyMemoryDraft(d, BASE));
    expect(v.ok).toBe(false);
    const paths = v.ok ? [] : v.errors.map((e) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'memory.physicalBytes',
        'memory.virtualBits',
        'memory.tlbEntries',
        'memory.swapInTicks',
        'memory.pools.aiData',
        'memory.alerts.fragmentation',
      ]),
    );
    if (!v.ok) expect(v.errors.find((e) => e.path === 'memory.physicalBytes')?.message).toContain('"lots"');
  });

  it('refuses swap that is not whole pages at memory.swapBytes', () => {
    const v = validateScenario(applyMemoryDraft({ ...memoryDraftOf(DEFAULT_MEMORY), swapKiB: '6' }, BASE));
    expect(v.ok ? [] : v.errors.map((e) => e.path)).toEqual(['memory.swapBytes']);
  });
});
