import { groupedDigits } from '../../groupedDigits';

/** What a node's process did with the network: a typed record, told in words by netNodeText. */
export type NetNodeEvent =
  | { tick: number; kind: 'send'; pid: number; to: string; toPid: number; bytes: number; ticks: number; mbps: number }
  | {
      tick: number;
      kind: 'request';
      pid: number;
      to: string;
      toPid: number;
      bytes: number;
      seq: number;
      timeout: number;
    }
  | { tick: number; kind: 'receive'; pid: number; from: string; fromPid: number | null; id: number; bytes: number }
  | { tick: number; kind: 'reply'; pid: number; to: string; toPid: number; seq: number; bytes: number }
  | { tick: number; kind: 'waits'; pid: number; for: 'receive' | 'reply' | 'request'; until: number }
  | { tick: number; kind: 'timeout'; pid: number; for: 'receive' | 'reply' | 'request'; waited: number }
  | { tick: number; kind: 'refused'; why: string };

const until = (t: number): string => (t === Infinity ? 'until one comes' : `until tick ${groupedDigits(t)} at most`);

export function netNodeText(e: NetNodeEvent): string {
  switch (e.kind) {
    case 'send':
      return e.ticks > 0
        ? `P${e.pid} sends ${e.bytes} bytes to P${e.toPid} on ${e.to}: WAITING ${e.ticks} ticks while they leave at ${e.mbps} Mbit/s`
        : `P${e.pid} sends ${e.bytes} bytes to P${e.toPid} on ${e.to}`;
    case 'request':
      return `P${e.pid} asks P${e.toPid} on ${e.to} (${e.bytes} bytes, request ${e.seq}) and waits for the reply, ${e.timeout} ticks at most`;
    case 'receive':
      return `P${e.pid} takes message #${e.id} (${e.bytes} bytes) from ${e.fromPid === null ? '' : `P${e.fromPid} on `}${e.from}`;
    case 'reply':
      return `P${e.pid} answers request ${e.seq} of P${e.toPid} on ${e.to} with ${e.bytes} bytes`;
    case 'waits':
      return `P${e.pid} waits for ${e.for === 'reply' ? 'its reply' : e.for === 'request' ? 'a request' : 'a message'}, WAITING ${until(e.until)}`;
    case 'timeout':
      return `P${e.pid} gave up waiting for ${e.for === 'reply' ? 'its reply' : e.for === 'request' ? 'a request' : 'a message'} after ${e.waited} ticks: it carries on without`;
    case 'refused':
      return e.why;
  }
}
