import { scenarioOf } from './scenarioOf';

/**
 * One FIFO process of 40 ticks that takes 64 KiB of a memory of `physicalBytes` and touches it every tick (a
 * working set of 16 pages): the memory changes all along the run.
 */
export function touchingMemory(physicalBytes: number) {
  const base = scenarioOf({ policy: 'FIFO' }, [{ bursts: [40] }]);
  return {
    ...base,
    processes: [
      {
        ...base.processes[0],
        needs: { memoryBytes: 64 * 1024, gpus: 0, networkMbps: 0 },
        accesses: { kind: 'locality', every: 1, workingSetPages: 16, jumpEvery: 5, writeFraction: 0.5 },
      },
    ],
    memory: { physicalBytes, swapBytes: 0 },
  };
}
