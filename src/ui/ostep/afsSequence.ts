import type { AfsAnswers, AfsCacheEntry, AfsMessage } from '../../core/index';

/** One lifeline: the server's or a client's, with what it holds after the step shown. */
export interface AfsLane {
  name: string;
  /** the server: each file's value and callbacks; a client: each cached file with its bits */
  holds: string[];
}

export interface AfsArrow {
  from: number;
  to: number;
  kind: AfsMessage['kind'];
  /** a callback broken again, where the client held no promise (afs.py's server never forgets a fetch) */
  again: boolean;
  label: string;
}

/** One client operation: a mark on its lifeline, then its messages one slot each, in the order they were sent. */
export interface AfsRow {
  step: number;
  lane: number;
  label: string;
  arrows: AfsArrow[];
  current: boolean;
}

export interface AfsSequenceModel {
  lanes: AfsLane[];
  /** the steps shown, oldest first, ending with the current one */
  rows: AfsRow[];
  /** steps before the first row, not shown */
  hidden: number;
}

/** A step takes a slot for its mark and one per message. */
export const slotsOf = (row: Pick<AfsRow, 'arrows'>): number => 1 + row.arrows.length;

const bit = (b: boolean) => (b ? 1 : 0);

/** `a:1 v=1 d=0 r=1`: a cached file as afs.py prints it with -d 4. */
export const cacheLabel = (e: AfsCacheEntry): string =>
  `${e.file}:${e.data} v=${bit(e.valid)} d=${bit(e.dirty)} r=${e.refcnt}`;

function arrowLabel(m: AfsMessage): string {
  switch (m.kind) {
    case 'fetch':
      return `fetch ${m.file}`;
    case 'file':
      return `${m.file} = ${m.value}`;
    case 'store':
      return `store ${m.file} = ${m.value}`;
    case 'break':
      return `break ${m.file}`;
  }
}

/**
 * The message sequence diagram after step `current` of an afs.py answer: a lifeline for the server and each
 * client with what it holds then (the caches replayed from each step's changes, the server's values from its
 * stores), and the latest steps that fit in `slots` slots (always the current one).
 */
export function afsSequence(answer: AfsAnswers, current: number, slots: number): AfsSequenceModel {
  const clients = answer.stats.clients.map((c) => c.name);
  const caches: AfsCacheEntry[][] = clients.map(() => []);
  const values = new Map(answer.files.map((f) => [f.name, f.initial]));
  const last = Math.min(current, answer.steps.length - 1);
  for (const s of answer.steps.slice(0, last + 1)) {
    for (const c of s.caches) caches[c.client] = c.cache;
    for (const m of s.messages) if (m.kind === 'store') values.set(m.file, m.value);
  }
  const server = answer.files.map((f) => {
    const holders = clients.filter((_, i) => caches[i]?.some((e) => e.file === f.name && e.valid));
    return `${f.name} = ${values.get(f.name)}${holders.length > 0 ? `, callbacks ${holders.join(' ')}` : ''}`;
  });
  const lanes: AfsLane[] = [
    { name: 'server', holds: server },
    ...clients.map((name, i) => ({ name, holds: (caches[i] ?? []).map(cacheLabel) })),
  ];
  const laneOf = (node: string) => (node === 'server' ? 0 : clients.indexOf(node) + 1);
  const rows: AfsRow[] = [];
  let used = 0;
  for (let i = last; i >= 0; i--) {
    const s = answer.steps[i];
    if (!s) break;
    const row: AfsRow = {
      step: i,
      lane: s.client + 1,
      label: `${s.op.kind} ${s.op.file}`,
      current: i === last,
      arrows: s.messages.map((m) => ({
        from: laneOf(m.from),
        to: laneOf(m.to),
        kind: m.kind,
        again: m.kind === 'break' && !m.promised,
        label: arrowLabel(m),
      })),
    };
    if (rows.length > 0 && used + slotsOf(row) > slots) break;
    used += slotsOf(row);
    rows.unshift(row);
  }
  return { lanes, rows, hidden: rows[0]?.step ?? 0 };
}

/** The diagram in words (the canvas's name): what each lifeline holds after the current step. */
export function afsSummary(model: AfsSequenceModel): string {
  const current = model.rows[model.rows.length - 1];
  const head = current ? `Message sequence up to step ${current.step + 1}` : 'Message sequence';
  const lanes = model.lanes.map((l) => `${l.name} holds ${l.holds.join(', ') || 'nothing'}`);
  return `${head}. ${lanes.join('; ')}.`;
}
