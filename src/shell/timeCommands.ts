import { freshNarration } from '../protocol';
import { statusLine } from './dashboard';
import { narrationText } from './effects';
import { figure } from './format';
import { fail, out, refusalText, type ShellHost } from './host';
import { num, type Command } from './spec';

const now = (host: ShellHost): number => host.view().frame?.tick ?? 0;
/** The run's end tick; a long run's end is not known until it is run to, and is then still ahead. */
const end = (host: ShellHost): number => {
  const f = host.view().frame;
  return f?.endKnown === false ? Infinity : (f?.endTick ?? 0);
};

const step: Command = {
  name: 'step',
  args: [{ name: 'N', kind: 'count', optional: true }],
  help: 'move N ticks forward (default 1) and print what happened',
  run: async (a, host) => {
    const n = (a.N as number | undefined) ?? 1;
    host.pause();
    const from = now(host);
    if (from >= end(host)) return out(`The run has ended at tick ${from}.`);
    const before = host.view().frame?.narration ?? [];
    const moved = await (n === 1 ? host.stepForward() : host.seek(from + n));
    if (!moved.ok) return fail(`step: ${refusalText(moved)}`);
    const fresh = freshNarration(before, moved.frame.narration);
    return out(
      `Now at tick ${moved.frame.tick}.`,
      ...(fresh.length > 0 ? fresh.map(narrationText) : ['Nothing happened.']),
    );
  },
};

const goto: Command = {
  name: 'goto',
  args: [{ name: 'TICK', kind: 'tick' }],
  help: 'jump to a tick (back or forward)',
  run: async (a, host) => {
    const tick = num(a, 'TICK');
    host.pause();
    const moved = await host.seek(tick);
    if (!moved.ok) return fail(`goto: ${refusalText(moved)}`);
    const at = moved.frame.tick;
    return out(at === tick ? `Now at tick ${at}.` : `Now at tick ${at}: the run ends there.`);
  },
};

const run: Command = {
  name: 'run',
  args: [],
  help: 'run to the end (as Run to end) and sum up',
  run: async (_a, host) => {
    host.pause();
    const from = now(host);
    if (from >= end(host)) return out(`The run has ended at tick ${from}.`);
    const moved = await host.runToEnd();
    if (!moved.ok) return fail(`run: ${refusalText(moved)}`);
    const f = moved.frame;
    const s = f.summary;
    return out(
      `Ran from tick ${from} to tick ${f.tick}${f.finished ? ': the run has ended' : ''}${f.stalled ? ' (stalled: processes are left that nothing will wake)' : ''}.`,
      `Completed ${s.completed} of ${f.processes.length} · averages: turnaround ${figure(s.avgTurnaround)} · waiting ${figure(s.avgWaiting)} · response ${figure(s.avgResponse)} ticks · context switches ${s.contextSwitches}`,
    );
  },
};

/** A terminal has no playing in the background: the prompt would come back while the run moves on. */
const NO_PLAY = 'In a terminal nothing plays in the background: use step N, monitor N, goto TICK or run.';

const play: Command = {
  name: 'play',
  args: [],
  help: 'play the run (as the Play button); pause stops it',
  run: (_a, host) => {
    if (host.front === 'terminal') return out(NO_PLAY);
    if (host.view().playing) return out('Already playing.');
    if (now(host) >= end(host)) return out(`The run has ended at tick ${now(host)}: goto an earlier tick first.`);
    host.play();
    const speed = host.view().speed;
    return out(
      `Playing from tick ${now(host)} at ${speed === 'max' ? 'full speed' : `${speed} ticks/s`}. Type pause to stop.`,
    );
  },
};

const pause: Command = {
  name: 'pause',
  args: [],
  help: 'pause the run',
  run: (_a, host) => {
    if (host.front === 'terminal') return out(NO_PLAY);
    const was = host.view().playing;
    host.pause();
    return out(was ? `Paused at tick ${now(host)}.` : `Not playing (at tick ${now(host)}).`);
  },
};

/**
 * Moves tick by tick so that no event is lost: a frame carries only the latest narration lines, and one
 * tick never has more events than the window holds in the runs we teach with.
 */
const monitor: Command = {
  name: 'monitor',
  args: [{ name: 'N', kind: 'count', optional: true }],
  help: 'play N ticks (default 10): every event narrated, and the node after each tick that had one',
  detail: [
    'After each tick with events, one line shows the CPUs, the queues and how many processes are done.',
    'Stops early when the run ends. Use step N to jump without the commentary, dashboard for the whole picture.',
  ],
  run: async (a, host) => {
    const n = (a.N as number | undefined) ?? 10;
    host.pause();
    const from = now(host);
    const lines: string[] = [];
    let events = 0;
    let before = host.view().frame?.narration ?? [];
    let to = from;
    for (let i = 0; i < n && to < end(host); i++) {
      const moved = await host.stepForward();
      // The simulation did not move (stalled or crashed).
      if (!moved.ok || moved.frame.tick === to) break;
      const fresh = freshNarration(before, moved.frame.narration);
      if (fresh.length > 0) lines.push(...fresh.map(narrationText), `  ↳ ${statusLine(moved.frame)}`);
      events += fresh.length;
      before = moved.frame.narration;
      to = moved.frame.tick;
    }
    return out(
      ...lines,
      `Monitored ticks ${from}–${to}: ${events} event${events === 1 ? '' : 's'}${to >= end(host) ? '; the run has ended' : ''}.`,
    );
  },
};

export const TIME_COMMANDS: readonly Command[] = [step, run, play, pause, goto, monitor];
