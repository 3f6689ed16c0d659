import type { SimState } from './state';
import type { KernelMemory, Reclaim } from './subsystem';

/**
 * The kernel's go-between for memory one subsystem holds on another's behalf: the file system asks here for
 * frames, memory management asks here for frames back, and neither touches the other's state. With no memory
 * section nothing offers frames, and the file system keeps its caches as counts, as before memory was there.
 */
export function kernelMemory(st: SimState): KernelMemory | null {
  for (const s of st.subsystems) if (s.kernelMemory) return s.kernelMemory;
  return null;
}

/**
 * Memory is short (`ask`): the subsystems holding caches give frames back, in their order, until `ask.frames` are
 * back. Returns how many came back (0 when none holds a cache).
 */
export function reclaimFrames(st: SimState, ask: Reclaim): number {
  let back = 0;
  for (const s of st.subsystems)
    if (s.reclaim && back < ask.frames) back += s.reclaim(st, { ...ask, frames: ask.frames - back });
  return back;
}
