import { createAfs, MAX_AFS_FILES } from '../../network/afs/afsModel';
import type { AfsState } from '../../network/afs/afsTypes';
import { pySeed, type PyRandomState } from '../pyRandom';
import { scriptFlags, type OstepScript, type OstepSolved, type OstepStream } from '../script';
import { AFS_FLAGS, type AfsOptions } from './afsFlags';
import { actsRepr, givenPrograms, MAX_FDS, randomPrograms, type AfsAct, type AfsPrograms } from './afsPrograms';
import { afsRunParts, runAfs, type AfsRunEnd, type AfsRunStep } from './afsRun';
import { argsText, statsText } from './afsText';
import { afsFlagsOf, afsScenario } from './afsScenario';
import type { Scenario } from '../../scenario/types';
import type { TextPart } from '../textParts';

/** The answer of afs.py -c as data: every operation in order with its answer, and the files at the end. */
export interface AfsAnswers {
  files: { name: string; initial: number; final: number }[];
  /** each client's program, as afs.py prints it */
  programs: AfsAct[][];
  steps: AfsRunStep[];
  stats: {
    gets: number;
    puts: number;
    clients: { name: string; reads: number; writes: number; hits: number; misses: number; invalidates: number }[];
  };
  /** where afs.py stops early (its ABORT, or its own message), exiting 1; null when the run ends */
  aborted: string | null;
}

/**
 * The most clients: a line of client n starts with 28(n+1) spaces, so the text grows as the square of the
 * clients (Python has no limit but memory). 64 is also the cluster's most nodes.
 */
export const MAX_AFS_CLIENTS = 64;
/** The most actions of all programs together when the answer is held (each is a line or more of text). */
export const MAX_AFS_ACTS = 20_000;

const fail = (error: string) => ({ ok: false as const, error });

function answersOf(
  initial: AfsState,
  st: AfsState,
  programs: AfsAct[][],
  steps: AfsRunStep[],
  aborted: string | null,
): AfsAnswers {
  return {
    files: st.files.map((f, i) => ({ name: f.name, initial: initial.files[i]?.value ?? 0, final: f.value })),
    programs,
    steps,
    stats: {
      gets: st.gets,
      puts: st.puts,
      clients: st.clients.map(({ name, reads, writes, hits, misses, invalidates }) => ({
        name,
        reads,
        writes,
        hits,
        misses,
        invalidates,
      })),
    },
    aborted,
  };
}

/** The programs of -A, or drawn from the seed: what afs.py's client init makes, stopping where it stops. */
function programsOf(v: AfsOptions, random: PyRandomState, trace: 'held' | 'streamed' = 'held'): AfsPrograms | string {
  if (v.actions !== '') return givenPrograms(v.actions);
  const clients = Math.max(0, v.numclients);
  if (clients > MAX_AFS_CLIENTS) return `-C/--clients: at most ${MAX_AFS_CLIENTS} clients (got ${v.numclients})`;
  if (clients > 0 && v.numsteps > MAX_FDS)
    return {
      ok: false,
      made: [],
      stop: { kind: 'abort', text: 'ABORT:: client:init() -- ran out of file descriptors, sorry!' },
    };
  if (trace === 'held' && clients * v.numsteps * 3 > MAX_AFS_ACTS)
    return `-C/--clients × -n/--numsteps: at most ${MAX_AFS_ACTS} actions (3 a step), got ${clients} × ${v.numsteps} × 3`;
  return { ok: true, programs: randomPrograms(random, clients, Math.max(0, v.numsteps), v.numfiles, v.readratio) };
}

/**
 * OSTEP's afs.py: each client's program of opens, reads, writes and closes (drawn from the seed, or given with
 * -A), run in the order of -S or a random one on our AFS model (src/core/network/afs): whole files fetched at open
 * and stored at close, callbacks recorded and broken; the text is afs.py's, column by column.
 */
export const afsScript: OstepScript<AfsAnswers, typeof AFS_FLAGS> = {
  ...scriptFlags({ name: 'afs', path: 'dist-afs/afs.py', runsOn: 'on our AFS model' }, AFS_FLAGS, {
    width: 22,
    nextLineFrom: 22,
  }),
  solve: solveAfs,
  stream: streamAfs,
  scenario(v: AfsOptions): Scenario | string {
    const solved = solveAfs(v);
    if (!solved.ok) return solved.error;
    return solved.scenario ?? afsScenario(v, solved.answer);
  },
  flagsOf: afsFlagsOf,
};

/**
 * afs.py's text as it is made, for drawn programs and a random schedule (the large problems); null for given
 * programs (-A), a given schedule (-S) and the settings afs.py refuses at once, which can stop it part way and are
 * answered whole (solveAfs). Neither the steps nor the text is held, so -C × -n has no bound here.
 */
function streamAfs(v: AfsOptions): OstepStream | { ok: false; error: string } | null {
  const refusedAtOnce = !(v.numfiles > 0 && v.numfiles <= MAX_AFS_FILES) || !(v.readratio >= 0 && v.readratio <= 1);
  if (v.actions !== '' || v.schedule !== '' || refusedAtOnce) return null;
  const random = pySeed(v.seed);
  const made = programsOf(v, random, 'streamed');
  if (typeof made === 'string') return fail(made);
  if (!made.ok) return null;
  const { programs } = made;
  let end: AfsRunEnd = { kind: 'done' };
  const settings = { files: v.numfiles, schedule: '', solve: v.solve, detail: v.detail, random };
  function* lines(): Generator<TextPart> {
    yield (argsText(v) + programs.map((p) => `${actsRepr(p.acts)}\n`).join('')).slice(0, -1);
    const parts = afsRunParts(programs, settings, 'streamed');
    for (;;) {
      const r = parts.next();
      if (r.done) {
        end = r.value.end;
        // a run of drawn programs neither crashes nor is bounded; were it to, its last line says why
        if (end.kind === 'crash' || end.kind === 'limit') yield `ABORT:: ${end.error} (a bug of ours)`;
        if (end.kind === 'done' && v.printstats) {
          const { gets, puts, clients } = r.value.state;
          yield statsText(gets, puts, clients).slice(0, -1);
        }
        return;
      }
      yield r.value;
    }
  }
  return { ok: true, lines: lines(), exitStatus: () => (end.kind === 'done' ? 0 : 1) };
}

function solveAfs(v: AfsOptions): OstepSolved<AfsAnswers> {
  let text = argsText(v);
  const abort = (message: string, programs: AfsAct[][] = []) => {
    const st = createAfs(0, 0);
    return {
      ok: true as const,
      answer: answersOf(st, st, programs, [], message),
      text: `${text}${message}\n`,
      exitStatus: 1,
    };
  };
  if (!(v.numfiles > 0 && v.numfiles <= MAX_AFS_FILES))
    return abort('ABORT:: main: can only simulate 26 or fewer files, sorry');
  if (!(v.readratio >= 0 && v.readratio <= 1))
    return abort('ABORT:: main: read ratio must be between 0 and 1 inclusive');
  // one generator: the programs are drawn first, then the random schedule goes on from there
  const random = pySeed(v.seed);
  const made = programsOf(v, random);
  if (typeof made === 'string') return fail(made);
  const programs = made.ok ? made.programs : made.made;
  text += programs.map((p) => `${actsRepr(p.acts)}\n`).join('');
  const acts = programs.map((p) => p.acts);
  if (!made.ok)
    return made.stop.kind === 'crash' ? fail(`-A/--actions: ${made.stop.error}`) : abort(made.stop.text, acts);
  if (programs.length > MAX_AFS_CLIENTS)
    return fail(`-A/--actions: at most ${MAX_AFS_CLIENTS} clients (got ${programs.length})`);
  const total = acts.reduce((n, a) => n + a.length, 0);
  if (total > MAX_AFS_ACTS) return fail(`-A/--actions: at most ${MAX_AFS_ACTS} actions (got ${total})`);
  const run = runAfs(programs, {
    files: v.numfiles,
    schedule: v.schedule,
    solve: v.solve,
    detail: v.detail,
    random,
  });
  if (run.end.kind === 'crash' || run.end.kind === 'limit') return fail(run.end.error);
  text += run.text;
  const aborted = run.end.kind === 'abort' ? (run.end.text.split('\n').pop() ?? '') : null;
  if (!aborted && v.printstats) text += statsText(run.state.gets, run.state.puts, run.state.clients);
  const answer = answersOf(run.initial, run.state, acts, run.steps, aborted);
  // the cluster it plays as, for the OSTEP view's "Play as scenario" (none when afs.py stops early)
  const scenario = afsScenario(v, answer);
  return {
    ok: true,
    answer,
    text,
    ...(aborted ? { exitStatus: 1 } : {}),
    ...(typeof scenario === 'string' ? {} : { scenario }),
  };
}
