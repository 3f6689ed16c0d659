import type { SimState } from '../../kernel/state';
import type { NetNodeEvent } from './events';
import { netRun } from './steps';

/** The node's network as frames show it: read-only, built on demand. */
export interface NetRunView {
  place: number;
  /** messages delivered and not yet taken, by pid */
  mailboxes: { pid: number; waiting: number }[];
  /** processes WAITING for the network, and what for (until null: until a message comes) */
  waiting: { pid: number; for: string; until: number | null }[];
  stats: { sent: number; received: number; replied: number; timeouts: number; sendTicks: number };
  log: readonly NetNodeEvent[];
}

export function netView(st: SimState): NetRunView {
  const run = netRun(st);
  return {
    place: run.place,
    mailboxes: [...run.mailbox]
      .filter(([, box]) => box.length > 0)
      .map(([pid, box]) => ({ pid, waiting: box.length }))
      .sort((a, b) => a.pid - b.pid),
    waiting: [...run.progress]
      .flatMap(([pid, p]) =>
        p.waiting ? [{ pid, for: p.waiting.kind, until: p.waiting.until === Infinity ? null : p.waiting.until }] : [],
      )
      .sort((a, b) => a.pid - b.pid),
    stats: { ...run.stats },
    log: run.log,
  };
}
