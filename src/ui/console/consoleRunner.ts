import type { AppStore } from '../../store/appStore';
import { download } from '../files/download';
import { runLine } from '../../shell/commands';
import { completionPaths } from '../../shell/vfsPlace';
import { complete, type Completion } from '../../shell/complete';
import type { ShellHost } from '../../shell/host';

export interface ConsoleRunner {
  /** echoes the line, runs it through the same store actions as the buttons, and logs the answer */
  run(line: string): Promise<void>;
  /** Tab completion of `line` against the current run */
  complete(line: string): Completion;
}

/**
 * Runs console commands over a store. The command layer (pure) sees the store only through a ShellHost
 * built over the store's own actions, so a typed `kill 1` is the Kill button. Commands run one after
 * another, in the order typed; the store keeps only the log and the history.
 */
export function createConsoleRunner(store: AppStore): ConsoleRunner {
  let queue: Promise<void> = Promise.resolve();
  const get = store.getState;
  // The console's own, as a shell's: not part of the simulation, so not recorded or replayed.
  let cwd = '/';

  const host: ShellHost = {
    front: 'browser',
    view: () => {
      const s = get();
      return {
        ready: s.status === 'ready',
        scenario: s.scenario,
        frame: s.frame,
        memory: s.memory,
        fs: s.fs,
        playing: s.playing,
        speed: s.speed,
        history: s.consoleHistory,
        textbook: s.naming === 'textbook',
        selectedPid: s.selectedPid,
        cwd,
      };
    },
    // The refusal is said here, in the console; the error banner need not say it again.
    operate: (request) => get().operate(request, { quiet: true }),
    seek: (tick) => get().seek(tick),
    stepForward: () => get().step('forward', 'tick'),
    runToEnd: () => get().runToEnd(),
    play: () => get().play(),
    pause: () => get().pause(),
    pageTable: (pid) => get().pageTable(pid),
    systemState: () => get().systemState(),
    async save(filename, content) {
      download(filename, content);
      return { ok: true, said: `Downloading ${filename}` };
    },
    setCwd: (path) => void (cwd = path),
    async ostep(command) {
      const answered = await get().runOstep(command);
      return answered.ok ? { ok: true, text: answered.solved.text } : answered;
    },
  };

  const execute = async (line: string): Promise<void> => {
    const trimmed = line.trim();
    get().appendConsole([{ kind: 'input', text: line }]);
    if (trimmed === '') return;
    get().rememberCommand(trimmed);
    store.setState({ consoleBusy: true });
    try {
      const result = await runLine(trimmed, host);
      if (result.clear) get().clearConsole();
      get().appendConsole(result.lines);
    } finally {
      store.setState({ consoleBusy: false });
    }
  };

  return {
    run(line) {
      const run = queue.then(() => execute(line));
      // A failed command must not stop the ones typed after it.
      queue = run.catch(() => undefined);
      return run;
    },
    complete: (line) => complete(line, get().frame?.processes ?? [], completionPaths(get())),
  };
}
