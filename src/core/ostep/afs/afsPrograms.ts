import { fileName } from '../../network/afs/afsModel';
import { pyStr } from '../pyFormat';
import { pyRandom, type PyRandomState } from '../pyRandom';

/** One action of a client's program, as afs.py lists it: open names the file, the others its descriptor. */
export type AfsAct = { kind: 'open'; file: string; fd: number } | { kind: 'read' | 'write' | 'close'; fd: number };

export interface AfsProgram {
  acts: AfsAct[];
  /** the file each descriptor names, bound when the program is made (afs.py never frees one) */
  fds: Record<number, string>;
}

/**
 * The programs, or where afs.py stops making them: an `abort` (its zassert: printed, exit 1), an `exit` (its own
 * message and exit 1), or a `crash` (a Python exception: we refuse). `made` are the programs made before it.
 */
export type AfsPrograms =
  | { ok: true; programs: AfsProgram[] }
  | {
      ok: false;
      made: AfsProgram[];
      stop: { kind: 'abort' | 'exit'; text: string } | { kind: 'crash'; error: string };
    };

/** afs.py's descriptor table: 1024 of them, never freed in a run. */
export const MAX_FDS = 1024;

const OP_CODE = { open: 1, read: 2, write: 3, close: 4 } as const;

/** `[(1, 'a', 0), (2, 0), (4, 0)]`: how afs.py prints a program (its tuples of MICRO_ codes). */
export function actsRepr(acts: readonly AfsAct[]): string {
  const tuple = (a: AfsAct) => (a.kind === 'open' ? `(1, ${pyStr(a.file)}, ${a.fd})` : `(${OP_CODE[a.kind]}, ${a.fd})`);
  return `[${acts.map(tuple).join(', ')}]`;
}

/** Each client's random program: `steps` times a file, then read or write (afs.py's client init). */
export function randomPrograms(
  random: PyRandomState,
  clients: number,
  steps: number,
  files: number,
  readratio: number,
): AfsProgram[] {
  const programs: AfsProgram[] = [];
  for (let c = 0; c < clients; c++) {
    const acts: AfsAct[] = [];
    const fds: Record<number, string> = {};
    for (let fd = 0; fd < steps; fd++) {
      const file = fileName(Math.floor(pyRandom(random) * files));
      const kind = pyRandom(random) < readratio ? 'read' : 'write';
      fds[fd] = file;
      acts.push({ kind: 'open', file, fd }, { kind, fd }, { kind: 'close', fd });
    }
    programs.push({ acts, fds });
  }
  return programs;
}

const DIGIT = /^[0-9]$/;
const CODES = { r: 'read', w: 'write', c: 'close' } as const;

/** One client's `oa1:r1:c1`, as afs.py reads it, or where it stops. */
function givenProgram(
  text: string,
): AfsProgram | { kind: 'abort' | 'exit'; text: string } | { kind: 'crash'; error: string } {
  const acts: AfsAct[] = [];
  const fds: Record<number, string> = {};
  const items = text === '' ? [] : text.split(':');
  for (const a of items) {
    const chars = [...a];
    const act = chars[0];
    if (act === undefined)
      return { kind: 'crash', error: `an empty action in ${JSON.stringify(text)} (afs.py fails with an IndexError)` };
    const notDigit = (d: string) => ({
      kind: 'crash' as const,
      error: `${JSON.stringify(a)}: ${JSON.stringify(d)} is not a file descriptor 0 to 9 (afs.py's int() fails on it)`,
    });
    if (act === 'o') {
      if (chars.length !== 3)
        return {
          kind: 'abort',
          text: `client:init() -- malformed open action (${a}) should be oa1 or something like that`,
        };
      const [, file, d] = chars as [string, string, string];
      if (!DIGIT.test(d)) return notDigit(d);
      const fd = Number(d);
      if (fds[fd] !== undefined)
        return { kind: 'abort', text: `filedesc:alloc() -- fd:${fd} already in use, cannot allocate` };
      fds[fd] = file;
      acts.push({ kind: 'open', file, fd });
    } else if (act === 'r' || act === 'w' || act === 'c') {
      if (chars.length !== 2)
        return {
          kind: 'abort',
          text: `client:init() -- malformed ${CODES[act]} action (${a}) should be ${act}1 or something like that`,
        };
      const d = chars[1] as string;
      if (!DIGIT.test(d)) return notDigit(d);
      acts.push({ kind: CODES[act], fd: Number(d) });
    } else return { kind: 'exit', text: `Unrecognized command: ${act} (from ${a})` };
  }
  return { acts, fds };
}

/** -A's programs, one per comma-separated client, each printed as it is made (afs.py's client init). */
export function givenPrograms(actions: string): AfsPrograms {
  const made: AfsProgram[] = [];
  for (const text of actions.split(',')) {
    const p = givenProgram(text);
    if ('kind' in p) {
      const stop = p.kind === 'crash' ? p : { kind: p.kind, text: p.kind === 'abort' ? `ABORT:: ${p.text}` : p.text };
      return { ok: false, made, stop };
    }
    made.push(p);
  }
  return { ok: true, programs: made };
}
