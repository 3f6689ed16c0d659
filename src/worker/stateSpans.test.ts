import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Simulation, validateScenario, type Scenario, type SimStateView } from '../core/index';
import { runClusterState } from '../core/network/cluster/run';
import { fuzzScenarioArb } from '../core/testing/fuzzScenario';
import { migrateOp, migrationScenario } from '../core/testing/migrationCluster';
import { scenarioOf } from '../core/testing/scenarioOf';
import { STATE_FIELDS, STATE_KIND, STATE_LANES } from '../protocol';
import { closedStates, newStateTracker, openStates, trackStates, type StateTracker } from './stateSpans';

const PRESETS = new URL('../../public/scenarios/', import.meta.url);
const S = STATE_KIND;

function valid(raw: unknown): Scenario | null {
  const v = validateScenario(raw);
  return v.ok ? v.scenario : null;
}

interface StateSpan {
  pid: number;
  start: number;
  end: number;
  state: number;
  cpu: number;
}

function rowsOf(d: Int32Array): StateSpan[] {
  const out: StateSpan[] = [];
  for (let o = 0; o < d.length; o += STATE_FIELDS)
    out.push({ pid: d[o]!, start: d[o + 1]!, end: d[o + 2]!, state: d[o + 3]!, cpu: d[o + 4]! });
  return out;
}

const closed = (t: StateTracker) => rowsOf(closedStates(t, 0));

function spansAt(st: SimStateView, t: StateTracker): StateSpan[] {
  return [...closed(t), ...rowsOf(openStates(t, st.now))];
}

/**
 * What the spans must agree with: per followed process they follow one another without gap or overlap from
 * its arrival to its end (or now), the time in each state matches the PCB's own accounting (a switch-in is
 * READY there and RUNNING here), and the open span is the PCB's state now.
 */
function disagreements(st: SimStateView, t: StateTracker): string[] {
  const out: string[] = [];
  const spans = spansAt(st, t);
  st.procs.slice(0, STATE_LANES).forEach((p) => {
    const mine = spans.filter((s) => s.pid === p.pid).sort((a, b) => a.start - b.start);
    const sum = (...states: number[]) => mine.reduce((n, s) => n + (states.includes(s.state) ? s.end - s.start : 0), 0);
    const onCpu = (kind: 'switch' | 'run') =>
      st.segments.reduce((n, s) => n + (s.pid === p.pid && s.kind === kind ? s.end - s.start : 0), 0) +
      st.cpus.reduce((n, c) => n + (c.pid === p.pid && c.phase === kind ? st.now - c.since : 0), 0);
    const open = (state: string) => (p.state === state ? st.now - p.stateSince : 0);
    const say = (what: string) => out.push(`P${p.pid}: ${what} ${JSON.stringify(mine)}`);
    for (let i = 1; i < mine.length; i++)
      if ((mine[i] as StateSpan).start !== (mine[i - 1] as StateSpan).end) say('spans leave a gap or overlap');
    const arrived = p.arrival <= st.now && !(p.state === 'TERMINATED' && p.completion === null);
    const end = p.completion ?? st.now;
    if (arrived && end > p.arrival && (mine[0]?.start !== p.arrival || mine[mine.length - 1]?.end !== end))
      say(`spans do not cover ${p.arrival}..${end}`);
    if (!arrived && mine.length > 0) say('spans before arrival');
    const switchIn = onCpu('switch');
    if (sum(S.ready) + switchIn !== p.readyTime + open('READY')) say('READY time differs');
    if (sum(S.waitingIo, S.waitingMemory) !== p.waitingTime + open('WAITING')) say('WAITING time differs');
    if (sum(S.suspended) !== p.suspendedTime + open('SUSPENDED')) say('SUSPENDED time differs');
    if (sum(S.running) !== switchIn + onCpu('run')) say('RUNNING time differs');
    const now = t.places.get(p.pid)?.state;
    const expected =
      p.state === 'NEW'
        ? p.arrival <= st.now
          ? S.newWaitingMemory
          : undefined
        : p.state === 'READY'
          ? p.cpu === null
            ? S.ready
            : S.running
          : p.state === 'RUNNING'
            ? S.running
            : p.state === 'WAITING'
              ? p.waitingFor === 'io' || p.waitingFor === 'fs' || p.waitingFor === 'net'
                ? S.waitingIo
                : S.waitingMemory
              : p.state === 'SUSPENDED'
                ? S.suspended
                : undefined;
    if (now !== expected) say(`is ${now} but the PCB says ${p.state}`);
  });
  return out;
}

describe('state spans read from the event log', () => {
  it('follow a process through a hand-worked run: ready, running, waiting for I/O', () => {
    // FIFO on one CPU: P1 runs 0-2, does I/O 2-5, waits for P2 until 6, runs 6-8; P2 waits 0-2, runs 2-6.
    const s = scenarioOf({ policy: 'FIFO' }, [{ bursts: [2, 3, 2] }, { bursts: [4] }]);
    const sim = new Simulation(s);
    sim.runToEnd();
    const t = trackStates(newStateTracker(), sim.state);
    const rows = (pid: number) =>
      closed(t)
        .filter((x) => x.pid === pid)
        .map((x) => [x.state, x.start, x.end]);
    expect(rows(1)).toEqual([
      [S.running, 0, 2],
      [S.waitingIo, 2, 5],
      [S.ready, 5, 6],
      [S.running, 6, 8],
    ]);
    expect(rows(2)).toEqual([
      [S.ready, 0, 2],
      [S.running, 2, 6],
    ]);
    expect(t.places.size).toBe(0);
  });

  it('a post-copy process waits in its target node for each remote page fault, from the fault to the page', () => {
    const method = { kind: 'postCopy', pushShare: 0.2 };
    const move = migrateOp(20, { process: 1, from: 'n0', to: 'n1', method, writes: { pages: 16, writesPerTick: 1 } });
    const cl = runClusterState(migrationScenario({ processes: [{ bursts: [300] }], operations: [move] }));
    const n1 = cl.nodes[1] as SimStateView;
    const t = trackStates(newStateTracker(), n1);
    const faults = n1.events.flatMap((e) => (e.kind === 'remoteFault' ? [[S.waitingIo, e.tick, e.until]] : []));
    expect(faults.length).toBeGreaterThan(0);
    const waits = closed(t)
      .filter((x) => x.pid === 1 && x.state === S.waitingIo)
      .map((x) => [x.state, x.start, x.end]);
    expect(waits).toEqual(faults);
    expect(disagreements(n1, t)).toEqual([]);
  });

  it('a process suspended during its I/O goes back to waiting for it, and to READY once it is done', () => {
    // P1 runs 0-1 and starts 5 ticks of I/O; suspended 2-4 it goes back to its I/O, done at 6; then 8-10 again.
    const ops = [
      { tick: 2, op: 'suspend' as const, pid: 1 },
      { tick: 4, op: 'resume' as const, pid: 1 },
      { tick: 7, op: 'suspend' as const, pid: 1 },
      { tick: 9, op: 'resume' as const, pid: 1 },
    ];
    const sim = new Simulation(
      scenarioOf({ policy: 'FIFO' }, [{ bursts: [1, 5, 1] }, { bursts: [12] }], { operations: ops }),
    );
    sim.seek(12);
    const t = trackStates(newStateTracker(), sim.state);
    const rows = closed(t)
      .filter((x) => x.pid === 1)
      .map((x) => [x.state, x.start, x.end]);
    expect(rows).toEqual([
      [S.running, 0, 1],
      [S.waitingIo, 1, 2],
      [S.suspended, 2, 4],
      [S.waitingIo, 4, 6],
      [S.ready, 6, 7],
      [S.suspended, 7, 9],
    ]);
    expect(disagreements(sim.state, t)).toEqual([]);
  });

  it('shows a fault that waits for a frame (frameWait) as a wait for memory, then READY when it tries again', () => {
    const file = new URL('../core/memory/subsystem/fixtures/one-frame-thrash.json', import.meta.url);
    const sim = new Simulation(valid(JSON.parse(readFileSync(file, 'utf8')))!);
    sim.seek(1000);
    const wait = sim.state.events.find((e) => e.kind === 'frameWait')!;
    const t = trackStates(newStateTracker(), sim.state);
    const span = closed(t).find((x) => x.pid === wait.pid && x.start === wait.tick);
    expect(span).toMatchObject({ state: S.waitingMemory, end: wait.until });
    expect(closed(t).find((x) => x.pid === wait.pid && x.start === wait.until)?.state).toBe(S.ready);
    expect(disagreements(sim.state, t)).toEqual([]);
  });

  // One test a preset: together they take seconds, past one test's timeout on a loaded machine.
  const presetFiles = readdirSync(PRESETS).filter((f) => f !== 'index.json');
  const memoryWaits = new Map<string, number>();
  it.each(presetFiles)('agree with the PCBs on preset %s', (file) => {
    const s = valid(JSON.parse(readFileSync(new URL(file, PRESETS), 'utf8')));
    expect(s, file).not.toBeNull();
    const sim = new Simulation(s as Scenario);
    const t = newStateTracker();
    for (let tick = 0; !sim.state.finished; tick += 3) {
      sim.seek(tick);
      expect(disagreements(sim.state, trackStates(t, sim.state)), `${file} at ${tick}`).toEqual([]);
    }
    memoryWaits.set(file, closed(t).filter((x) => x.state === S.waitingMemory).length);
  });

  it.each(['memory-swapping.json'])('show the page-fault waits of %s as such', (file) => {
    expect(memoryWaits.get(file)).toBeGreaterThan(0);
  });

  it('read incrementally through any seeks (forward, back, operations) give what one reading gives', () => {
    fc.assert(
      fc.property(
        fuzzScenarioArb,
        fc.array(fc.integer({ min: 0, max: 60 }), { minLength: 1, maxLength: 8 }),
        (raw, ticks) => {
          const s = valid(raw);
          if (!s) return;
          const sim = new Simulation(s);
          const t = newStateTracker();
          for (const tick of ticks) {
            sim.seek(tick);
            trackStates(t, sim.state);
            const fresh = trackStates(newStateTracker(), sim.state);
            expect(closedStates(t, 0)).toEqual(closedStates(fresh, 0));
            expect(t.places).toEqual(fresh.places);
            expect(disagreements(sim.state, t)).toEqual([]);
          }
          sim.runToEnd();
          expect(disagreements(sim.state, trackStates(t, sim.state))).toEqual([]);
        },
      ),
      { seed: 7, numRuns: 200 },
    );
  }, 60_000);

  it('go back to the right mark in a long run, however far a seek goes back', () => {
    // 2,400 ticks of two processes taking turns with I/O between: thousands of events, many marks.
    const s = scenarioOf({ policy: 'RR', quantum: 1 }, [{ bursts: [600, 3, 600] }, { bursts: [500, 5, 700] }]);
    const sim = new Simulation(s);
    const t = newStateTracker();
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 2500 }), { minLength: 1, maxLength: 5 }), (ticks) => {
        for (const tick of ticks) {
          sim.seek(tick);
          trackStates(t, sim.state);
          expect(closedStates(t, 0)).toEqual(closedStates(trackStates(newStateTracker(), sim.state), 0));
        }
        expect(disagreements(sim.state, t)).toEqual([]);
      }),
      { seed: 3, numRuns: 15 },
    );
    expect(t.marks.length).toBeGreaterThan(1);
  }, 60_000);
});
