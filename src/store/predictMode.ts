import type { Scenario, SchedulingDecision } from '../core/index';
import type { SliceContext } from './deps';

/**
 * "Who runs next?": while the run plays, it stops just before each scheduling decision and asks which
 * READY process the scheduler will pick. The question and its answer are the core's own next decision
 * (core/teach/predict.ts, asked of the simulation's worker), never written by hand.
 */
export type PredictState =
  | { on: false }
  | {
      on: true;
      right: number;
      asked: number;
      /** the decision being asked about (the run is held at its tick - 1), or null between questions */
      question: SchedulingDecision | null;
      /** the student's pick for it, once made: then the core's answer and reason are shown */
      choice: number | null;
    };

export interface PredictSlice {
  predict: PredictState;
  /** turns the mode on from tick 0 on the Simulate view, and plays */
  startPredict(): Promise<void>;
  stopPredict(): void;
  answerPredict(pid: number): void;
  /** after an answer: shows the decision and plays on to the next one */
  continuePredict(): Promise<void>;
  /**
   * Follows the run (call it whenever the frame or playing changes; PredictPrompt does): pauses and holds
   * the run just before the next decision while playing.
   */
  followPredict(): void;
}

export function predictSlice({ set, get, send }: SliceContext): PredictSlice {
  /** the finder's answer for a run (its scenario) and a tick: play asks for the same tick at every frame */
  let found: { scenario: Scenario; tick: number; decision: Promise<SchedulingDecision | null> } | null = null;
  /** the tick up to which decisions are settled (asked, passed, or before the mode began) */
  let settled = 0;

  // A load or an operation makes a new scenario object: its run is another run.
  const next = (scenario: Scenario, tick: number): Promise<SchedulingDecision | null> => {
    if (found?.scenario !== scenario || found.tick !== tick)
      found = {
        scenario,
        tick,
        decision: send({ type: 'nextDecision', after: tick }).then((r) => (r?.type === 'decision' ? r.decision : null)),
      };
    return found.decision;
  };

  /** Holds the run just before decision `d` when it is still the one the run is playing towards. */
  const hold = (d: SchedulingDecision | null, scenario: Scenario) => {
    const { predict: p, frame, playing } = get();
    if (!d || !p.on || p.question || !playing || !frame || get().scenario !== scenario) return;
    if (frame.tick < d.tick - 1) return;
    get().pause();
    settled = d.tick - 1;
    set({ predict: { ...p, question: d, choice: null } });
    // A fast run can pass the decision before the answer came: back to the tick before it.
    if (frame.tick !== d.tick - 1) void get().seek(d.tick - 1);
  };

  return {
    predict: { on: false },
    async startPredict() {
      settled = 0;
      set({ predict: { on: true, right: 0, asked: 0, question: null, choice: null }, view: 'simulate' });
      await get().reset();
      get().play();
    },
    stopPredict: () => set({ predict: { on: false } }),
    answerPredict(pid) {
      const p = get().predict;
      if (!p.on || !p.question || p.choice !== null) return;
      const right = p.question.pid === pid;
      set({ predict: { ...p, choice: pid, asked: p.asked + 1, right: p.right + (right ? 1 : 0) } });
    },
    async continuePredict() {
      const p = get().predict;
      if (!p.on || !p.question) return;
      settled = p.question.tick;
      set({ predict: { ...p, question: null, choice: null } });
      await get().seek(settled);
      get().play();
    },
    followPredict() {
      const { predict: p, frame, playing, scenario } = get();
      if (!p.on || !frame || !scenario) return;
      const q = p.question;
      if (q) {
        if (frame.tick === q.tick - 1) return;
        // The run was moved off the question (Play, a step, the slider): a pass, not a wrong answer.
        settled = frame.tick >= q.tick ? q.tick : frame.tick;
        set({ predict: { ...p, question: null, choice: null } });
      } else if (frame.tick < settled || !playing) settled = frame.tick;
      if (!playing) return;
      // The simulation finds the decision (in the worker); the run goes on playing meanwhile.
      void next(scenario, settled).then((d) => hold(d, scenario));
    },
  };
}
