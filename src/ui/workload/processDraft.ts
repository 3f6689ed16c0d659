import { PROCESS_TYPES, type ProcessType } from '../../core/process/types';
import type { ProcessSpec } from '../../core/scenario/types';
import { accessDraftOf, accessesOf, type AccessDraft } from './accessDraft';
import { formatBursts, MiB, parseBursts, toNumber } from './formValues';

/** A process as the editor's form holds it: text as typed, so a refusal can quote it. */
export interface ProcessDraft {
  pid: string;
  name: string;
  type: ProcessType;
  priority: string;
  arrival: string;
  /** "5, 3, 4" = CPU 5, I/O 3, CPU 4 */
  bursts: string;
  /** blank = none */
  deadline: string;
  /** blank = the default 100 */
  tickets: string;
  gpus: string;
  memoryMiB: string;
  /** Mbit/s; blank = 0 */
  networkMbps: string;
  /** how it references its memory (memory management on) */
  access: AccessDraft;
}

export const TYPE_OPTIONS = PROCESS_TYPES.map((t) => ({ value: t, label: t }));

// The console's commands need them too, so they live with the shell's (front-end-free) code.
export { nextPid, scenarioPids } from '../../shell/pids';

export function draftOfProcess(p: ProcessSpec): ProcessDraft {
  return {
    pid: String(p.pid),
    name: p.name,
    type: p.type,
    priority: String(p.priority),
    arrival: String(p.arrival),
    bursts: formatBursts(p.bursts),
    deadline: p.deadline === undefined ? '' : String(p.deadline),
    tickets: p.tickets === undefined ? '' : String(p.tickets),
    gpus: String(p.needs.gpus),
    memoryMiB: String(p.needs.memoryBytes / MiB),
    networkMbps: String(p.needs.networkMbps),
    access: accessDraftOf(p.accesses),
  };
}

export function newProcessDraft(pid: number): ProcessDraft {
  return draftOfProcess({
    pid,
    name: `process-${pid}`,
    type: 'USER',
    priority: 0,
    arrival: 0,
    bursts: [5],
    needs: { memoryBytes: 0, gpus: 0, networkMbps: 0 },
  });
}

/** The process the draft describes, unchecked: validateProcessSpec judges it. */
export function processOf(d: ProcessDraft): unknown {
  const deadline = toNumber(d.deadline);
  const tickets = toNumber(d.tickets);
  const mib = toNumber(d.memoryMiB);
  const networkMbps = toNumber(d.networkMbps);
  const accesses = accessesOf(d.access);
  return {
    pid: toNumber(d.pid),
    name: d.name,
    type: d.type,
    priority: toNumber(d.priority),
    arrival: toNumber(d.arrival),
    bursts: parseBursts(d.bursts),
    ...(deadline !== undefined && { deadline }),
    ...(tickets !== undefined && { tickets }),
    // Memory is entered in MiB and stored in bytes; a fraction of a MiB still gives whole bytes.
    needs: {
      memoryBytes: typeof mib === 'number' ? Math.round(mib * MiB) : mib,
      gpus: toNumber(d.gpus),
      ...(networkMbps !== undefined && { networkMbps }),
    },
    ...(accesses !== undefined && { accesses }),
  };
}
