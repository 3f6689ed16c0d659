import { MEMORY_TYPE_INFO, MEMORY_TYPE_OF_PROCESS, type MemoryConfig } from '../memory/types';
import type { ProcessType } from '../process/types';
import type { FieldError } from './fieldErrors';
import { fitsAtOnce, MAX_SCALE_BITS, pagesByPool, scaled } from './memoryFit';
import type { ProcessSpec } from './types';

/**
 * How a generated workload's memory needs were sized for a memory section. The design's sizes (gigabytes for
 * a model) are divided by one power of two for every process, so the types keep their proportions:
 * - `atOnce`: the largest sizes at which every process fits in memory at the same time, within its pool and
 *   every constraint; no process waits for memory;
 * - `inTurn`: too many processes for that, so the largest sizes at which each fits on its own: processes
 *   wait in NEW for memory while others hold it, and each gets it once enough of them have ended.
 */
export type GeneratedSizing = { kind: 'atOnce' | 'inTurn'; scale: number };

/** Whether `processes` fit at once in the memory `config` describes, with every need divided by `scale`. */
function fit(processes: readonly ProcessSpec[], config: MemoryConfig, scale: number): boolean {
  return fitsAtOnce(pagesByPool(processes, config.pageSize, scale), config, config.physicalBytes / config.pageSize);
}

/** The smallest power-of-two divisor at which `fits` holds, or null when none does (even at one page each). */
function smallestScale(fits: (scale: number) => boolean): number | null {
  for (let bits = 0; bits <= MAX_SCALE_BITS; bits++) if (fits(2 ** bits)) return 2 ** bits;
  return null;
}

/** The sizing for `processes` in `memory`, or null when some process fits in no size (see generatedMemoryErrors). */
export function generatedSizing(processes: readonly ProcessSpec[], memory: MemoryConfig): GeneratedSizing | null {
  const atOnce = smallestScale((scale) => fit(processes, memory, scale));
  if (atOnce !== null) return { kind: 'atOnce', scale: atOnce };
  const inTurn = smallestScale((scale) => processes.every((p) => fit([p], memory, scale)));
  return inTurn === null ? null : { kind: 'inTurn', scale: inTurn };
}

/** `processes` with their memory needs sized to `memory` (unchanged when nothing fits). */
export function sizeForMemory(processes: ProcessSpec[], memory: MemoryConfig): ProcessSpec[] {
  const sizing = generatedSizing(processes, memory);
  return sizing ? processes.map((p) => scaled(p, sizing.scale)) : processes;
}

/**
 * A refusal for each process type the workload would have that no size of memory fits in `memory`: even one
 * page is refused, because its pool or a constraint over it allows no frame. Rooted at `mix`, like the field a
 * person changes to leave the type out.
 */
export function generatedMemoryErrors(types: readonly ProcessType[], memory: MemoryConfig): FieldError[] {
  const frames = memory.physicalBytes / memory.pageSize;
  const errors: FieldError[] = [];
  for (const type of new Set(types)) {
    const probe = { type, needs: { memoryBytes: 1 } } as ProcessSpec;
    if (fit([probe], memory, 1)) continue;
    const pool = MEMORY_TYPE_INFO[MEMORY_TYPE_OF_PROCESS[type]].pool;
    errors.push({
      path: `mix.${type}`,
      limit: 'a type whose memory fits',
      message: `mix.${type} must be 0 with this memory: a ${type} process gets ${MEMORY_TYPE_OF_PROCESS[type]} memory, and the ${pool} pool or a constraint over it (memory.pools.${pool}, memory.constraints) allows no frame of ${frames}. Give ${type} a weight of 0, or that pool a larger share of memory.`,
    });
  }
  return errors;
}
