import type { SchedulerConfig } from '../scenario/types';

/** One configuration of every policy (Priority with and without aging, OSTEP's lottery, both PID-scan rules), for tests and benchmarks. */
export const EVERY_SCHEDULER: SchedulerConfig[] = [
  { policy: 'FIFO' },
  { policy: 'SJF' },
  { policy: 'SRTF' },
  { policy: 'RR', quantum: 20 },
  { policy: 'PRIORITY', preemptive: true, agingInterval: 0 },
  { policy: 'PRIORITY', preemptive: true, agingInterval: 500 },
  {
    policy: 'MLFQ',
    levels: [
      { quantum: 10, allotment: 1 },
      { quantum: 20, allotment: 2 },
      { quantum: 40, allotment: 4 },
    ],
    allotmentUnit: 'quanta',
    boostInterval: 1000,
    agingThreshold: 0,
    ioResetsAllotment: false,
    ioToFront: false,
  },
  { policy: 'LOTTERY', quantum: 20 },
  { policy: 'LOTTERY', quantum: 20, draw: 'python', fullQuantum: true },
  { policy: 'EDF', preemptive: true },
  { policy: 'PID_SCAN', switchOnIo: true, ioCompletion: 'later' },
  { policy: 'PID_SCAN', switchOnIo: false, ioCompletion: 'immediate' },
];
