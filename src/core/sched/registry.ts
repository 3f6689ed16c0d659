import { assertNever } from '../assertNever';
import type { Scenario } from '../scenario/types';
import { edf } from './edf';
import { fifo } from './fifo';
import { lottery } from './lottery';
import { mlfq } from './mlfq';
import { pidScan } from './pidScan';
import type { Policy } from './policy';
import { priority } from './priority';
import { roundRobin } from './roundRobin';
import { shortestFirst } from './sjf';

const cache = new WeakMap<Scenario, Policy>();

/** The policy of a scenario, built once per scenario object (a pure memo: policies hold no state). */
export function policyOf(scenario: Scenario): Policy {
  let policy = cache.get(scenario);
  if (!policy) {
    policy = policyFor(scenario);
    cache.set(scenario, policy);
  }
  return policy;
}

/** The policy a scenario asks for. Policies are stateless closures over the config: state lives in SimState. */
export function policyFor(scenario: Scenario): Policy {
  const cfg = scenario.scheduler;
  switch (cfg.policy) {
    case 'FIFO':
      return fifo();
    case 'SJF':
      return shortestFirst(false);
    case 'SRTF':
      return shortestFirst(true);
    case 'RR':
      return roundRobin(cfg.quantum);
    case 'PRIORITY':
      return priority(cfg.preemptive, cfg.agingInterval, scenario.options.lowerNumberIsHigherPriority);
    case 'MLFQ':
      return mlfq(cfg);
    case 'LOTTERY':
      return lottery(cfg);
    case 'EDF':
      return edf(cfg.preemptive);
    case 'PID_SCAN':
      return pidScan(cfg);
    default:
      return assertNever(cfg);
  }
}
