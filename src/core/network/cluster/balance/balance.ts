import type { SimState } from '../../../kernel/state';
import { remainingCpu } from '../../../process/pcb';
import type { BalanceSpec } from '../../config';
import { startMigration } from '../migrations';
import { unmovable } from '../moveProcess';
import type { ClusterState } from '../state';
import type { BalanceDecision, NodeLoad } from './decision';
import { BALANCE_POLICIES } from './registry';

const LIVE = new Set(['READY', 'RUNNING', 'WAITING']);

/**
 * Each node's load now: its live processes per CPU, a process counted where it is headed while it migrates (so
 * the balancer does not send a second one after it), and the processes it could give away.
 */
export function nodeLoads(cl: ClusterState): NodeLoad[] {
  const moving = cl.migrations.filter((m) => m.phase === 'copying' || m.phase === 'stopped');
  return cl.nodes.map((st: SimState, i) => {
    const up = cl.status[i] === 'up';
    const leaving = moving.filter((m) => m.from === i && m.phase === 'copying').map((m) => m.pid);
    const live = st.procs.filter((p) => LIVE.has(p.state) && !leaving.includes(p.pid));
    const coming = moving.filter((m) => m.to === i).length;
    return {
      id: cl.ids[i] as string,
      up,
      load: (live.length + coming) / st.scenario.node.cpus,
      movable: up
        ? live
            .filter((p) => unmovable(p, st) === null)
            .map((p) => ({ pid: p.pid, name: p.name, remaining: remainingCpu(p, st.now) }))
        : [],
    };
  });
}

/** The balancer's next check, or Infinity (none configured). */
export function balanceNext(cl: ClusterState): number {
  return cl.nextBalance;
}

/**
 * At its interval the policy compares the nodes and may start a migration. Each move is logged; a decision to keep
 * things as they are only when it differs from the last, so a quiet cluster does not fill the log.
 */
export function balanceStep(cl: ClusterState): void {
  const spec = cl.scenario.network?.balance as BalanceSpec | undefined;
  if (!spec || cl.now < cl.nextBalance) return;
  cl.nextBalance = cl.now + spec.interval;
  const choice = BALANCE_POLICIES[spec.policy].decide(nodeLoads(cl), spec.threshold);
  const decision: BalanceDecision = { policy: spec.policy, threshold: spec.threshold, choice, refused: null };
  if (choice.kind !== 'move') {
    if (JSON.stringify(lastDecision(cl)) !== JSON.stringify(decision))
      cl.log.push({ tick: cl.now, kind: 'balance', decision });
    return;
  }
  // The decision is told before the migration it starts; a refusal is added to it.
  cl.log.push({ tick: cl.now, kind: 'balance', decision });
  const move = { process: choice.pid, from: choice.from, to: choice.to, method: spec.method };
  decision.refused = startMigration(cl, move, 'balance');
}

function lastDecision(cl: ClusterState): BalanceDecision | null {
  for (let i = cl.log.length - 1; i >= 0; i--) {
    const e = cl.log[i] as ClusterState['log'][number];
    if (e.kind === 'balance') return e.decision;
  }
  return null;
}
