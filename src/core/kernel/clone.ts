import { cloneMemory } from '../memory/clone';
import { copyPlain } from '../sched/copyPlain';
import type { SimState } from './state';

/**
 * A deep copy of everything that changes during a run. Immutable parts (the scenario, the policy, bursts, needs,
 * the arrival order, the operation list, the allocation indexes) are shared; the append-only logs are left to the caller.
 */
export function cloneState(st: SimState): SimState {
  return {
    ...st,
    procs: st.procs.map((p) => ({ ...p, gpusHeld: p.gpusHeld.slice() })),
    index: new Map(st.index),
    ready: st.ready.slice(),
    cpus: st.cpus.map((c) => ({ ...c })),
    gpus: st.gpus.map((g) => ({ ...g })),
    ioInFlight: st.ioInFlight.map((e): [number, number] => [e[0], e[1]]),
    ioQueue: st.ioQueue.slice(),
    ioDevices: st.ioDevices.slice(),
    deadlines: st.deadlines.map((d): [number, number] => [d[0], d[1]]),
    rng: [st.rng[0], st.rng[1], st.rng[2], st.rng[3]],
    sched: copyPlain(st.sched),
    woken: { tick: st.woken.tick, pids: st.woken.pids.slice() },
    memory: st.memory ? cloneMemory(st.memory) : null,
    memoryWaiting: st.memoryWaiting.slice(),
    recentAccesses: st.recentAccesses.map((a): [number, number] => [a[0], a[1]]),
    heap: st.heap ? { heap: st.heap.heap, pointers: new Map(st.heap.pointers) } : null,
  };
}
