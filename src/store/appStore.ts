import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ProcessMetrics } from '../core/index';
import type { MemorySnapshot } from '../core/memory/snapshot';
import {
  allSteps,
  EAGER_END_STEPS,
  noHeldRows,
  processPatchSteps,
  ROWS_PER_POST,
  STATE_FIELDS,
  withFigures,
  type FromSim,
  type MemoryFramePart,
  type ProcessPatch,
} from '../protocol';
import { refusedWith, type Reply } from './results';
import type { Request, SimClient } from './client';
import { compareSlice } from './compareSlice';
import type { SliceContext, StoreDeps } from './deps';
import { playbackSlice } from './playbackSlice';
import { scenarioSlice } from './scenarioSlice';
import { sessionSlice } from './sessionSlice';
import { applyPatch } from './timelineBuffer';
import { updateProcessIndex, type ProcessIndex } from './processIndex';
import type { AppState } from './types';
import { viewSlice } from './viewSlice';
import { consoleSlice } from './consoleSlice';
import { memorySlice } from './memorySlice';
import { namingSlice } from './namingSlice';
import { ostepSlice } from './ostepSlice';
import { presentSlice } from './presentSlice';
import { shareSlice } from './shareSlice';
import { teachSlice } from './teachSlice';
import { draftSlice } from './draftSlice';

export type AppStore = StoreApi<AppState>;

/** The snapshot a frame brings, or the one held with the frame's figures laid over it, or the one held. */
function memoryOf(part: MemoryFramePart, held: MemorySnapshot | null): MemorySnapshot | null {
  if (part.snapshot) return part.snapshot;
  return held && part.figures ? withFigures(held, part.figures) : held;
}

/** The memory graphs' points after a frame: unchanged (same array) when nothing new came. */
function patchSamples<T>(rows: T[], patch: { from: number; rows: T[] }): T[] {
  if (patch.rows.length === 0 && patch.from === rows.length) return rows;
  return [...rows.slice(0, patch.from), ...patch.rows];
}

type FrameReply = Extract<FromSim, { type: 'loaded' | 'frame' | 'operated' }>;

/** The process table after a frame, and what it was made from (the frame before and the frame's patch). */
interface ProcessRows {
  before: AppState['frame'];
  patch: ProcessPatch;
  processes: ProcessMetrics[];
  processIndex: ProcessIndex;
}

const isFrameReply = (reply: FromSim): reply is FrameReply =>
  reply.type === 'loaded' || reply.type === 'frame' || reply.type === 'operated';

/**
 * A loaded run whose rows went ahead of its reply (postedReply.ts): its process table is made in tasks of
 * STEP_ROWS rows, its index in one more, before the task that renders it. Made and rendered together, 100,000
 * processes' first frame was the longest task of an import (50-70 ms on a quiet machine, 125 at load 11), a third
 * of it the table and its index; the table alone in one task took 50 ms at load 8 (85 with the scavenge it set off).
 */
const madeApart = (reply: FromSim): reply is FrameReply =>
  reply.type === 'loaded' && reply.frame.processPatch.changed.length > ROWS_PER_POST;
const STEP_ROWS = 10_000;

/** A task later: what was done so far is a task of its own. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** What `steps` comes to, a task a step. */
async function aTaskEach<T>(steps: Generator<void, T>): Promise<T> {
  let step = steps.next();
  while (!step.done) {
    await nextTask();
    step = steps.next();
  }
  return step.value;
}

/** The requests whose reply may bring a new run (loaded or operated), whose end is asked for right behind them. */
const ASKS_END: ReadonlySet<Request['type']> = new Set(['load', 'open', 'operation']);

/** How often the heavy views follow a playing run, in ms. */
export const SLOW_FRAME_MS = 250;

/**
 * One store per app (or per test), built from slices. Only store actions talk to the simulation; every
 * reply that carries a frame is applied here, in one place.
 */
export function createAppStore(deps: StoreDeps): AppStore {
  let client: SimClient | null = null;
  let slowFrameAt = -Infinity;
  /** the rows a patch's `again` names (the worker keeps the same for each session: a load, another node shown) */
  let heldRows = noHeldRows();
  /** a load being made apart (madeApart), until it is applied */
  let makingApart: Promise<Reply> | null = null;
  /**
   * `reply`'s process table made on the state `s` (the part of applying a frame that grows with the processes), in
   * steps of `rowsPerStep` changed rows, then its index in a step of its own when there were steps
   */
  function* rowsAfter(reply: FrameReply, s: AppState, rowsPerStep = Infinity): Generator<void, ProcessRows> {
    // Another node shown brings other processes, as a load does.
    const fresh = reply.type === 'loaded' || reply.frame.cluster?.shown !== s.frame?.cluster?.shown;
    if (fresh) heldRows = noHeldRows();
    const patch = reply.frame.processPatch;
    const processes = yield* processPatchSteps(s.frame?.processes ?? [], patch, heldRows, rowsPerStep);
    if (patch.changed.length > rowsPerStep) yield;
    return { before: s.frame, patch, processes, processIndex: updateProcessIndex(s.processIndex, processes, fresh) };
  }
  return createStore<AppState>()((set, get) => {
    const connect = (): SimClient => {
      const c = deps.makeClient();
      c.onCrash((message) => {
        if (client !== c) return;
        get().pause();
        set({ status: 'crashed', statusMessage: `The simulation stopped: ${message}`, busy: false });
      });
      client = c;
      return c;
    };
    const apply = (reply: FromSim, made?: ProcessRows): Reply => {
      if (isFrameReply(reply)) {
        const s = get();
        const { processPatch, ...rest } = reply.frame;
        // Made before for this patch on this very frame, or made now.
        const rows = made?.patch === processPatch && made.before === s.frame ? made : allSteps(rowsAfter(reply, s));
        const frame = { ...rest, processes: rows.processes };
        const now = deps.clockMs();
        const slow = !s.playing || frame.finished || now - slowFrameAt >= SLOW_FRAME_MS;
        if (slow) slowFrameAt = now;
        const mem = frame.memory;
        set({
          frame,
          memory: mem ? memoryOf(mem, reply.type === 'loaded' ? null : s.memory) : null,
          memorySamples: mem?.samples ? patchSamples(s.memorySamples, mem.samples) : [],
          memoryRecent: mem?.recent ?? [],
          memoryWaiting: mem?.waiting ?? [],
          heap: frame.heap ? (frame.heap.picture ?? (reply.type === 'loaded' ? null : s.heap)) : null,
          fs: frame.fs ? (frame.fs.picture ?? (reply.type === 'loaded' ? null : s.fs)) : null,
          fsSamples: frame.fs?.samples ? patchSamples(s.fsSamples, frame.fs.samples) : [],
          ...(slow && { slowFrame: frame }),
          processIndex: rows.processIndex,
          timeline: applyPatch(s.timeline, reply.frame.timeline),
          gpuTimeline: applyPatch(s.gpuTimeline, reply.frame.gpuTimeline),
          stateTimeline: applyPatch(s.stateTimeline, reply.frame.stateTimeline, STATE_FIELDS),
          ...(reply.type !== 'frame' && {
            scenario: reply.scenario,
            scenarioJson: reply.scenarioJson,
            facts: reply.facts,
          }),
        });
        return { ...reply, frame };
      }
      if (reply.type === 'error') set({ errors: refusedWith(reply.message).errors, errorSource: 'simulation' });
      return reply;
    };
    const ctx: SliceContext = {
      set,
      get,
      deps,
      async send(msg: Request) {
        const c = client ?? connect();
        // A long move under way is for the run a load replaces. Cancelled when the load is sent, not when its
        // reply comes: a move asked for while the new run's end is being found belongs to the new run.
        if (msg.type === 'load' || msg.type === 'open') get().cancel();
        set({ busy: true });
        try {
          const asked = c.request(msg);
          // Loading runs nothing, so the end tick (the time slider's end) is asked for right behind a load or an
          // operation, and found if that is quick, and both replies are applied together: the views never see a
          // run without its end. Asked before the first reply is read (a large load's is some fifteen messages,
          // read a task each), so the worker finds the end while the page reads and makes the table. A long run's
          // end is found when it is run to (in slices, with a Cancel).
          const endAsked = ASKS_END.has(msg.type) ? c.request({ type: 'end', atMost: EAGER_END_STEPS }) : null;
          // A crash rejects both, and the first one's rejection is the one met.
          endAsked?.catch(() => null);
          const first = await asked;
          // Replies are applied in the order they came: one that comes while a load is made apart waits for it.
          for (let before = makingApart; before; before = makingApart) await before.catch(() => null);
          const apart = madeApart(first);
          const applied = (async () => {
            let made: ProcessRows | undefined;
            if (apart) {
              made = await aTaskEach(rowsAfter(first, get(), STEP_ROWS));
              await nextTask();
            }
            const ended = await endAsked;
            const reply = apply(first, made);
            // 'moving': not run for (a long run, or one whose end is known).
            if (!ended || ended.type === 'moving') return reply;
            if (!isFrameReply(first)) {
              // A refusal is what the caller meets; the run it left is moved by a frame, as by any the worker sends.
              if (ended.type === 'frame') apply(ended);
              return reply;
            }
            const after = apply(ended);
            return after.type === 'frame' ? { ...reply, frame: after.frame } : after;
          })();
          if (!apart) return await applied;
          makingApart = applied;
          try {
            return await applied;
          } finally {
            makingApart = null;
          }
        } catch {
          return null; // the crash listener has already said what happened
        } finally {
          if (client === c) set({ busy: false });
        }
      },
      reconnect() {
        client?.terminate();
        connect();
      },
    };
    return {
      ...sessionSlice(ctx),
      ...scenarioSlice(ctx),
      ...playbackSlice(ctx),
      ...compareSlice(ctx),
      ...viewSlice(ctx),
      ...memorySlice(ctx),
      ...shareSlice(ctx),
      ...consoleSlice(ctx),
      ...teachSlice(ctx),
      ...presentSlice(ctx),
      ...ostepSlice(ctx),
      ...namingSlice(ctx),
      ...draftSlice(ctx),
    };
  });
}
