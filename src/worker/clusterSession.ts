import {
  ClusterSimulation,
  clusterRunResult,
  systemState,
  validateScenario,
  type FieldError,
  type NetEvent,
  type Scenario,
  type ScheduledOperation,
} from '../core/index';
import type { ClusterLayout, FromSim, NetworkPanelName, OperationRequest, ToSim, WireFrame } from '../protocol';
import { buildClusterFrame, clusterLayout, clusterNarration, countLosses, type LossCount } from './clusterFrame';
import { buildFrame, NARRATION_LINES, nothingSent, runChangedAt, type Sent } from './frame';
import { narrationSince, scenarioJsonOf } from '../protocol';
import { factsOf } from './scenarioText';
import { networkPanelData } from './network/panelData';
import { newSecurityIndex, type SecurityIndex } from './network/securityLogData';

/** A loaded scenario with a network: the whole cluster runs; the node views follow node `shown`. */
export interface ClusterSession {
  sim: ClusterSimulation;
  shown: number;
  sent: Sent;
  layout: ClusterLayout;
  losses: LossCount;
  /** the Network view's open analysis panel, whose data each frame brings (null: none is open) */
  panel: NetworkPanelName | null;
  /** where the security log's rejections are, for the security log panel: renewed with the scenario */
  security: SecurityIndex;
}

export function openCluster(scenario: Scenario): ClusterSession {
  const sim = new ClusterSimulation(scenario);
  sim.seek(0);
  return {
    sim,
    shown: 0,
    sent: nothingSent(),
    layout: clusterLayout(scenario, sim.cluster.ids),
    losses: newCount(),
    panel: null,
    security: newSecurityIndex(),
  };
}

const newCount = (): LossCount => ({ read: 0, lost: 0 });

/**
 * The shown node's frame at the cluster's tick, with the cluster beside it. The node is as the cluster left it at
 * its last decision (a node is run only when it has something to do, so its trace is its own); nothing happens on
 * it until its next event, so a node that is up is read at the cluster's tick (its running processes ran on since),
 * without moving it; a paused or crashed node stands still. The tick, the end and the next event are the cluster's.
 */
export function clusterFrameOf(s: ClusterSession): WireFrame {
  const cl = s.sim.cluster;
  const shown = cl.nodes[s.shown] ? s.shown : 0;
  const st = cl.nodes[shown] as (typeof cl.nodes)[number];
  const now = s.sim.tick;
  const node = buildFrame(cl.status[shown] === 'up' && st.now < now ? { ...st, now } : st, null, null, s.sent);
  const end = s.sim.knownEnd();
  return {
    ...node,
    tick: s.sim.tick,
    endTick: end ?? s.sim.tick,
    endKnown: end !== null,
    finished: s.sim.finished,
    stalled: false,
    nextEventTick: s.sim.nextEventTick(),
    narration: clusterNarration(cl, s.shown, node.narration, NARRATION_LINES),
    cluster: {
      ...buildClusterFrame(cl, s.sim.tick, s.shown, s.layout, countLosses(cl, s.losses)),
      panel: s.panel && networkPanelData(cl, s.sim.tick, s.panel, s.security),
    },
  };
}

/** The requests that move or change a cluster, answered as the handler answers them for one node. */
export function clusterReply(s: ClusterSession, msg: ToSim, budget: () => boolean): FromSim[] {
  const id = msg.id;
  const sim = s.sim;
  switch (msg.type) {
    case 'seek': {
      const tick = Number.isFinite(msg.tick) ? Math.max(0, Math.floor(msg.tick)) : 0;
      sim.seek(tick, Math.max(1, msg.maxEvents ?? Infinity));
      if (sim.tick < tick && !sim.finished) return [{ type: 'moving', id, tick: sim.tick }];
      break;
    }
    case 'end':
      sim.findEnd();
      break;
    case 'step': {
      const now = sim.tick;
      if (msg.direction === 'back') sim.seek(msg.unit === 'tick' ? now - 1 : sim.previousEventTick());
      else sim.seek(msg.unit === 'tick' ? now + 1 : (sim.nextEventTick() ?? now));
      break;
    }
    case 'advance':
      if (msg.ticks !== 'max') sim.seek(sim.tick + Math.max(0, Math.floor(msg.ticks)));
      else
        for (let chunk = 1; !sim.finished && budget(); chunk = Math.min(chunk * 2, 1 << 20)) sim.seek(sim.tick + chunk);
      break;
    case 'show': {
      if (!Number.isInteger(msg.node) || msg.node < 0 || msg.node >= sim.cluster.ids.length)
        return [{ type: 'invalid', id, errors: [nodeError(msg.node, sim.cluster.ids.length)] }];
      s.shown = msg.node;
      s.sent = {
        ...nothingSent(),
        stateLanes: s.sent.stateLanes,
        samplesDrawn: s.sent.samplesDrawn,
        fsSamplesDrawn: s.sent.fsSamplesDrawn,
      };
      break;
    }
    case 'operation': {
      const before = clusterFrameOf(s).narration.filter((l) => l.tick >= sim.tick);
      const errors = operate(s, msg.request);
      if (errors) return [{ type: 'invalid', id, errors }];
      const shownNode = sim.cluster.nodes[s.shown];
      if (shownNode) runChangedAt(s.sent, shownNode, sim.tick);
      s.losses = newCount();
      s.security = newSecurityIndex();
      const frame = clusterFrameOf(s);
      const narration = narrationSince(before, frame.narration, sim.tick);
      const scenarioJson = scenarioJsonOf(sim.scenario);
      return [
        { type: 'operated', id, frame, scenario: sim.scenario, scenarioJson, facts: factsOf(sim.scenario), narration },
      ];
    }
    case 'result':
      sim.runToEnd();
      return [{ type: 'result', id, result: clusterRunResult(sim.cluster) }];
    case 'systemState':
      return [
        { type: 'systemState', id, state: systemState(sim.cluster.nodes[s.shown] ?? (sim.cluster.nodes[0] as never)) },
      ];
    default:
      return [
        {
          type: 'error',
          id,
          message: `A cluster does not answer "${msg.type}" yet: choose a scenario without a network for it.`,
        },
      ];
  }
  return [{ type: 'frame', id, frame: clusterFrameOf(s) }];
}

function nodeError(node: unknown, count: number): FieldError {
  return {
    path: 'node',
    limit: `0 to ${count - 1}`,
    message: `node ${String(node)} is not in the cluster: its nodes are numbered 0 to ${count - 1}`,
  };
}

/**
 * A network fault at the current tick, checked by the one validation step (an unknown node, a link that is not
 * there, a fault on a crashed node); one the cluster still refuses when it comes to it (its log says why) is
 * taken back, and the run is what it was.
 */
function operate(s: ClusterSession, r: OperationRequest): FieldError[] | undefined {
  if (r.op !== 'net')
    return [
      {
        path: 'op',
        limit: 'net',
        message: `In a cluster only network faults can be added during a run (not ${r.op}) for now.`,
      },
    ];
  const before = s.sim.scenario;
  const tick = s.sim.tick;
  const v = validateScenario({ ...before, operations: [...before.operations, { ...r, tick }] });
  if (!v.ok) return v.errors;
  const refusals = (): NetEvent[] => s.sim.cluster.log.filter((e) => e.kind === 'faultRefused' && e.tick === tick);
  const earlier = refusals().length;
  s.sim.addOperation(v.scenario.operations[v.scenario.operations.length - 1] as ScheduledOperation);
  const refused = refusals()[earlier];
  if (refused?.kind !== 'faultRefused') return undefined;
  s.sim = new ClusterSimulation(before);
  s.sim.seek(tick);
  return [{ path: 'fault', limit: 'a fault the cluster can take now', message: `Refused: ${refused.why}` }];
}
