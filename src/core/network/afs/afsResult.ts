import type { CheckFinding } from '../cluster/checker';
import type { ClusterState } from '../cluster/state';
import type { AfsRead, AfsWireKind } from './afsClusterTypes';
import type { AfsCacheEntry } from './afsTypes';

/** `sim run --json`'s `network.afs`: what each client read and holds at the end, and the server's files. */
export interface AfsResult {
  server: {
    node: string;
    /** fetches served and stores taken (a store sent again is taken once) */
    gets: number;
    puts: number;
    breaksSent: number;
    /** breaks the clients never acknowledged (given up, or still being sent when the run ended) */
    breaksUnanswered: number;
    files: { name: string; value: number; callbacks: string[]; fetchedBy: string[] }[];
  };
  clients: {
    node: string;
    /** its name in the model's words (c0, c1, ...) */
    name: string;
    actions: number;
    done: number;
    refused: number;
    timedOut: number;
    reads: AfsRead[];
    cache: AfsCacheEntry[];
    hits: number;
    misses: number;
    invalidates: number;
    writes: number;
  }[];
  /** AFS messages sent, by kind (each try again counted) */
  messages: Partial<Record<AfsWireKind, number>>;
  /** requests and breaks sent again for want of an answer */
  retries: number;
}

export function afsResult(cl: ClusterState): AfsResult | undefined {
  const run = cl.afs;
  if (!run) return undefined;
  const node = (c: number): string => cl.ids[run.clientNodes[c] as number] as string;
  const messages: Partial<Record<AfsWireKind, number>> = {};
  let retries = 0;
  let gaveUpBreaks = 0;
  for (const m of cl.messages)
    if (m.body.kind === 'afs') messages[m.body.afs.kind] = (messages[m.body.afs.kind] ?? 0) + 1;
  for (const e of cl.log) {
    if (e.kind !== 'afs') continue;
    if (e.event.kind === 'sent' && e.event.tries > 1) retries++;
    if (e.event.kind === 'gaveUp' && e.event.wire.kind === 'break') gaveUpBreaks++;
  }
  return {
    server: {
      node: cl.ids[run.server] as string,
      gets: run.model.gets,
      puts: run.model.puts,
      breaksSent: run.breaksSent,
      breaksUnanswered: run.breaks.length + gaveUpBreaks,
      files: run.model.files.map((f) => ({
        name: f.name,
        value: f.value,
        callbacks: f.callbacks.map(node),
        fetchedBy: f.fetchedBy.map(node),
      })),
    },
    clients: run.model.clients.map((c, i) => {
      const cr = run.clients[i];
      return {
        node: node(i),
        name: c.name,
        actions: run.spec.clients[i]?.actions.length ?? 0,
        done: cr?.next ?? 0,
        refused: cr?.refused ?? 0,
        timedOut: cr?.timedOut ?? 0,
        reads: cr?.reads.map((r) => ({ ...r })) ?? [],
        cache: c.cache.map((e) => ({ ...e })),
        hits: c.hits,
        misses: c.misses,
        invalidates: c.invalidates,
        writes: c.writes,
      };
    }),
    messages,
    retries,
  };
}

/** What the checker checks of AFS, in words. */
export const AFS_CHECKED =
  'every AFS client did its whole schedule, unless its node is down; every action or break given up after its tries had a message of its exchange lost or held by a paused node';

/** The AFS messages of file `file` to or from node `node` that the network lost or held at a paused node. */
function troubled(cl: ClusterState, node: number, file: string): boolean {
  return cl.log.some((e) => {
    if (e.kind !== 'lost' && e.kind !== 'held') return false;
    const m = cl.messages[e.id];
    return m?.body.kind === 'afs' && m.body.afs.file === file && (m.from.node === node || m.to.node === node);
  });
}

/**
 * The protocol stalled (a client whose node is up with actions left when nothing more is to happen), or gave up
 * with nothing to account for it (no message of that file to or from that client lost, or held by a pause).
 */
export function afsFindings(cl: ClusterState): CheckFinding[] {
  const run = cl.afs;
  if (!run) return [];
  const findings: CheckFinding[] = [];
  for (const e of cl.log) {
    if (e.kind !== 'afs' || e.event.kind !== 'gaveUp') continue;
    const { client, wire, tries } = e.event;
    if (!troubled(cl, run.clientNodes[client] as number, wire.file))
      findings.push({
        rule: 'afsDone',
        tick: e.tick,
        text: `${e.event.node} gave up its ${wire.kind} of ${wire.file} after ${tries} tries, but no message of that file to or from c${client} was lost or held`,
      });
  }
  if (!cl.finished) return findings;
  run.clients.forEach((cr, c) => {
    const left = (run.spec.clients[c]?.actions.length ?? 0) - cr.next;
    const node = cl.ids[run.clientNodes[c] as number] as string;
    if (left === 0 || cl.status[run.clientNodes[c] as number] === 'down') return;
    findings.push({
      rule: 'afsDone',
      tick: cl.now,
      text: `AFS client ${node} has ${left} actions left at the end of the run${cr.pending ? `, waiting for the answer to its ${cr.pending.wire.kind} of ${cr.pending.wire.file}` : ''}`,
    });
  });
  return findings;
}
