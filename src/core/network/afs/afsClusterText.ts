import { explainAfsMessage, explainAfsStep } from './afsExplain';
import type { AfsEvent, AfsWire } from './afsClusterTypes';
import { clientName } from './afsModel';
import { AFS_SERVER, type AfsMessage } from './afsTypes';

/** A client's words name it as the model does (c0, c1, ...), and its node when that is called otherwise. */
function who(node: string, client: number): string {
  const name = clientName(client);
  return node === name ? name : `${node} (${name})`;
}

/** The model's message for a wire message, where the model has one (its words are the sequence diagram's). */
function modelMessage(wire: AfsWire, client: string, tick: number): AfsMessage | null {
  const base = { tick, file: wire.file };
  switch (wire.kind) {
    case 'fetch':
      return { ...base, kind: 'fetch', from: client, to: AFS_SERVER };
    case 'file':
      return { ...base, kind: 'file', value: wire.value, from: AFS_SERVER, to: client };
    case 'store':
      return { ...base, kind: 'store', value: wire.value, from: client, to: AFS_SERVER };
    default:
      return null;
  }
}

function wireText(wire: AfsWire, client: string, tick: number): string {
  const m = modelMessage(wire, client, tick);
  if (m) return explainAfsMessage(m);
  switch (wire.kind) {
    case 'stored':
      return `the server acknowledges ${client}'s store of ${wire.file}`;
    case 'break':
      return `the server sends ${client} a break of its callback on ${wire.file}`;
    default:
      return `${client} acknowledges the break of its callback on ${wire.file}`;
  }
}

/** One AFS event in words, for the narration and `sim run`'s trace. */
export function afsEventText(e: AfsEvent): string {
  const name = clientName(e.kind === 'step' ? e.step.client : e.client);
  switch (e.kind) {
    case 'step': {
      const text = explainAfsStep(e.step);
      return e.node === name ? text : `${e.node} is AFS client ${name}: ${text}`;
    }
    case 'sent': {
      const text = wireText(e.wire, name, e.tick);
      return e.tries > 1 ? `no answer yet, so again (try ${e.tries}): ${text}` : text;
    }
    case 'broken':
      return explainAfsMessage({
        tick: e.tick,
        kind: 'break',
        file: e.file,
        from: AFS_SERVER,
        to: name,
        promised: !e.again,
        held: e.held,
      });
    case 'refused':
      return `${who(e.node, e.client)} ${e.op.kind}s ${e.op.file}: refused, ${e.message}`;
    case 'gaveUp': {
      const what =
        e.wire.kind === 'break'
          ? `breaking ${name}'s callback on ${e.wire.file}`
          : `its ${e.wire.kind} of ${e.wire.file}`;
      const by = e.wire.kind === 'break' ? 'the server' : who(e.node, e.client);
      return `${by} gives up ${what} after ${e.tries} tries with no answer (ETIMEDOUT)`;
    }
  }
}
