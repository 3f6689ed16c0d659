import { compareReplacement, pageTableOfProcess, translateOnCopy, type Access, type Simulation } from '../core/index';
import type { FromSim } from '../protocol';

/** Reference strings the comparison takes at most, and frames: a teaching tool, not a benchmark. */
const MAX_REFS = 10_000;
const MAX_FRAMES = 4_096;

const MEMORY_OFF = (id: number): FromSim => ({
  type: 'error',
  id,
  message: 'Memory management is off in this scenario.',
});

/** The MMU walkthrough translates on a copy, so looking never changes the run. */
export function walkthrough(id: number, sim: Simulation, pid: number, address: number, access: Access): FromSim {
  if (!Number.isSafeInteger(address) || address < 0) {
    if (!sim.state.sub.memory) return MEMORY_OFF(id);
    return { type: 'error', id, message: 'address must be a non-negative integer.' };
  }
  const result = translateOnCopy(sim.state, pid, address, access);
  return result ? { type: 'translated', id, result } : MEMORY_OFF(id);
}

export function pageTable(id: number, sim: Simulation, pid: number): FromSim {
  const rows = pageTableOfProcess(sim.state, pid);
  return rows ? { type: 'pageTable', id, pid, rows } : MEMORY_OFF(id);
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
