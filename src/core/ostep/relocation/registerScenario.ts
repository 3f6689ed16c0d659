import type { RunResult } from '../../kernel/result';
import { memoryLimits } from '../../memory/defaults';
import type { MmuConfig } from '../../memory/mmuMode';
import { DEFAULT_NODE, DEFAULT_OPTIONS } from '../../scenario/defaults';
import { LIMITS, type ProcessSpec, type Scenario } from '../../scenario/types';
import { validateScenario } from '../../scenario/validate';
import { translatedFrom } from '../workloadScript';

/** relocation.py's and segmentation.py's memory as frames: the smallest frame, so a base may sit anywhere in it. */
const FRAME = memoryLimits.minPageSize;
const MIN_PHYSICAL = memoryLimits.minPhysicalPages * FRAME;
const MAX_PHYSICAL = memoryLimits.maxFrames * FRAME;

/** The one process that makes the script's references: pid 1, its address space `asize` bytes. */
export const TRANSLATOR = 'translator';

/**
 * A register-translation problem (relocation.py, segmentation.py) as one of our scenarios: one process whose
 * references are the script's virtual addresses, one a tick, on a node whose MMU runs in the script's mode with the
 * script's registers; a violation is signalled and skipped, so every address gets its verdict as in OSTEP. Its
 * memory is `psize` bytes of 1 KiB frames (which the node's memory needs: 16 KiB to 1 GiB). The scenario or why not.
 */
export function registerScenario(o: {
  script: string;
  source: string;
  title: string;
  seed: number;
  asize: number;
  psize: number;
  addresses: readonly number[];
  mmu: MmuConfig;
}): Scenario | string {
  if (o.psize % FRAME !== 0 || o.psize < MIN_PHYSICAL || o.psize > MAX_PHYSICAL)
    return `-p/--physmem must be a whole number of 1 KiB frames from ${MIN_PHYSICAL} to ${MAX_PHYSICAL} bytes (16k to 1g) to play as a scenario, as the node's memory is (got ${o.psize})`;
  if (o.addresses.length > LIMITS.maxBursts)
    return `a scenario's process references at most ${LIMITS.maxBursts} listed addresses (got ${o.addresses.length}); the OSTEP view answers more`;
  const translator: ProcessSpec = {
    pid: 1,
    name: TRANSLATOR,
    type: 'USER',
    priority: 0,
    arrival: 0,
    // One tick of progress per reference, and one more in which the last is made.
    bursts: [o.addresses.length + 1],
    needs: { memoryBytes: o.asize, gpus: 0, networkMbps: 0 },
    ...(o.addresses.length > 0 && {
      accesses: { kind: 'sequence', every: 1, offsets: [...o.addresses], writeEvery: 0 },
    }),
  };
  const valid = validateScenario({
    format: 'bcos-scenario',
    version: 3,
    title: o.title,
    description: translatedFrom(o.script, o.source),
    seed: o.seed,
    node: { ...DEFAULT_NODE, cpus: 1, gpus: 0, connections: [] },
    scheduler: { policy: 'FIFO' },
    options: { ...DEFAULT_OPTIONS },
    processes: [translator],
    operations: [],
    memory: { physicalBytes: o.psize, pageSize: FRAME, mmu: o.mmu },
  });
  return valid.ok ? valid.scenario : valid.errors.map((e) => e.message).join('; ');
}

/** One address's verdict as the played scenario gives it: its physical address, or null for a violation. */
export interface PlayedTranslation {
  va: number;
  pa: number | null;
  /** the MMU's sentence */
  why: string;
}

/** The translations the translator made in a run, in order: each reference's physical address, or its violation. */
export function playedTranslations(r: Pick<RunResult, 'events'>): PlayedTranslation[] {
  const out: PlayedTranslation[] = [];
  for (const e of r.events) {
    if (e.kind === 'regRef' && e.pid === 1) out.push({ va: e.address, pa: e.physical, why: e.why });
    else if (e.kind === 'segfault' && e.pid === 1) out.push({ va: e.address, pa: null, why: e.why ?? '' });
  }
  return out;
}

/** The scenario's translator and its addresses when it is one registerScenario makes, or why it is not. */
export function translatorOf(s: Scenario, script: string): { process: ProcessSpec; addresses: number[] } | string {
  const [p, ...more] = s.processes;
  if (!p || more.length > 0 || p.pid !== 1 || p.name !== TRANSLATOR || s.operations.length > 0)
    return `${script} poses one process, pid 1 named ${TRANSLATOR}, and no operations`;
  const a = p.accesses;
  if (a && (a.kind !== 'sequence' || a.every !== 1 || a.offsets.length + 1 !== p.bursts[0] || p.bursts.length !== 1))
    return `${script}'s addresses are one reference a tick, each once`;
  return { process: p, addresses: a?.kind === 'sequence' ? [...a.offsets] : [] };
}
