import { clientName } from '../../network/afs/afsModel';
import { NET_LIMITS } from '../../network/config';
import type { AfsAction } from '../../network/afs/afsSpec';
import { DEFAULT_NODE, DEFAULT_OPTIONS, DEFAULT_SEED } from '../../scenario/defaults';
import type { Scenario } from '../../scenario/types';
import { validateScenario } from '../../scenario/validate';
import { translatedFrom } from '../workloadScript';
import type { AfsOptions } from './afsFlags';
import type { AfsAnswers } from './afsScript';

const SCRIPT = 'dist-afs/afs.py';
/** The server's node; each client's is its model name (c0, c1, ...), so the narration names it once. */
export const AFS_SERVER_NODE = 'server';
/**
 * Ticks between two of afs.py's steps: over links of one tick a fetch and its reply take two, a store and the
 * breaks it causes two, so each step is over (its breaks delivered) before the next starts and the cluster keeps
 * afs.py's order.
 */
export const AFS_STEP_TICKS = 3;

/** afs.py's description of the problem: its flags that pose it. */
function source(v: AfsOptions): string {
  const schedule = v.schedule === '' ? '' : ` -S ${v.schedule}`;
  if (v.actions !== '') return `-A ${v.actions}${schedule} -f ${v.numfiles}`;
  return `-s ${v.seed} -C ${v.numclients} -n ${v.numsteps} -f ${v.numfiles} -r ${v.readratio}${schedule}`;
}

/**
 * afs.py's problem as a cluster: a server node holding the files (a, b, ... with 0, 1, ...), a node per client on
 * a star around it with links of one tick, and each client's schedule the operations afs.py's run gives it, step
 * k at tick 3k. The cluster's AFS (network/afs/afsCluster.ts) then fetches, stores and breaks callbacks over the
 * links, and ends with afs.py's reads, files and caches. A run afs.py stops early (its ABORT) is no scenario.
 */
export function afsScenario(v: AfsOptions, answer: AfsAnswers): Scenario | string {
  if (answer.aborted !== null) return `afs.py stops early (${answer.aborted}), so its run is no scenario to play`;
  if (answer.programs.length >= NET_LIMITS.maxNodes)
    return `-C/--clients: a cluster holds the server and at most ${NET_LIMITS.maxNodes - 1} clients to play (got ${answer.programs.length})`;
  const clients = answer.programs.map(() => [] as AfsAction[]);
  answer.steps.forEach((s, k) =>
    clients[s.client]?.push({ kind: s.op.kind, tick: k * AFS_STEP_TICKS, file: s.op.file }),
  );
  const ids = clients.map((_, c) => clientName(c));
  const valid = validateScenario({
    format: 'bcos-scenario',
    version: 3,
    title: 'OSTEP afs.py: AFS clients, a server and callbacks',
    description: translatedFrom(SCRIPT, source(v)),
    seed: DEFAULT_SEED,
    node: { ...DEFAULT_NODE, id: AFS_SERVER_NODE, connections: [] },
    scheduler: { policy: 'FIFO' },
    options: { ...DEFAULT_OPTIONS },
    processes: [],
    operations: [],
    network: {
      nodes: ids.map((id) => ({ id })),
      topology: { kind: 'star', hub: AFS_SERVER_NODE },
      links: { latency: { kind: 'constant', ticks: 1 } },
      afs: {
        server: AFS_SERVER_NODE,
        files: answer.files.map((f) => ({ name: f.name, value: f.initial })),
        clients: clients.map((actions, c) => ({ node: ids[c], actions })),
      },
    },
  });
  return valid.ok ? valid.scenario : valid.errors.map((e) => e.message).join('; ');
}

/** afs.py's descriptors are one digit each, never freed in a run; its schedule names a client by one digit. */
const MAX_DIGIT_FDS = 10;
const MAX_SCHEDULED_CLIENTS = 10;

/**
 * The -A programs, -S schedule and -f files that pose a scenario's AFS problem again, or why it is not one afs.py
 * poses: files a, b, ... holding 0, 1, ...; at most 10 clients and 10 opens a client; one action a tick across
 * the clients, their order afs.py's schedule (each client named once more at the end, where afs.py finds it done).
 */
export function afsFlagsOf(s: Scenario): string[] | string {
  const afs = s.network?.afs;
  if (!afs) return "afs.py's problem is an AFS server and its clients (network.afs); the scenario has none";
  const badFile = afs.files.findIndex((f, i) => f.name !== String.fromCharCode(97 + i) || f.value !== i);
  if (badFile >= 0 || afs.files.length > 26)
    return "afs.py's files are a, b, c, ... holding 0, 1, 2, ...; the scenario's are not";
  if (afs.clients.length > MAX_SCHEDULED_CLIENTS)
    return `afs.py's schedule names clients 0 to 9; the scenario has ${afs.clients.length} clients`;
  const order: { tick: number; client: number }[] = [];
  const programs: string[] = [];
  for (const [c, client] of afs.clients.entries()) {
    const open = new Map<string, number>();
    let fds = 0;
    const items: string[] = [];
    for (const a of client.actions) {
      order.push({ tick: a.tick, client: c });
      if (a.kind === 'open') {
        if (fds === MAX_DIGIT_FDS)
          return `afs.py gives a client 10 descriptors (0 to 9); ${client.node} opens more files`;
        open.set(a.file, fds);
        items.push(`o${a.file}${fds++}`);
        continue;
      }
      const fd = open.get(a.file);
      if (fd === undefined)
        return `afs.py names an open file by its descriptor; ${client.node} ${a.kind}s ${a.file} at tick ${a.tick} without opening it`;
      items.push(`${a.kind[0]}${fd}`);
      if (a.kind === 'close') open.delete(a.file);
    }
    programs.push(items.join(':'));
  }
  if (order.length === 0) return 'afs.py runs at least one action; the scenario has none';
  order.sort((a, b) => a.tick - b.tick);
  if (order.some((o, i) => i > 0 && o.tick === order[i - 1]?.tick))
    return 'afs.py does one action a step; two of the scenario’s clients act at one tick';
  const schedule = [...order.map((o) => o.client), ...afs.clients.map((_, c) => c)].join('');
  return ['-A', programs.join(','), '-S', schedule, '-f', String(afs.files.length)];
}
