import type { ProcessType } from '../process/types';

const MiB = 1024 * 1024;
const GiB = 1024 * MiB;

/**
 * What each process type of an AI / blockchain node looks like, layered on the workload's distributions.
 * Scales multiply drawn burst lengths; the numbers are illustrative, chosen so the types look different on
 * a Gantt chart, not measured.
 */
export interface TypeProfile {
  /** name prefix: `${prefix}-${n}` */
  prefix: string;
  cpuScale: number;
  ioScale: number;
  /** multiplies the drawn number of CPU bursts */
  burstCountScale: number;
  memoryBytes: number;
  /** Mbit/s */
  networkMbps: number;
  /** needs one GPU when the node has any */
  wantsGpu: boolean;
  /** gets a deadline at the end of its validator slot */
  hasDeadline: boolean;
  /** always the best priority in range, instead of a random one */
  bestPriority: boolean;
}

/** The neutral profile each type departs from. */
const PLAIN: Omit<TypeProfile, 'prefix' | 'memoryBytes'> = {
  cpuScale: 1,
  ioScale: 1,
  burstCountScale: 1,
  networkMbps: 0,
  wantsGpu: false,
  hasDeadline: false,
  bestPriority: false,
};

export const TYPE_PROFILES: Readonly<Record<ProcessType, TypeProfile>> = {
  // Model inference: long compute bursts on a GPU, weights in memory, requests over the network.
  AI_INFERENCE: {
    ...PLAIN,
    prefix: 'infer',
    cpuScale: 2,
    memoryBytes: 2 * GiB,
    networkMbps: 100,
    wantsGpu: true,
  },
  // ETL: mostly waiting on storage.
  DATA_PROCESSING: { ...PLAIN, prefix: 'etl', ioScale: 2, memoryBytes: 512 * MiB },
  // Block validation: short checks that must finish within the slot they arrive in.
  BLOCKCHAIN_VALIDATOR: {
    ...PLAIN,
    prefix: 'validator',
    cpuScale: 0.5,
    memoryBytes: 256 * MiB,
    networkMbps: 10,
    hasDeadline: true,
  },
  // Gossip / p2p: many short bursts between network waits.
  NETWORK_NODE: {
    ...PLAIN,
    prefix: 'p2p',
    cpuScale: 0.5,
    ioScale: 0.5,
    burstCountScale: 2,
    memoryBytes: 128 * MiB,
    networkMbps: 1000,
  },
  // System daemons: small and always first.
  SYSTEM: { ...PLAIN, prefix: 'sysd', memoryBytes: 64 * MiB, bestPriority: true },
  // Interactive shells: short CPU bursts between waits for the user.
  USER: { ...PLAIN, prefix: 'user', cpuScale: 0.5, memoryBytes: 128 * MiB },
};
