import { explainAfsStep } from '../../network/afs/afsExplain';
import { applyAfs, createAfs } from '../../network/afs/afsModel';
import type { AfsCacheEntry, AfsOp, AfsState, AfsStep } from '../../network/afs/afsTypes';
import { pyRandom, type PyRandomState } from '../pyRandom';
import type { AfsProgram } from './afsPrograms';
import { asciiWriter, partsText, type AsciiWriter, type TextPart } from '../textParts';
import {
  dospace,
  filesText,
  headerText,
  isset,
  keptEntries,
  writeCache,
  writeCacheDict,
  writeColumns,
  type KeptEntries,
} from './afsText';

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

/** One step after its operation line: the server's and the other clients' parts, then the actor's cache. */
function writeStep(
  w: AsciiWriter,
  kept: { lines: KeptEntries; dicts: KeptEntries },
  s: AfsSettingsLike,
  before: AfsState,
  after: AfsState,
  step: AfsStep,
): void {
  const { solve, detail } = s;
  const shows = (bit: number) => solve && isset(detail, bit);
  const actor = after.clients[step.client];
  for (const m of step.messages) {
    if ((m.kind === 'file' || m.kind === 'store') && shows(0)) {
      w.ascii(m.kind === 'file' ? 'getfile:' : 'putfile:');
      w.ascii(m.file);
      w.ascii(' c:');
      w.ascii(m.kind === 'file' ? m.to : m.from);
      w.ascii(' [');
      w.int(m.value);
      w.line(']');
    }
    if (m.kind !== 'break') continue;
    const id = after.clients.findIndex((c) => c.name === m.to);
    if (shows(1)) w.line(`callback: c:${m.to} file:${m.file}`);
    // afs.py's debugging print of the whole cache, with or without -c
    writeColumns(w, id);
    w.ascii(`invalidate file:${m.file} cache: `);
    writeCacheDict(w, kept.dicts, id, before.clients[id]?.cache ?? []);
    w.line('');
    if (m.held && shows(1)) {
      writeColumns(w, id);
      w.line(isset(detail, 3) ? `${m.to.padStart(2)} invalidate ${m.file}` : `invalidate ${m.file}`);
      if (solve) writeCache(w, kept.lines, detail, id, m.to, after.clients[id]?.cache ?? []);
    }
  }
  if (solve && actor) writeCache(w, kept.lines, detail, step.client, actor.name, actor.cache);
}

type AfsSettingsLike = Pick<AfsRunSettings, 'solve' | 'detail'>;

/** The operation line afs.py prints before doing it, after its column; its values are the answers, `value?` without -c. */
function writeOpLine(w: AsciiWriter, solve: boolean, step: AfsStep): void {
  const r = step.reason;
  const { fd } = step.op;
  if (r.kind === 'read' || r.kind === 'write') {
    w.ascii(r.kind === 'read' ? 'read:' : 'write:');
    w.int(fd);
    if (r.kind === 'write') {
      w.ascii(' ');
      if (solve) w.int(r.old);
      else w.ascii('value?');
    }
    w.ascii(' -> ');
    if (r.kind === 'write' || solve) w.int(r.kind === 'read' ? r.data : r.value);
    else w.ascii('value?');
  } else if (step.op.kind === 'open') {
    w.ascii(`open:${step.op.file} [fd:`);
    w.int(fd);
    w.ascii(']');
  } else {
    w.ascii('close:');
    w.int(fd);
  }
  w.line('');
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
    text += partsText([r.value]);
  }
}

/**
 * The same run's text as it is made: its steps written as bytes into chunks (textParts.ts), an ABORT line as a
 * string (it may name any file -A gives). `held`: the steps are kept for the answer, and the text and the caches
 * they hold are bounded (MAX_AFS_TEXT, MAX_AFS_ENTRIES); `streamed`: none is kept, nothing bounds it.
 */
export function* afsRunParts(
  programs: readonly AfsProgram[],
  s: AfsRunSettings,
  trace: 'held' | 'streamed',
): Generator<TextPart, AfsRunOutcome> {
  const initial = createAfs(s.files, programs.length);
  let st = initial;
  const w = asciiWriter();
  const kept = { lines: keptEntries(programs.length), dicts: keptEntries(programs.length) };
  const head = headerText(st.clients) + filesText(st.files, true);
  let made = head.length;
  w.ascii(head);
  const steps: AfsRunStep[] = [];
  const badSchedule = scheduleEnd(s.schedule, programs.length);
  // what is written before a line given as a string, or before the run ends
  const written = function* (): Generator<TextPart> {
    const last = w.rest();
    if (last) yield last;
  };
  if (badSchedule) {
    yield* written();
    if (badSchedule.kind === 'abort') yield badSchedule.text;
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
      if (c >= programs.length) {
        yield* written();
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
    }
    const program = programs[c] as AfsProgram;
    if (done[c]) continue;
    const act = program.acts[next[c] as number];
    if (!act) {
      done[c] = true;
      running--;
      continue;
    }
    const label = isset(s.detail, 3) ? `${st.clients[c]?.name} ` : '';
    const file = act.kind === 'open' ? act.file : program.fds[act.fd];
    if (file === undefined) {
      const text = `${dospace(c)}${label}ABORT:: filedesc:lookup() -- fd:${act.fd} not in use, cannot lookup`;
      yield* written();
      yield text;
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
              text: `${dospace(c)}${label}open:${file} [fd:${act.fd}]\nABORT:: server:get() -- file:${file} not found on server`,
            };
      yield* written();
      if (end.kind === 'abort') yield end.text;
      return { steps, initial, state: st, end };
    }
    const { step, state } = applied;
    const from = w.written();
    writeColumns(w, c);
    w.ascii(label);
    writeOpLine(w, s.solve, step);
    writeStep(w, kept, s, st, state, step);
    if (s.solve && s.detail > 0) w.line('');
    made += w.written() - from;
    const chunk = w.full();
    if (chunk) yield chunk;
    if (trace === 'held') {
      const changed = state.clients.flatMap((cl, id) =>
        cl.cache === st.clients[id]?.cache ? [] : [{ client: id, cache: cl.cache }],
      );
      steps.push({ ...step, why: explainAfsStep(step), caches: changed });
      entries += changed.reduce((n, ch) => n + ch.cache.length, 0);
      if (made > MAX_AFS_TEXT || entries > MAX_AFS_ENTRIES) {
        yield* written();
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
    }
    st = state;
    next[c] = (next[c] as number) + 1;
  }
  w.ascii(filesText(st.files, s.solve));
  yield* written();
  return { steps, initial, state: st, end: { kind: 'done' } };
}
