import type { PolicyName, Scenario, SimOptions } from '../../core/index';
import { configFor, type ConfigOf } from './policies';
import { toNumber } from './formValues';

type LotteryDraw = NonNullable<ConfigOf<'LOTTERY'>['draw']>;
type PidScanConfig = ConfigOf<'PID_SCAN'>;

export interface LevelDraft {
  quantum: string;
  allotment: string;
}

/**
 * What the scheduler picker edits: every policy's parameters at once (as typed), so switching the policy
 * back and forth loses nothing, plus the options and the node's processor counts.
 */
export interface SchedulerDraft {
  policy: PolicyName;
  rrQuantum: string;
  lotteryQuantum: string;
  lotteryDraw: LotteryDraw;
  lotteryDrawOffset: string;
  lotteryFullQuantum: boolean;
  scanSwitchOnIo: boolean;
  scanIoCompletion: PidScanConfig['ioCompletion'];
  priorityPreemptive: boolean;
  agingInterval: string;
  edfPreemptive: boolean;
  levels: LevelDraft[];
  allotmentUnit: 'quanta' | 'ticks';
  boostInterval: string;
  agingThreshold: string;
  ioResetsAllotment: boolean;
  ioToFront: boolean;
  contextSwitchCost: string;
  countIdleSwitches: boolean;
  requeueOrder: SimOptions['requeueOrder'];
  lowerNumberIsHigherPriority: boolean;
  ioDevices: string;
  cpus: string;
  gpus: string;
}

export function draftOf(s: Scenario): SchedulerDraft {
  const cur = s.scheduler;
  const mlfq = configFor('MLFQ', cur);
  const priority = configFor('PRIORITY', cur);
  const lottery = configFor('LOTTERY', cur);
  const scan = configFor('PID_SCAN', cur);
  return {
    policy: cur.policy,
    rrQuantum: String(configFor('RR', cur).quantum),
    lotteryQuantum: String(lottery.quantum),
    lotteryDraw: lottery.draw ?? 'seeded',
    lotteryDrawOffset: String(lottery.drawOffset ?? 0),
    lotteryFullQuantum: lottery.fullQuantum ?? false,
    scanSwitchOnIo: scan.switchOnIo,
    scanIoCompletion: scan.ioCompletion,
    priorityPreemptive: priority.preemptive,
    agingInterval: String(priority.agingInterval),
    edfPreemptive: configFor('EDF', cur).preemptive,
    levels: mlfq.levels.map((l) => ({ quantum: String(l.quantum), allotment: String(l.allotment) })),
    allotmentUnit: mlfq.allotmentUnit,
    boostInterval: String(mlfq.boostInterval),
    agingThreshold: String(mlfq.agingThreshold),
    ioResetsAllotment: mlfq.ioResetsAllotment,
    ioToFront: mlfq.ioToFront,
    contextSwitchCost: String(s.options.contextSwitchCost),
    countIdleSwitches: s.options.countIdleSwitches,
    requeueOrder: s.options.requeueOrder,
    lowerNumberIsHigherPriority: s.options.lowerNumberIsHigherPriority,
    ioDevices: String(s.options.ioDevices),
    cpus: String(s.node.cpus),
    gpus: String(s.node.gpus),
  };
}

/** The scheduler the draft describes, unchecked: validation of the whole scenario judges it. */
export function schedulerOf(d: SchedulerDraft): unknown {
  switch (d.policy) {
    case 'RR':
      return { policy: 'RR', quantum: toNumber(d.rrQuantum) };
    case 'LOTTERY': {
      // The optional fields are left out at their defaults, so a scenario that never had them keeps its shape.
      const python = d.lotteryDraw === 'python';
      const offset = python ? toNumber(d.lotteryDrawOffset) : undefined;
      return {
        policy: 'LOTTERY',
        quantum: toNumber(d.lotteryQuantum),
        ...(python && { draw: 'python' }),
        ...(offset !== undefined && offset !== 0 && { drawOffset: offset }),
        ...(d.lotteryFullQuantum && { fullQuantum: true }),
      };
    }
    case 'PID_SCAN':
      return { policy: 'PID_SCAN', switchOnIo: d.scanSwitchOnIo, ioCompletion: d.scanIoCompletion };
    case 'PRIORITY':
      return { policy: 'PRIORITY', preemptive: d.priorityPreemptive, agingInterval: toNumber(d.agingInterval) };
    case 'EDF':
      return { policy: 'EDF', preemptive: d.edfPreemptive };
    case 'MLFQ':
      return {
        policy: 'MLFQ',
        levels: d.levels.map((l) => ({ quantum: toNumber(l.quantum), allotment: toNumber(l.allotment) })),
        allotmentUnit: d.allotmentUnit,
        boostInterval: toNumber(d.boostInterval),
        agingThreshold: toNumber(d.agingThreshold),
        ioResetsAllotment: d.ioResetsAllotment,
        ioToFront: d.ioToFront,
      };
    default:
      return { policy: d.policy };
  }
}

/** The scenario with the draft's scheduler, options and node applied; blank options take their defaults. */
export function applyDraft(d: SchedulerDraft, s: Scenario): unknown {
  return {
    ...s,
    scheduler: schedulerOf(d),
    options: {
      contextSwitchCost: toNumber(d.contextSwitchCost),
      countIdleSwitches: d.countIdleSwitches,
      requeueOrder: d.requeueOrder,
      lowerNumberIsHigherPriority: d.lowerNumberIsHigherPriority,
      ioDevices: toNumber(d.ioDevices),
    },
    node: { ...s.node, cpus: toNumber(d.cpus), gpus: toNumber(d.gpus) },
  };
}

/** Grows (each new level doubles the last quantum, as OSTEP's defaults do) or shrinks the MLFQ levels. */
export function resizeLevels(levels: readonly LevelDraft[], count: number): LevelDraft[] {
  const out = levels.slice(0, count);
  while (out.length < count) {
    const last = out[out.length - 1];
    const q = Number(last?.quantum);
    out.push({ quantum: Number.isFinite(q) && q > 0 ? String(q * 2) : '2', allotment: last?.allotment ?? '1' });
  }
  return out;
}
