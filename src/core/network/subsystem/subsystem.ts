import { deepFreeze } from '../../deepFreeze';
import { mustPcb } from '../../kernel/state';
import type { Subsystem } from '../../kernel/subsystem';
import { specsWithPaths } from '../../scenario/processSpecs';
import type { MessageIo } from '../config';
import { clusterIds } from '../cluster/nodeScenarios';
import { netRun, nextStep, takeStep, waitsForever, wakeFromNet } from './steps';
import { netView } from './view';
import { nextTouch, touch, waitsForStream, wakeFromFault } from './remotePages';

/**
 * The node's network: its processes' messages (sends that leave at the process's bandwidth, receives, requests
 * and serves that block until a message comes), a mailbox per process and an outbox the cluster empties each tick
 * (network/cluster/). A node run on its own (no cluster around it) keeps what its processes send in its outbox.
 */
export const netSubsystem: Subsystem<'net'> = {
  name: 'net',
  present: (scenario) => scenario.network !== undefined,
  create: (scenario) => {
    const ids = clusterIds(scenario, scenario.network as NonNullable<typeof scenario.network>);
    const io: Record<number, MessageIo> = {};
    for (const { spec } of specsWithPaths(scenario.processes, scenario.operations))
      if (spec.messages) io[spec.pid] = spec.messages;
    return {
      place: Math.max(0, ids.indexOf(scenario.node.id)),
      ids: deepFreeze(ids),
      io: deepFreeze(io),
      progress: new Map(),
      mailbox: new Map(),
      outbox: [],
      log: [],
      stats: { sent: 0, received: 0, replied: 0, timeouts: 0, sendTicks: 0 },
      remote: new Map(),
    };
  },
  operations: ['net'],
  absent: 'there is no network in this scenario',
  apply: (st, op) => {
    // The cluster applies network faults (cluster/faults.ts) and gives a node none; a node run alone says so.
    const what = op.op === 'net' ? op.fault.kind : op.op;
    netRun(st).log.push({
      tick: st.now,
      kind: 'refused',
      why: `a ${what} of the network acts on the cluster: run the scenario as a cluster (sim run)`,
    });
    return false;
  },
  decide: (st, kernel) => {
    const run = netRun(st);
    let freed = false;
    for (const cpu of st.cpus) {
      if (cpu.phase !== 'run') continue;
      const p = mustPcb(st, cpu.pid as number);
      const rp = run.remote.get(p.pid);
      if (rp && nextTouch(rp, p) === st.now && touch(st, rp, p, kernel)) freed = true;
      else if (nextStep(run, p) === st.now && takeStep(st, run, p, kernel)) freed = true;
    }
    return freed;
  },
  wake: (st, p) => {
    if (!wakeFromFault(st, netRun(st), p.pid)) wakeFromNet(st, netRun(st), p);
  },
  nextEvent: (st) => {
    const run = netRun(st);
    let next = Infinity;
    for (const cpu of st.cpus) {
      if (cpu.phase !== 'run') continue;
      const p = mustPcb(st, cpu.pid as number);
      const rp = run.remote.get(p.pid);
      next = Math.min(next, nextStep(run, p), rp ? nextTouch(rp, p) : Infinity);
    }
    return next;
  },
  waitsOutside: (st) => waitsForever(netRun(st)) || waitsForStream(netRun(st)),
  logs: (st) => [netRun(st).log],
  view: netView,
};
