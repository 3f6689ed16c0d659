import type { Scenario, ScheduledOperation } from '../../scenario/types';
import { furthestLogs, putBackLogs } from '../../kernel/knownLogs';
import {
  clusterCheckpointOf,
  clusterLogs,
  clusterWork,
  restoreClusterCheckpoint,
  type ClusterCheckpoint,
} from './clusterCheckpoint';
import { createCluster, withClusterScenario, type ClusterState } from './state';
import { advanceCluster, nextClusterTick } from './step';

/**
 * Work (messages and events, clusterWork) between checkpoints at first, and the most checkpoints kept: beyond it
 * every other one is dropped and the spacing doubles, as the kernel's Simulation does. A copy of a cluster of 64
 * idle nodes is about a millisecond; replaying 4096 messages a few.
 */
const MIN_SPACING = 4096;
const MAX_CHECKPOINTS = 256;

/**
 * A cluster's run with exact random access in time, as the kernel's Simulation is for one node: checkpoints of
 * the whole cluster plus deterministic replay, so a step back or a jump gives the state a straight run has there.
 * `tick` is where the viewer stands; the cluster has processed every tick up to it (its own `now` is the last tick
 * anything happened).
 */
export class ClusterSimulation {
  scenario: Scenario;
  cluster: ClusterState;
  tick = 0;
  private checkpoints: ClusterCheckpoint[];
  /**
   * The logs as far as the run has gone, kept when a step back cuts the live ones (kernel/knownLogs.ts): a jump
   * forward restores a later checkpoint instead of running up to it again. An added operation forgets them.
   */
  private known: unknown[][] | null = null;
  private spacing: number;
  private end: number | null = null;

  /** `spacing`: work between checkpoints at first (tests set it small to take many) */
  constructor(scenario: Scenario, { spacing = MIN_SPACING }: { spacing?: number } = {}) {
    this.scenario = scenario;
    this.spacing = Math.max(1, spacing);
    this.cluster = createCluster(scenario);
    this.checkpoints = [clusterCheckpointOf(this.cluster, -1)];
  }

  /**
   * Moves to `tick` (processed), forward or back; with `workLimit`, stops early once that much more work is done
   * (a slice of a long seek: seeking again goes on, and the run is the one a single go makes).
   */
  seek(tick: number, workLimit = Infinity): void {
    const target = Math.max(0, Math.floor(tick));
    if (target < this.tick) this.restore(target);
    else this.jumpForward(target);
    this.advance(target, workLimit);
  }

  runToEnd(): number {
    this.advance(Infinity);
    return this.tick;
  }

  knownEnd(): number | null {
    return this.end;
  }

  /** The end tick, run for only when asked: to the end and back to where the viewer stands. */
  findEnd(): number {
    if (this.end !== null) return this.end;
    const at = this.tick;
    const end = this.runToEnd();
    this.seek(at);
    return end;
  }

  get finished(): boolean {
    return this.cluster.finished;
  }

  /** The next tick anything happens anywhere in the cluster, or null at the end. */
  nextEventTick(): number | null {
    if (this.cluster.finished) return null;
    const t = nextClusterTick(this.cluster);
    return t === Infinity ? null : t;
  }

  /** The latest tick before now at which anything happened: a message sent or delivered, a network or node event. */
  previousEventTick(): number {
    const cl = this.cluster;
    const now = this.tick;
    let best = 0;
    const latest = (length: number, tickAt: (i: number) => number): void => {
      for (let i = length - 1; i >= 0; i--) {
        const t = tickAt(i);
        if (t < now) {
          best = Math.max(best, t);
          return;
        }
      }
    };
    latest(cl.messages.length, (i) => (cl.messages[i] as { sentAt: number }).sentAt);
    latest(cl.deliveries.length / 2, (i) => cl.deliveries[2 * i] as number);
    latest(cl.log.length, (i) => (cl.log[i] as { tick: number }).tick);
    for (const st of cl.nodes) latest(st.events.length, (i) => (st.events[i] as { tick: number }).tick);
    return best;
  }

  /**
   * Adds a network operation at the current tick. The scenario records it, so replay stays exact; the cluster
   * goes back to the end of the tick before and runs this tick again with it.
   */
  addOperation(op: ScheduledOperation): void {
    const at = this.tick;
    this.scenario = { ...this.scenario, operations: [...this.scenario.operations, { ...op, tick: at }] };
    this.end = null;
    this.known = null;
    this.checkpoints = this.checkpoints.filter((c) => c.through < at);
    for (const c of this.checkpoints) withClusterScenario(c.cluster, this.scenario);
    this.restore(at - 1);
    this.advance(at);
  }

  private advance(target: number, workLimit = Infinity): void {
    const cl = this.cluster;
    const stop = clusterWork(cl) + workLimit;
    // One cluster tick at a time, so checkpoints fall between ticks wherever the work passes the spacing.
    while (!cl.finished) {
      const t = nextClusterTick(cl);
      if (t === Infinity || t > target) {
        advanceCluster(cl, target);
        break;
      }
      advanceCluster(cl, t);
      const work = clusterWork(cl);
      if (work >= (this.checkpoints[this.checkpoints.length - 1] as ClusterCheckpoint).work + this.spacing)
        this.save(t);
      if (work >= stop) {
        this.tick = t;
        return;
      }
    }
    this.tick = cl.finished ? cl.now : target;
    if (cl.finished) this.end = cl.now;
  }

  private save(through: number): void {
    const last = this.checkpoints[this.checkpoints.length - 1] as ClusterCheckpoint;
    if (last.through >= through) return;
    this.checkpoints.push(clusterCheckpointOf(this.cluster, through));
    if (this.checkpoints.length > MAX_CHECKPOINTS) {
      this.checkpoints = this.checkpoints.filter((_, i) => i % 2 === 0);
      this.spacing *= 2;
    }
  }

  /** Restores the latest checkpoint that has processed no tick after `tick`, and stands at its tick. */
  private restore(tick: number): void {
    let cp = this.checkpoints[0] as ClusterCheckpoint;
    for (const c of this.checkpoints) if (c.through <= tick) cp = c;
    this.known = furthestLogs(clusterLogs(this.cluster), this.known);
    this.cluster = restoreClusterCheckpoint(cp);
    this.tick = Math.max(0, cp.through);
  }

  /** Going forward past a checkpoint the run has reached before (and stepped back from), starts from it. */
  private jumpForward(tick: number): void {
    if (!this.known) return;
    let cp: ClusterCheckpoint | undefined;
    for (const c of this.checkpoints) if (c.through <= tick) cp = c;
    if (!cp || cp.through <= this.tick) return;
    if (!putBackLogs(clusterLogs(this.cluster), this.known, cp.lengths)) return;
    this.cluster = restoreClusterCheckpoint(cp);
    this.tick = cp.through;
  }
}
