import { describe, expect, it } from 'vitest';
import { scenarioOf } from '../core/testing/scenarioOf';
import { ROWS_PER_POST } from '../protocol';
import { WORST_ACCEPTED } from '../core/testing/costly';
import { createAppStore } from './appStore';
import { ticksAFrame } from './playbackSlice';
import { inProcessClient } from './inProcessClient';
import type { FrameScheduler } from './deps';

const scenario = scenarioOf({ policy: 'RR', quantum: 2 }, [
  { bursts: [5, 3, 2] },
  { arrival: 1, bursts: [4] },
  { arrival: 2, bursts: [3] },
]);

function manualFrames(): FrameScheduler & { flush(t: number): void } {
  let next = 1;
  const queue = new Map<number, (t: number) => void>();
  return {
    request: (cb) => (queue.set(next, cb), next++),
    cancel: (h) => void queue.delete(h),
    flush(t) {
      const due = [...queue.values()];
      queue.clear();
      due.forEach((cb) => cb(t));
    },
  };
}
const settle = () => new Promise((r) => setTimeout(r, 0));
let clock = 0;

async function started() {
  const frames = manualFrames();
  const clients: ReturnType<typeof inProcessClient>[] = [];
  const store = createAppStore({
    makeClient: () => {
      const c = inProcessClient();
      clients.push(c);
      return c;
    },
    frames,
    clockMs: () => clock,
  });
  await store.getState().start();
  expect((await store.getState().load(scenario, 'test')).ok).toBe(true);
  return { store, frames, clients };
}

describe('app store', () => {
  it('loads a scenario with defaults filled in and a frame at tick 0', async () => {
    const { store } = await started();
    const s = store.getState();
    expect(s.status).toBe('ready');
    expect(s.scenario?.options.contextSwitchCost).toBe(0);
    expect(s.frame?.tick).toBe(0);
    expect(s.frame?.endTick).toBe(17);
  });

  it('makes the process table of a load whose rows went ahead a task before it renders it, and only then', async () => {
    const events: string[] = [];
    const store = createAppStore({
      makeClient: () => {
        const c = inProcessClient();
        // Each reply, and the first task after it: whether the store applied it in the reply's task or a later one.
        return {
          ...c,
          request: (msg) =>
            c.request(msg).then((reply) => {
              events.push('reply');
              setTimeout(() => events.push('task'), 0);
              return reply;
            }),
        };
      },
      frames: manualFrames(),
      clockMs: () => clock,
    });
    await store.getState().start();
    store.subscribe((s, prev) => void (s.frame !== prev.frame && events.push('frame')));
    for (const count of [ROWS_PER_POST, ROWS_PER_POST + 1]) {
      events.length = 0;
      const processes = Array.from({ length: count }, (_, k) => ({ arrival: k, bursts: [1] }));
      expect((await store.getState().load(scenarioOf({ policy: 'FIFO' }, processes), 'test')).ok).toBe(true);
      await settle();
      const applied = events.indexOf('frame');
      const taskAfterReplies = events.indexOf('task', events.lastIndexOf('reply'));
      expect(applied).toBeGreaterThan(-1);
      if (count > ROWS_PER_POST) expect(applied).toBeGreaterThan(taskAfterReplies);
      else expect(applied).toBeLessThan(taskAfterReplies);
      const { frame, processIndex } = store.getState();
      expect(frame?.processes.map((p) => p.pid)).toEqual(processes.map((_, k) => k + 1));
      expect(processIndex.get(count)).toBe(count - 1);
    }
  });

  it('applies a load sent while another is made apart after it, so the last one asked for is the one shown', async () => {
    const { store } = await started();
    const processes = Array.from({ length: ROWS_PER_POST + 1 }, (_, k) => ({ arrival: k, bursts: [1] }));
    const large = scenarioOf({ policy: 'FIFO' }, processes);
    // The small one's reply comes while the large one's table is being made, a task or more after its reply.
    const loads = [store.getState().load(large, 'test'), store.getState().load(scenario, 'test')];
    expect((await Promise.all(loads)).map((l) => l.ok)).toEqual([true, true]);
    expect(store.getState().scenario?.processes).toHaveLength(3);
    expect(store.getState().frame?.processes).toHaveLength(3);
  });

  it("asks for the run's end right behind a load, before the load's reply is read, and applies both together", async () => {
    const events: string[] = [];
    const store = createAppStore({
      makeClient: () => {
        const c = inProcessClient();
        return {
          ...c,
          request: (msg) => {
            events.push(`ask ${msg.type}`);
            return c.request(msg).then((reply) => (events.push(`reply ${reply.type}`), reply));
          },
        };
      },
      frames: manualFrames(),
      clockMs: () => clock,
    });
    await store.getState().start();
    store.subscribe((s, prev) => void (s.frame !== prev.frame && events.push(`frame ${s.frame?.endKnown}`)));
    for (const [input, end] of [
      [scenario, ['reply frame', 'frame false', 'frame true']],
      // Too long to find at once: the worker says so, and the run shows its estimate.
      [WORST_ACCEPTED['RR quantum 1, two 4.9*10^5-tick bursts'], ['reply moving', 'frame false']],
    ] as const) {
      events.length = 0;
      expect((await store.getState().load(input, 'test')).ok).toBe(true);
      expect(events).toEqual(['ask load', 'ask end', 'reply loaded', ...end]);
    }
  });

  it("makes a large load's process table while its end is found, and shows the run with its end at once", async () => {
    const events: string[] = [];
    const gate: { shut?: Promise<void>; open?: () => void } = {};
    const store = createAppStore({
      makeClient: () => {
        const c = inProcessClient();
        return {
          ...c,
          request: async (msg) => {
            const reply = await c.request(msg);
            if (msg.type === 'end') await gate.shut;
            events.push(`reply ${msg.type}`);
            setTimeout(() => events.push('task'), 0);
            return reply;
          },
        };
      },
      frames: manualFrames(),
      clockMs: () => clock,
    });
    await store.getState().start();
    expect((await store.getState().load(scenario, 'test')).ok).toBe(true);
    store.subscribe((s, prev) => void (s.frame !== prev.frame && events.push('frame')));
    gate.shut = new Promise<void>((resolve) => (gate.open = resolve));
    events.length = 0;
    const processes = Array.from({ length: ROWS_PER_POST + 1 }, (_, k) => ({ arrival: k, bursts: [1] }));
    const loading = store.getState().load(scenarioOf({ policy: 'FIFO' }, processes), 'test');
    for (let i = 0; i < 5; i++) await settle();
    // The views never see a run without its end: the old one stays meanwhile.
    expect(store.getState().frame?.processes).toHaveLength(3);
    expect(events).not.toContain('frame');
    gate.open?.();
    expect((await loading).ok).toBe(true);
    await settle();
    const ended = events.indexOf('reply end');
    expect(events.indexOf('frame')).toBeGreaterThan(ended);
    // Applied in the task the end came in: its table was made before.
    expect(events.indexOf('frame')).toBeLessThan(events.indexOf('task', ended));
    expect(store.getState().frame).toMatchObject({ endKnown: true, endTick: ROWS_PER_POST + 1 });
    expect(store.getState().processIndex.get(ROWS_PER_POST + 1)).toBe(ROWS_PER_POST);
  });

  it('applies a step asked while a load is on its way after the load and its end, as the worker made them', async () => {
    // Each reply in a task of its own, in the order the worker made them, as a Web Worker's messages come.
    const store = createAppStore({
      makeClient: () => {
        const c = inProcessClient();
        return { ...c, request: (msg) => c.request(msg).then((r) => new Promise((ok) => setTimeout(() => ok(r), 0))) };
      },
      frames: manualFrames(),
      clockMs: () => clock,
    });
    await store.getState().start();
    expect((await store.getState().load(scenario, 'test')).ok).toBe(true);
    await store.getState().seek(6);
    const other = scenarioOf({ policy: 'FIFO' }, [{ bursts: [3] }, { arrival: 1, bursts: [2] }]);
    const loading = store.getState().load(other, 'test');
    const stepped = await store.getState().step('forward');
    expect((await loading).ok).toBe(true);
    const { frame } = store.getState();
    expect(stepped.ok && stepped.frame.tick).toBe(1);
    expect(frame).toMatchObject({ tick: 1, endKnown: true, endTick: 5 });
    expect(frame?.processes.map((p) => [p.pid, p.state])).toEqual([
      [1, 'RUNNING'],
      [2, 'READY'],
    ]);
  });

  it("shows a refused first load's refusal, not that the end behind it found nothing loaded", async () => {
    const store = createAppStore({ makeClient: () => inProcessClient(), frames: manualFrames(), clockMs: () => clock });
    await store.getState().start();
    const refused = await store.getState().load({ ...scenario, processes: [{ pid: 1 }] }, 'file');
    expect(refused.ok).toBe(false);
    expect(store.getState().errors).toEqual(refused.ok ? [] : refused.errors);
    expect(store.getState().errorSource).toBe('file');
    expect(store.getState().frame).toBeNull();
  });

  it('keeps the last good scenario when new input is refused', async () => {
    const { store } = await started();
    await store.getState().seek(6);
    expect((await store.getState().load({ ...scenario, processes: [{ pid: 1 }] }, 'file')).ok).toBe(false);
    const s = store.getState();
    expect(s.errors.length).toBeGreaterThan(0);
    expect(s.errorSource).toBe('file');
    expect(s.scenario?.processes).toHaveLength(3);
    await s.step('forward');
    expect(store.getState().frame?.tick).toBe(7);
  });

  it('plays by animation frames, one request at a time, at the chosen speed', async () => {
    const { store, frames } = await started();
    store.getState().setSpeed(10);
    store.getState().play();
    frames.flush(1000);
    await settle();
    frames.flush(1200); // 0.2 s at 10 ticks/s = 2 ticks
    await settle();
    expect(store.getState().frame?.tick).toBe(2);
    frames.flush(1350); // 1.5 more ticks: 1 now, the half carried over
    await settle();
    expect(store.getState().frame?.tick).toBe(3);
    frames.flush(1400);
    await settle();
    expect(store.getState().frame?.tick).toBe(4);
    store.getState().pause();
    frames.flush(2000);
    await settle();
    expect(store.getState().frame?.tick).toBe(4);
    expect(store.getState().playing).toBe(false);
  });

  it('asks the worker for a frame at most every other display frame when fast, losing no tick', async () => {
    const { store, frames } = await started();
    store.getState().setSpeed(150);
    store.getState().play();
    let worked = 0;
    store.subscribe((s, before) => {
      if (s.frame !== before.frame) worked++;
    });
    frames.flush(1000);
    await settle();
    // five frames of a 50 Hz display: 0.1 s at 150 ticks/s is 15 ticks, in three frames of the worker's
    for (let i = 1; i <= 5; i++) {
      frames.flush(1000 + i * 20);
      await settle();
    }
    expect(worked).toBe(3);
    expect(store.getState().frame?.tick).toBe(15);
    expect(ticksAFrame(120)).toBe(4);
    expect(ticksAFrame(10)).toBe(1);
  });

  it('refreshes the slow frame at most every 250 ms while playing, and on pause', async () => {
    const { store, frames } = await started();
    store.getState().setSpeed(10);
    store.getState().play();
    clock = 1000;
    frames.flush(1000);
    await settle();
    clock = 1200;
    frames.flush(1200);
    await settle();
    expect(store.getState().frame?.tick).toBe(2);
    expect(store.getState().slowFrame?.tick).toBe(2);
    clock = 1300;
    frames.flush(1300);
    await settle();
    expect(store.getState().frame?.tick).toBe(3);
    expect(store.getState().slowFrame?.tick).toBe(2);
    store.getState().pause();
    expect(store.getState().slowFrame?.tick).toBe(3);
  });

  it("stops playing at the end at 'max' speed", async () => {
    const { store, frames } = await started();
    store.getState().setSpeed('max');
    store.getState().play();
    for (let t = 0; t < 20 && store.getState().playing; t++) {
      frames.flush(t * 16);
      await settle();
    }
    expect(store.getState().frame?.tick).toBe(17);
    expect(store.getState().playing).toBe(false);
  });

  it('rebuilds the timeline exactly when stepping back', async () => {
    const { store } = await started();
    await store.getState().seek(17);
    const full = store.getState().timeline.rows;
    await store.getState().seek(4);
    const part = store.getState().timeline.rows;
    expect(part).toBeLessThan(full);
    await store.getState().seek(17);
    expect(store.getState().timeline.rows).toBe(full);
  });

  it('says so when the simulation dies, and a restart brings back the scenario and the tick', async () => {
    const { store, clients } = await started();
    await store.getState().operate({ op: 'kill', pid: 3 });
    await store.getState().seek(9);
    clients[0]?.crash('out of memory');
    expect(store.getState().status).toBe('crashed');
    expect(store.getState().statusMessage).toContain('out of memory');
    await store.getState().restart();
    const s = store.getState();
    expect(s.status).toBe('ready');
    expect(s.frame?.tick).toBe(9);
    expect(s.scenario?.operations).toEqual([{ tick: 0, op: 'kill', pid: 3 }]);
    expect(s.frame?.processes.find((p) => p.pid === 3)?.state).toBe('TERMINATED');
  });
});
