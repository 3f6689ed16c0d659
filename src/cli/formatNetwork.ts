import type { AfsResult, MigrationSummary, NetworkResult, SecurityResult } from '../core/index';

/** One migration's figures on a line: what moved where, how, and how long it ran nowhere. */
function migrationLine(m: MigrationSummary): string {
  const open = m.stalls?.find((s) => s.until === null);
  const stalledTicks = (m.stalls ?? []).reduce((n, s) => n + (s.until ?? s.since) - s.since, 0);
  const ticks = open
    ? `not over: its pages stalled at tick ${open.since} (${open.why.kind === 'partition' ? 'the route is cut by a partition' : `${m.from} is paused`})${m.waiting ? `; P${m.waiting.pid} on ${m.to} still waits for ${m.waiting.pages.length === 1 ? 'a page' : `${m.waiting.pages.length} pages`}` : ''}`
    : m.totalTicks === null
      ? 'never stopped on the source'
      : `${m.totalTicks} ticks in all, ${m.downtimeTicks} of downtime${stalledTicks > 0 ? `, its pages stalled ${stalledTicks} ticks` : ''}`;
  return `  ${m.process} (${m.name}) ${m.from} -> ${m.to} by ${m.method} at tick ${m.startTick}${m.by === 'balance' ? ' (balancer)' : ''}: ${m.outcome}, ${m.rounds} rounds, ${m.pagesTransferred} pages, ${ticks}`;
}

/** The security's counts, then each rejection in words: what a student reads of an attack. */
function securityLines(s: SecurityResult): string[] {
  const reasons = Object.entries(s.rejected).map(([why, count]) => `${why} ${count}`);
  const total = Object.values(s.rejected).reduce((a, b) => a + b, 0);
  return [
    `security: ${s.mode}, ${s.sealed} sealed, ${s.opened} opened, ${total} rejected${reasons.length ? ` (${reasons.join(', ')})` : ''}, ${s.attacks.length} attack messages`,
    ...s.log.filter((e) => e.verdict === 'rejected').map((e) => `  ${String(e.tick).padStart(8)}  ${e.text}`),
  ];
}

/** AFS's server files and each client's reads and cache at the end: afs.py's answer, as the cluster gave it. */
function afsLines(a: AfsResult): string[] {
  const s = a.server;
  const files = s.files.map((f) => `${f.name}=${f.value} (callbacks ${f.callbacks.join(' ') || 'none'})`).join(', ');
  const tries = a.retries > 0 ? `, ${a.retries} sent again` : '';
  return [
    `afs: ${s.node} serves ${files}; ${s.gets} fetches, ${s.puts} stores, ${s.breaksSent} callback breaks (${s.breaksUnanswered} unanswered)${tries}`,
    ...a.clients.map((c) => {
      const reads = c.reads
        .map((r) => `${r.file}=${r.value}${r.valid ? '' : ' (invalid copy)'} at ${r.tick}`)
        .join(', ');
      const cache = c.cache
        .map((e) => `${e.file}=${e.data}${e.valid ? '' : ' invalid'}${e.dirty ? ' dirty' : ''}`)
        .join(', ');
      const stopped = c.timedOut + c.refused > 0 ? `; ${c.timedOut} timed out, ${c.refused} refused` : '';
      return `  ${c.node === c.name ? c.node : `${c.node} (${c.name})`}: ${c.done}/${c.actions} actions${stopped}; read ${reads || 'nothing'}; cache ${cache || 'empty'}`;
    }),
  ];
}

/** A cluster's network after the top-level node's trace: what it did in words, the counts, and the checker's verdict. */
export function formatNetwork(n: NetworkResult, withEvents: boolean): string {
  const m = n.messages;
  const lost = Object.entries(n.lostBy)
    .map(([why, count]) => `${why} ${count}`)
    .join(', ');
  const lines = [
    `network: ${n.nodes.length} nodes, ${n.ticks} ticks${n.finished ? '' : ' (not finished)'}`,
    ...(withEvents ? n.events.map((e) => `  ${String(e.tick).padStart(8)}  ${e.text}`) : []),
    `messages: ${m.sent} sent, ${m.delivered} delivered, ${m.lost} lost${lost ? ` (${lost})` : ''}, ${m.duplicated} duplicated, ${m.suppressed} copies suppressed, ${m.onTheirWay} on their way`,
    ...n.nodes.map(
      (x) =>
        `  ${x.id}: ${x.status}, ${x.completed}/${x.processes} processes done, tick ${x.ticks}; its processes sent ${x.net.sent}, received ${x.net.received}, replied ${x.net.replied}, timed out ${x.net.timeouts}`,
    ),
  ];
  if (n.security) lines.push(...securityLines(n.security));
  if (n.afs) lines.push(...afsLines(n.afs));
  if (n.migrations) lines.push(`migrations: ${n.migrations.length}`, ...n.migrations.map(migrationLine));
  if (n.gossip)
    lines.push(
      `gossip (fan-out ${n.gossip.fanout}): theory ${n.gossip.theoreticalRounds} rounds = ${n.gossip.formula}`,
      ...n.gossip.items.map(
        (c) =>
          `  item ${c.item} (${c.kind} at ${c.node}, tick ${c.madeAt}): ${c.reached}/${c.validators} validators, ${c.rounds === null ? 'not all reached' : `${c.rounds} rounds`}; per round ${c.perRound.join(' ')}`,
      ),
    );
  lines.push(
    `checker: ${n.checker.ok ? 'ok' : 'FAILED'} (${n.checker.checked.join('; ')})`,
    ...n.checker.findings.map((f) => `  tick ${f.tick}: ${f.rule}: ${f.text}`),
    `cluster trace hash: ${n.traceHash}`,
  );
  return lines.join('\n');
}
