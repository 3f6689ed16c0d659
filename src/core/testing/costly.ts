/** Scenarios at the edge of what a run may cost (issue 11), as a user would write them: for tests and benchmarks. */

const job = (pid: number, bursts: number[], extra: object = {}) => ({
  pid,
  name: `P${pid}`,
  type: 'USER',
  arrival: 0,
  bursts,
  ...extra,
});
const scenario = (scheduler: object, processes: object[], extra: object = {}) => ({
  format: 'bcos-scenario',
  version: 3,
  scheduler,
  processes,
  ...extra,
});
const mlfq = (boostInterval: number) => ({
  policy: 'MLFQ',
  levels: [
    { quantum: 10, allotment: 1 },
    { quantum: 20, allotment: 1 },
  ],
  allotmentUnit: 'quanta',
  boostInterval,
  agingThreshold: 0,
  ioResetsAllotment: false,
  ioToFront: false,
});

/** Valid by every per-field limit, yet each would run for hours and take gigabytes: refused by their cost. */
export const BEYOND_ENVELOPE: Record<string, unknown> = {
  'RR quantum 4, two 10^9-tick bursts': scenario({ policy: 'RR', quantum: 4 }, [job(1, [1e9]), job(2, [1e9])]),
  'MLFQ boosting every tick, a 10^9-tick burst': scenario(mlfq(1), [job(1, [1e9])]),
  'a memory reference every tick for 10^9 ticks': scenario(
    { policy: 'FIFO' },
    [job(1, [1e9], { needs: { memoryBytes: 8192 }, accesses: { kind: 'sequence', every: 1, offsets: [0, 4096] } })],
    { memory: {} },
  ),
  'RR quantum 1, two 3*10^6-tick bursts': scenario({ policy: 'RR', quantum: 1 }, [job(1, [3e6]), job(2, [3e6])]),
};

/** The worst accepted ones: just inside the envelope, one per kind of cost. */
export const WORST_ACCEPTED: Record<string, unknown> = {
  'RR quantum 1, two 4.9*10^5-tick bursts': scenario({ policy: 'RR', quantum: 1 }, [
    job(1, [490_000]),
    job(2, [490_000]),
  ]),
  'MLFQ boosting every 1,000 ticks, a 9*10^6-tick burst': scenario(mlfq(1000), [job(1, [9e6])]),
  'a memory reference every 2 ticks for 9.8*10^5 ticks': scenario(
    { policy: 'FIFO' },
    [job(1, [980_000], { needs: { memoryBytes: 8192 }, accesses: { kind: 'sequence', every: 2, offsets: [0, 4096] } })],
    { memory: {} },
  ),
};

/** Accepted although long: a lone process's quanta are merged (kernel/loneStretch.ts), so each runs in a few steps. */
export const LONE_STRETCHES: Record<string, unknown> = {
  'RR quantum 4, a 10^9-tick burst alone': scenario({ policy: 'RR', quantum: 4 }, [job(1, [1e9])]),
  'RR quantum 4, a 10^9-tick burst beside a 10-tick one': scenario({ policy: 'RR', quantum: 4 }, [
    job(1, [1e9]),
    job(2, [10]),
  ]),
};
