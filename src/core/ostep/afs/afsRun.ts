import { explainAfsStep } from '../../network/afs/afsExplain';
import { applyAfs, createAfs } from '../../network/afs/afsModel';
import type { AfsCacheEntry, AfsOp, AfsState, AfsStep } from '../../network/afs/afsTypes';
import { pyRandom, type PyRandomState } from '../pyRandom';
import type { AfsProgram } from './afsPrograms';
import { cacheDict, cacheText, dospace, filesText, headerText, isset } from './afsText';

/** One client operation of the run, with the caches it changed (after it), for the answer and the view. */
export interface AfsRunStep extends AfsStep {
  why: string;
  caches: { client: number; cache: AfsCacheEntry[] }[];
}

export interface AfsRunSettings {
  files: number;
  schedule: string;
  solve: boolean;
  detail: number;
  /** draws the next client when there is no schedule */
  random: PyRandomState;
}

/**
 * How the run ends: all programs done, an afs.py zassert (its text printed, then exit 1), a Python exception
 * (refused), or more text or cached files than we hold (refused).
 */
export type AfsRunEnd =
  | { kind: 'done' }
  | { kind: 'abort'; text: string }
  | { kind: 'crash'; error: string }
  | { kind: 'limit'; error: string };

/**
 * The most text we make: with many clients and files, every store prints each other client's whole cache, a
 * line of up to 28 × 64 spaces a file (Python has no limit but memory).
 */
export const MAX_AFS_TEXT = 50_000_000;
/** The most cache entries the answer's steps hold (each step holds the caches it changed). */
export const MAX_AFS_ENTRIES = 2_000_000;

export interface AfsRun {
  text: string;
  steps: AfsRunStep[];
  initial: AfsState;
  state: AfsState;
  end: AfsRunEnd;
}

/** The text of one step after its operation line: the server's and the other clients' parts, then the actor's cache. */
function stepText(s: AfsSettingsLike, before: AfsState, after: AfsState, step: AfsStep): string {
  const { solve, detail } = s;
  const shows = (bit: number) => solve && isset(detail, bit);
  const actor = after.clients[step.client];
  let text = '';
  for (const m of step.messages) {
    if (m.kind === 'file' && shows(0)) text += `getfile:${m.file} c:${m.to} [${m.value}]\n`;
    if (m.kind === 'store' && shows(0)) text += `putfile:${m.file} c:${m.from} [${m.value}]\n`;
    if (m.kind !== 'break') continue;
    const id = after.clients.findIndex((c) => c.name === m.to);
    if (shows(1)) text += `callback: c:${m.to} file:${m.file}\n`;
    // afs.py's debugging print of the whole cache, with or without -c
    text += `${dospace(id)}invalidate file:${m.file} cache: ${cacheDict(before.clients[id]?.cache ?? [])}\n`;
    if (m.held && shows(1)) {
      text += `${dospace(id)}${isset(detail, 3) ? `${m.to.padStart(2)} invalidate ${m.file}` : `invalidate ${m.file}`}\n`;
      if (solve) text += cacheText(detail, id, m.to, after.clients[id]?.cache ?? []);
    }
  }
  if (solve && actor) text += cacheText(detail, step.client, actor.name, actor.cache);
  return text;
}

type AfsSettingsLike = Pick<AfsRunSettings, 'solve' | 'detail'>;

/** The operation line afs.py prints before doing it; its values are the answers, `value?` without -c. */
function opLine(solve: boolean, step: AfsStep): string {
  const r = step.reason;
  const { fd } = step.op;
  if (r.kind === 'read') return `read:${fd} -> ${solve ? r.data : 'value?'}`;
  if (r.kind === 'write') return `write:${fd} ${solve ? r.old : 'value?'} -> ${r.value}`;
  return step.op.kind === 'open' ? `open:${step.op.file} [fd:${fd}]` : `close:${fd}`;
}

/** Checks a schedule as afs.py does before the run: digits only, naming every client. */
function scheduleEnd(schedule: string, clients: number): AfsRunEnd | null {
  if (schedule === '' || clients === 0) return null;
  const chars = [...schedule];
  const bad = chars.find((ch) => !/^[0-9]$/.test(ch));
  if (bad !== undefined)
    return {
      kind: 'crash',
      error: `-S/--schedule: ${JSON.stringify(bad)} is not a client number 0 to 9 (afs.py's int() fails on it)`,
    };
  for (let i = 0; i < clients; i++)
    if (!chars.includes(String(i)))
      return {
        kind: 'abort',
        text: `ABORT:: main: client ${i} not in schedule:${schedule}, which would never terminate`,
      };
  return null;
}

/** How the run went, without its text: what the text's parts return once they are all taken. */
export type AfsRunOutcome = Omit<AfsRun, 'text'>;

/**
 * afs.py's main loop on our AFS model: the next client (drawn, or the schedule's next digit) does the next action
 * of its program, until every program is done. The text is afs.py's, column by column.
 */
export function runAfs(programs: readonly AfsProgram[], s: AfsRunSettings): AfsRun {
  const parts = afsRunParts(programs, s, 'held');
  let text = '';
  for (;;) {
    const r = parts.next();
    if (r.done) return { text, ...r.value };
    text += r.value;
  }
}

/**
 * The same run's text as it is made, a step at a time. `held`: the steps are kept for the answer, and the text
 * and the caches they hold are bounded (MAX_AFS_TEXT, MAX_AFS_ENTRIES); `streamed`: none is kept, nothing bounds it.
 */
export function* afsRunParts(
  programs: readonly AfsProgram[],
  s: AfsRunSettings,
  trace: 'held' | 'streamed',
): Generator<string, AfsRunOutcome> {
  const initial = createAfs(s.files, programs.length);
  let st = initial;
  const head = headerText(st.clients) + filesText(st.files, true);
  let made = head.length;
  yield head;
  const steps: AfsRunStep[] = [];
  const badSchedule = scheduleEnd(s.schedule, programs.length);
  if (badSchedule) {
    if (badSchedule.kind === 'abort') yield `${badSchedule.text}\n`;
    return { steps, initial, state: st, end: badSchedule };
  }
  const next = programs.map(() => 0);
  const done = programs.map(() => false);
  const sched = [...s.schedule];
  let running = programs.length;
  let at = 0;
  let entries = 0;
  while (running > 0) {
    let c: number;
    if (sched.length === 0) c = Math.floor(pyRandom(s.random) * programs.length);
    else {
      c = Number(sched[at]);
      at = (at + 1) % sched.length;
      if (c >= programs.length)
        return {
          steps,
          initial,
          state: st,
          end: {
            kind: 'crash',
            error: `-S/--schedule: client ${c}, but there are clients 0 to ${programs.length - 1} (afs.py fails with an IndexError)`,
          },
        };
    }
    const program = programs[c] as AfsProgram;
    if (done[c]) continue;
    const act = program.acts[next[c] as number];
    if (!act) {
      done[c] = true;
      running--;
      continue;
    }
    const prefix = dospace(c) + (isset(s.detail, 3) ? `${st.clients[c]?.name} ` : '');
    const file = act.kind === 'open' ? act.file : program.fds[act.fd];
    if (file === undefined) {
      const text = `${prefix}ABORT:: filedesc:lookup() -- fd:${act.fd} not in use, cannot lookup`;
      yield `${text}\n`;
      return { steps, initial, state: st, end: { kind: 'abort', text } };
    }
    const op: AfsOp = { kind: act.kind, file, fd: act.fd };
    const applied = applyAfs(st, c, op);
    if (!applied.ok) {
      const end: AfsRunEnd =
        applied.refusal.code !== 'ENOENT'
          ? { kind: 'crash', error: `${applied.refusal.message} (afs.py fails with an AssertionError)` }
          : {
              kind: 'abort',
              text: `${prefix}open:${file} [fd:${act.fd}]\nABORT:: server:get() -- file:${file} not found on server`,
            };
      if (end.kind === 'abort') yield `${end.text}\n`;
      return { steps, initial, state: st, end };
    }
    const { step, state } = applied;
    const text = `${prefix}${opLine(s.solve, step)}\n${stepText(s, st, state, step)}${s.solve && s.detail > 0 ? '\n' : ''}`;
    made += text.length;
    yield text;
    if (trace === 'held') {
      const changed = state.clients.flatMap((cl, id) =>
        cl.cache === st.clients[id]?.cache ? [] : [{ client: id, cache: cl.cache }],
      );
      steps.push({ ...step, why: explainAfsStep(step), caches: changed });
      entries += changed.reduce((n, ch) => n + ch.cache.length, 0);
      if (made > MAX_AFS_TEXT || entries > MAX_AFS_ENTRIES)
        return {
          steps,
          initial,
          state: st,
          end: {
            kind: 'limit',
            error: `the run holds more than ${made > MAX_AFS_TEXT ? `${MAX_AFS_TEXT} characters of text` : `${MAX_AFS_ENTRIES} cached files in its steps`} by step ${steps.length}: fewer clients (-C), steps (-n), files (-f) or detail (-d)`,
          },
        };
    }
    st = state;
    next[c] = (next[c] as number) + 1;
  }
  yield filesText(st.files, s.solve);
  return { steps, initial, state: st, end: { kind: 'done' } };
}
