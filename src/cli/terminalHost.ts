import { type FsPicture, type MemorySnapshot, type Scenario } from '../core/index';
import { createHandler } from '../worker/handler';
import {
  applyProcessPatch,
  EAGER_END_STEPS,
  noHeldRows,
  PROTOCOL_VERSION,
  type Frame,
  type FromSim,
  type HeldRows,
  type WireFrame,
} from '../protocol';
import type { MoveResult, Refused, ShellHost } from '../shell/host';

const BEYOND_END = Number.MAX_SAFE_INTEGER;

export interface TerminalHost extends ShellHost {
  /** a command line typed, for `history` */
  remember(line: string): void;
}

/** The frame whole: the wire sends only the process rows that changed since the last frame. */
function applyFrame(prev: Frame | null, wire: WireFrame, held: HeldRows): Frame {
  const { processPatch, ...rest } = wire;
  return { ...rest, processes: applyProcessPatch(prev?.processes ?? [], processPatch, held) };
}

function refusal(reply: FromSim): Refused {
  if (reply.type === 'invalid') return { ok: false, errors: reply.errors };
  if (reply.type === 'error') return { ok: false, errors: [{ message: reply.message }] };
  return { ok: false, errors: [{ message: `The simulation answered ${reply.type}, not what was asked.` }] };
}

/**
 * A ShellHost for the terminal: the worker's own message handler, in this process, on one scenario. The
 * browser's store talks to the same handler in its Web Worker, so a command does the same in both.
 */
export function terminalHost(
  input: unknown,
  writeFile: (path: string, text: string) => void,
): { ok: true; host: TerminalHost; scenario: Scenario } | { ok: false; errors: string[] } {
  const handle = createHandler({ nowMs: () => 0 });
  let id = 0;
  const ask = (msg: object): FromSim => handle({ ...msg, id: ++id })[0] as FromSim;
  ask({ type: 'hello', protocol: PROTOCOL_VERSION });
  const loaded = ask({ type: 'load', scenario: input });
  if (loaded.type !== 'loaded') return { ok: false, errors: refusal(loaded).errors.map((e) => e.message) };

  let scenario = loaded.scenario;
  /** one session for the terminal's life: it loads once and never shows another node */
  const held = noHeldRows();
  let frame = applyFrame(null, loaded.frame, held);
  let memory: MemorySnapshot | null = loaded.frame.memory?.snapshot ?? null;
  let fs: FsPicture | null = loaded.frame.fs?.picture ?? null;
  const history: string[] = [];
  let cwd = '/';
  const take = (wire: WireFrame): Frame => {
    frame = applyFrame(frame, wire, held);
    memory = wire.memory ? (wire.memory.snapshot ?? memory) : null;
    fs = wire.fs ? (wire.fs.picture ?? fs) : null;
    return frame;
  };
  const move = (msg: object): MoveResult => {
    const reply = ask(msg);
    return reply.type === 'frame' ? { ok: true, frame: take(reply.frame) } : refusal(reply);
  };
  // A run's end is found on loading if that is quick, as the browser's page asks: the rest learn it when run to.
  const ended = ask({ type: 'end', atMost: EAGER_END_STEPS });
  if (ended.type === 'frame') take(ended.frame);

  const host: TerminalHost = {
    front: 'terminal',
    view: () => ({
      ready: true,
      scenario,
      frame,
      memory,
      fs,
      playing: false,
      speed: 'max',
      history,
      textbook: false,
      selectedPid: null,
      cwd,
    }),
    remember: (line) => void history.push(line),
    setCwd: (path) => void (cwd = path),
    async operate(request) {
      const reply = ask({ type: 'operation', request });
      if (reply.type !== 'operated') return refusal(reply);
      scenario = reply.scenario;
      return { ok: true, frame: take(reply.frame), narration: reply.narration };
    },
    seek: async (tick) => move({ type: 'seek', tick }),
    stepForward: async () => move({ type: 'step', direction: 'forward', unit: 'tick' }),
    runToEnd: async () => move({ type: 'seek', tick: BEYOND_END }),
    play: () => undefined,
    pause: () => undefined,
    async pageTable(pid) {
      const reply = ask({ type: 'pageTable', pid });
      return reply.type === 'pageTable' ? { ok: true, rows: reply.rows } : refusal(reply);
    },
    async systemState() {
      const reply = ask({ type: 'systemState' });
      return reply.type === 'systemState' ? { ok: true, state: reply.state } : refusal(reply);
    },
    async save(path, content) {
      try {
        writeFile(path, content);
        return { ok: true, said: `Wrote ${path}` };
      } catch (e) {
        return { ok: false, error: `cannot write ${path}: ${e instanceof Error ? e.message : String(e)}` };
      }
    },
    async ostep(command) {
      const reply = ask({ type: 'ostep', command });
      if (reply.type !== 'ostepSolved') return { ok: false, error: refusal(reply).errors[0]?.message ?? '' };
      return reply.result.ok ? { ok: true, text: reply.result.text } : { ok: false, error: reply.result.error };
    },
  };
  return { ok: true, host, scenario };
}
