import type { PolicyName, SchedulerConfig } from '../../core/index';

export type ConfigOf<P extends PolicyName> = Extract<SchedulerConfig, { policy: P }>;

export const POLICY_LABEL: Record<PolicyName, string> = {
  FIFO: 'FIFO',
  SJF: 'SJF',
  SRTF: 'SRTF',
  RR: 'Round Robin',
  PRIORITY: 'Priority',
  MLFQ: 'MLFQ',
  LOTTERY: 'Lottery',
  EDF: 'EDF',
  PID_SCAN: 'PID scan',
};

/**
 * Parameters offered for a policy the scenario does not use yet. The core has no defaults for these (a
 * scenario always names its scheduler), so these are the UI's suggestions: the OSTEP-style MLFQ of three
 * queues with doubling quanta, and the preemptive variants that textbooks compare first.
 */
export const SUGGESTED: { [P in PolicyName]: ConfigOf<P> } = {
  FIFO: { policy: 'FIFO' },
  SJF: { policy: 'SJF' },
  SRTF: { policy: 'SRTF' },
  RR: { policy: 'RR', quantum: 4 },
  PRIORITY: { policy: 'PRIORITY', preemptive: true, agingInterval: 0 },
  MLFQ: {
    policy: 'MLFQ',
    levels: [
      { quantum: 2, allotment: 1 },
      { quantum: 4, allotment: 1 },
      { quantum: 8, allotment: 1 },
    ],
    allotmentUnit: 'quanta',
    boostInterval: 50,
    agingThreshold: 0,
    ioResetsAllotment: false,
    ioToFront: false,
  },
  LOTTERY: { policy: 'LOTTERY', quantum: 2 },
  EDF: { policy: 'EDF', preemptive: true },
  // OSTEP process-run.py's defaults: -S SWITCH_ON_IO -I IO_RUN_LATER
  PID_SCAN: { policy: 'PID_SCAN', switchOnIo: true, ioCompletion: 'later' },
};

/** The scenario's own parameters when it already uses `policy`, else the suggested ones (a fresh copy). */
export function configFor<P extends PolicyName>(policy: P, current: SchedulerConfig): ConfigOf<P> {
  const source = current.policy === policy ? (current as ConfigOf<P>) : SUGGESTED[policy];
  return structuredClone(source);
}

/** "Round Robin (quantum 4)": a scheduler and the parameters that tell two runs of it apart. */
export function describeConfig(c: SchedulerConfig): string {
  const name = POLICY_LABEL[c.policy];
  switch (c.policy) {
    case 'RR':
      return `${name} (quantum ${c.quantum})`;
    case 'LOTTERY': {
      const extras = [c.draw === 'python' ? 'Python draws' : '', c.fullQuantum ? 'full quanta' : ''].filter(
        (x) => x !== '',
      );
      return `${name} (quantum ${c.quantum}${extras.map((x) => `, ${x}`).join('')})`;
    }
    case 'PID_SCAN':
      return `${name} (${c.switchOnIo ? 'switch on I/O' : 'switch on end'}, I/O done: ${c.ioCompletion === 'immediate' ? 'run at once' : 'wait its turn'})`;
    case 'PRIORITY':
      return `${name} (${c.preemptive ? 'preemptive' : 'non-preemptive'}${c.agingInterval > 0 ? `, aging every ${c.agingInterval}` : ''})`;
    case 'EDF':
      return `${name} (${c.preemptive ? 'preemptive' : 'non-preemptive'})`;
    case 'MLFQ':
      return `${name} (quanta ${c.levels.map((l) => l.quantum).join('/')}${c.boostInterval > 0 ? `, boost ${c.boostInterval}` : ''})`;
    default:
      return name;
  }
}
