import type { Simulation } from '../core/index';
import { cloneMemory, pageTableOf, translate } from '../core/memory/memory';
import { compareReplacement } from '../core/memory/replacement/referenceString';
import type { Access } from '../core/memory/types';
import type { FromSim } from '../protocol';

/** Reference strings the comparison takes at most, and frames: a teaching tool, not a benchmark. */
const MAX_REFS = 10_000;
const MAX_FRAMES = 4_096;

/** The MMU walkthrough translates on a copy, so looking never changes the run. */
export function walkthrough(id: number, sim: Simulation, pid: number, address: number, access: Access): FromSim {
  const mem = sim.state.memory;
  if (!mem) return { type: 'error', id, message: 'Memory management is off in this scenario.' };
  if (!Number.isSafeInteger(address) || address < 0)
    return { type: 'error', id, message: 'address must be a non-negative integer.' };
  return { type: 'translated', id, result: translate(cloneMemory(mem), pid, address, access, sim.state.now) };
}

export function pageTable(id: number, sim: Simulation, pid: number): FromSim {
  const mem = sim.state.memory;
  if (!mem) return { type: 'error', id, message: 'Memory management is off in this scenario.' };
  return { type: 'pageTable', id, pid, rows: pageTableOf(mem, pid) };
}

export function compareReferences(id: number, refs: unknown, frames: unknown): FromSim {
  const okRefs = Array.isArray(refs) && refs.length <= MAX_REFS && refs.every((r) => Number.isSafeInteger(r) && r >= 0);
  if (!okRefs)
    return {
      type: 'invalid',
      id,
      errors: [
        {
          path: 'refs',
          limit: `at most ${MAX_REFS} page numbers ≥ 0`,
          message: `refs must be a list of at most ${MAX_REFS} whole page numbers ≥ 0`,
        },
      ],
    };
  if (!Number.isSafeInteger(frames) || (frames as number) < 1 || (frames as number) > MAX_FRAMES) {
    return {
      type: 'invalid',
      id,
      errors: [
        {
          path: 'frames',
          limit: `an integer from 1 to ${MAX_FRAMES}`,
          message: `frames must be an integer from 1 to ${MAX_FRAMES}`,
        },
      ],
    };
  }
  return { type: 'replacementCompared', id, results: compareReplacement(refs as number[], frames as number) };
}
