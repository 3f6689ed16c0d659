/** Process types of a decentralized AI / blockchain node. */
export const PROCESS_TYPES = [
  'AI_INFERENCE',
  'DATA_PROCESSING',
  'BLOCKCHAIN_VALIDATOR',
  'NETWORK_NODE',
  'SYSTEM',
  'USER',
] as const;
export type ProcessType = (typeof PROCESS_TYPES)[number];

export const PROCESS_STATES = ['NEW', 'READY', 'RUNNING', 'WAITING', 'SUSPENDED', 'TERMINATED'] as const;
export type ProcessState = (typeof PROCESS_STATES)[number];

/** Resources a process asks of its node. Memory is only recorded until the memory subsystem lands. */
export interface ResourceNeeds {
  /** bytes of memory */
  memoryBytes: number;
  /** GPUs held while RUNNING; the process runs only when it holds them all */
  gpus: number;
  /** network bandwidth in Mbit/s */
  networkMbps: number;
}
