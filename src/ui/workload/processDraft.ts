import { PROCESS_TYPES, type ProcessType } from '../../core/process/types';
import type { ProcessSpec } from '../../core/scenario/types';
import { accessDraftOf, accessesOf, type AccessDraft } from './accessDraft';
import { formatNumberList, MiB, parseNumberList, toNumber } from './formValues';

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
  /** pid of its parent; blank = a root of the process tree */
  parent: string;
  /** in node.cache's units; blank = none */
  workingSet: string;
  /** "0, 2": the CPUs it may run on; blank = any */
  affinity: string;
  /** what the form has no field for (files, model, messages, …), saved back as it was */
  kept: KeptFields;
}

/** The parts of a process the form does not edit: an edit must not lose them. */
type KeptFields = Partial<Pick<ProcessSpec, 'sharedMemory' | 'files' | 'model' | 'user' | 'messages'>>;

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
    bursts: formatNumberList(p.bursts),
    deadline: p.deadline === undefined ? '' : String(p.deadline),
    tickets: p.tickets === undefined ? '' : String(p.tickets),
    gpus: String(p.needs.gpus),
    memoryMiB: String(p.needs.memoryBytes / MiB),
    networkMbps: String(p.needs.networkMbps),
    access: accessDraftOf(p.accesses),
    parent: p.parent === undefined ? '' : String(p.parent),
    workingSet: p.workingSet === undefined ? '' : String(p.workingSet),
    affinity: p.affinity === undefined ? '' : formatNumberList(p.affinity),
    kept: keptOf(p),
  };
}

function keptOf({ sharedMemory, files, model, user, messages }: ProcessSpec): KeptFields {
  return {
    ...(sharedMemory !== undefined && { sharedMemory }),
    ...(files !== undefined && { files }),
    ...(model !== undefined && { model }),
    ...(user !== undefined && { user }),
    ...(messages !== undefined && { messages }),
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
  const parent = toNumber(d.parent);
  const workingSet = toNumber(d.workingSet);
  const affinity = parseNumberList(d.affinity);
  return {
    pid: toNumber(d.pid),
    name: d.name,
    type: d.type,
    priority: toNumber(d.priority),
    arrival: toNumber(d.arrival),
    bursts: parseNumberList(d.bursts),
    ...(deadline !== undefined && { deadline }),
    ...(tickets !== undefined && { tickets }),
    // Memory is entered in MiB and stored in bytes; a fraction of a MiB still gives whole bytes.
    needs: {
      memoryBytes: typeof mib === 'number' ? Math.round(mib * MiB) : mib,
      gpus: toNumber(d.gpus),
      ...(networkMbps !== undefined && { networkMbps }),
    },
    ...(accesses !== undefined && { accesses }),
    ...d.kept,
    ...(parent !== undefined && { parent }),
    ...(workingSet !== undefined && { workingSet }),
    ...(affinity.length > 0 && { affinity }),
  };
}
