import type { Scenario, ScheduledOperation } from '../scenario/types';
import { checkpointOf, eventsAt, logsOf, restoreCheckpoint, type Checkpoint } from './checkpoint';
import { furthestLogs, putBackLogs } from './knownLogs';
import { advanceTo } from './engine';
import { nextEventTime } from './nextEvent';
import { createState, withScenario, type SimState } from './state';
import { typedBytes } from '../typedBytes';

/**
 * How many checkpoints a run keeps, from what one copies. Processes: all checkpoints together may hold 640,000
 * process places (64 checkpoints of 10,000: the process list and the per-process maps and arrays, and the PCBs of
 * those arrived and not ended), so a light state gets many and a jump anywhere replays only a few thousand events,
 * and a heavy one never fewer than 64. Typed arrays (a memory's frames): together at most 1 GiB, 64
 * copies of a 1 GiB memory's (about 16 MiB each); a 4 GiB memory (about 70 MiB) keeps fewer, spaced further
 * apart. Beyond the cap every other checkpoint is dropped and the spacing doubles.
 */
const CHECKPOINT_PROCESSES = 640_000;
const CHECKPOINT_BYTES = 2 ** 30;
const MIN_CHECKPOINTS = 4;
const MAX_CHECKPOINTS = 4096;
/**
 * Events between checkpoints, per process and per kind of work at each decision point (the kernel's, and each
 * subsystem's). A checkpoint copies the PCBs of the processes that have arrived and not ended (ended ones and those
 * still to come are frozen and shared) and the per-process maps and arrays; replaying an event costs about 1.7 µs in
 * the kernel alone, and about twice that with memory (its samples and admission checks at each decision point). So
 * 1 event per process, divided by 1 + the number of subsystems: a jump anywhere in a run of 10,000 processes replays
 * at most 10,000 events (5,000 with memory). Against twice that spacing, the browser probe's large run keeps 45
 * checkpoints instead of 23 (21 MB more heap) and a jump's median falls from 28-34 ms to 21-22 ms (Node, a loaded
 * machine, 48 jumps each).
 */
const EVENTS_PER_PROCESS = 1;
const MIN_SPACING = 1024;

/**
 * A scenario's run with exact random access in time: checkpoints of the state plus deterministic replay,
 * so stepping back or jumping anywhere gives exactly the state a straight run would have there.
 */
export class Simulation {
  scenario: Scenario;
  state: SimState;
  private checkpoints: Checkpoint[] = [];
  /** how many checkpoints are kept at most, by how heavy one is */
  private maxCheckpoints: number;
  /**
   * The logs as far as the run has gone, kept when a step back cuts the live logs: a jump forward restores a
   * later checkpoint and puts its stretch of them back instead of running it again. Null until a step back; an
   * added operation changes the future and forgets them.
   */
  private known: unknown[][] | null = null;
  /** events between checkpoints */
  private spacing: number;
  /** the tick the run ends at, once some advance has reached it; an operation added forgets it */
  private end: number | null = null;

  /**
   * `rewind: false` is for a run only ever taken forward to its end (an OSTEP answer): it keeps no checkpoint
   * but the first, whose copies a long run of many processes would otherwise hold by the hundred megabytes; going
   * back then replays from the start, exactly as before.
   */
  constructor(scenario: Scenario, { rewind = true }: { rewind?: boolean } = {}) {
    this.scenario = scenario;
    this.state = createState(scenario);
    const work = 1 + this.state.subsystems.length;
    this.spacing = rewind
      ? Math.max(MIN_SPACING, Math.floor((EVENTS_PER_PROCESS * scenario.processes.length) / work))
      : Infinity;
    // The subsystems' typed arrays are made at creation, full size: the first state shows what each copy costs.
    const byProcesses = Math.max(64, Math.floor(CHECKPOINT_PROCESSES / Math.max(1, this.state.procs.length)));
    const byBytes = Math.floor(CHECKPOINT_BYTES / Math.max(1, typedBytes(this.state.sub)));
    this.maxCheckpoints = Math.max(MIN_CHECKPOINTS, Math.min(MAX_CHECKPOINTS, byProcesses, byBytes));
    this.save();
  }

  /**
   * Moves to the state at `tick` (the decision point at `tick` processed), forward or back; with `eventLimit`,
   * stops early at the first decision point that has logged that many more events (a slice of a long seek:
   * the caller seeks again to go on, and the run is the same as one made in a single go).
   */
  seek(tick: number, eventLimit = Infinity): void {
    const target = Math.max(0, Math.floor(tick));
    if (target < this.state.now) this.restore(target);
    else this.jumpForward(target);
    this.advance(target, eventLimit);
  }

  /** Runs to the end and returns the end tick. */
  runToEnd(): number {
    this.advance(Infinity);
    return this.state.now;
  }

  /** The end tick if a run has reached it already (nothing is run to learn it). */
  knownEnd(): number | null {
    return this.end;
  }

  /** The end tick, run for only when asked (loading runs nothing): to the end and back to the state at now. */
  findEnd(): number {
    if (this.end !== null) return this.end;
    const at = this.state.now;
    const end = this.runToEnd();
    this.seek(at);
    return end;
  }

  /** The next tick at which something happens (for "step to next event"), or null at the end. */
  nextEventTick(): number | null {
    if (this.state.finished) return null;
    const t = nextEventTime(this.state);
    return t === Infinity ? null : t;
  }

  /** The latest tick before now at which an event happened (for "step back to the previous event"). */
  previousEventTick(): number {
    const ev = this.state.events;
    for (let i = ev.length - 1; i >= 0; i--) {
      const t = (ev[i] as { tick: number }).tick;
      if (t < this.state.now) return t;
    }
    return 0;
  }

  /**
   * Adds an operation at the current tick (an interactive change). The scenario records it, so replay
   * stays exact; checkpoints from before this tick stay valid because nothing earlier depends on it.
   */
  addOperation(op: ScheduledOperation): void {
    const at = this.state.now;
    this.scenario = { ...this.scenario, operations: [...this.scenario.operations, { ...op, tick: at }] };
    this.end = null;
    this.known = null;
    this.checkpoints = this.checkpoints.filter((c) => c.state.processedThrough < at);
    for (const c of this.checkpoints) withScenario(c.state, this.scenario);
    this.restore(at - 1);
    this.advance(at);
  }

  private advance(target: number, eventLimit = Infinity): void {
    const st = this.state;
    const stop = st.events.length + eventLimit;
    while (!st.finished && (st.now < target || st.processedThrough < st.now)) {
      const checkpointAt = eventsAt(this.checkpoints[this.checkpoints.length - 1] as Checkpoint) + this.spacing;
      advanceTo(st, target, Math.min(checkpointAt, stop));
      if (st.events.length >= checkpointAt) this.save();
      if (st.events.length >= stop || st.events.length < checkpointAt) break;
    }
    if (st.finished) this.end = st.now;
  }

  private save(): void {
    const st = this.state;
    const last = this.checkpoints[this.checkpoints.length - 1];
    if (last && last.state.processedThrough >= st.processedThrough) return;
    this.checkpoints.push(checkpointOf(st));
    if (this.checkpoints.length > this.maxCheckpoints) {
      this.checkpoints = this.checkpoints.filter((_, i) => i % 2 === 0);
      this.spacing *= 2;
    }
  }

  /** Restores the latest checkpoint that has processed no decision after `tick`; the logs are cut back to its lengths. */
  private restore(tick: number): void {
    let cp = this.checkpoints[0] as Checkpoint;
    for (const c of this.checkpoints) if (c.state.processedThrough <= tick) cp = c;
    this.known = furthestLogs(logsOf(this.state), this.known);
    this.state = restoreCheckpoint(cp);
  }

  /**
   * Going forward past a checkpoint the run has reached before (and stepped back from), starts from it: its
   * stretch of the logs is put back from `known`, so the result is the state a straight run would have there.
   */
  private jumpForward(tick: number): void {
    const known = this.known;
    if (!known) return;
    let cp: Checkpoint | undefined;
    for (const c of this.checkpoints) if (c.state.processedThrough <= tick) cp = c;
    if (!cp || cp.state.processedThrough <= this.state.processedThrough) return;
    if (putBackLogs(logsOf(this.state), known, cp.lengths)) this.state = restoreCheckpoint(cp);
  }
}
