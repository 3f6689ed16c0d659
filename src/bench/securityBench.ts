// Signed and encrypted traffic (issue 16): seal and open per second in each mode, and what a secured run costs.
import { performance } from 'node:perf_hooks';
import { forge } from '../core/network/security/attacks';
import { openChannel } from '../core/network/security/channel';
import { nodeIdentity, publicIdentity } from '../core/network/security/identity';
import { open } from '../core/network/security/open';
import { seal } from '../core/network/security/seal';
import { SECURITY_MODES, type ChannelEnd, type Envelope, type NodeIdentity } from '../core/network/security/types';
import { groupedDigits } from '../core/groupedDigits';

/** messages timed per mode; the cost of a message does not depend on how many went before it */
const MESSAGES = 2000;
/** a run the cluster would secure, against its 1,000,000 unsecured messages */
const RUN = 10_000;
const PAYLOAD = new Uint8Array(128).map((_, i) => i);
const NODES = 64;

function end(mode: ChannelEnd['mode'], self: NodeIdentity, peer: NodeIdentity): ChannelEnd {
  const made = openChannel(mode, self, publicIdentity(peer));
  if (!made.ok) throw new Error(made.message);
  return made.channel;
}

const perSecond = (n: number, ms: number) => `${groupedDigits(Math.round((n / ms) * 1000))}/s`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

export function securityBenchmarks(): { name: string; ms: number; detail: string }[] {
  const rows: { name: string; ms: number; detail: string }[] = [];
  let t = performance.now();
  const nodes = Array.from({ length: NODES }, (_, i) => nodeIdentity(1, i));
  rows.push({
    name: `security: ${NODES} node identities`,
    ms: performance.now() - t,
    detail: 'Ed25519 + X25519 keys from the seed',
  });
  const [a, b] = nodes as [NodeIdentity, NodeIdentity];
  const directory = nodes.map(publicIdentity);

  t = performance.now();
  for (let i = 0; i < 20; i++) end('encrypted', a, nodes[i + 1]!);
  const channelMs = (performance.now() - t) / 20;
  const pairs = (NODES * (NODES - 1)) / 2;
  rows.push({
    name: 'security: open an encrypted channel end',
    ms: channelMs,
    detail: `X25519 + HKDF; a full mesh of ${NODES} (${groupedDigits(pairs)} pairs, both ends) ${seconds(channelMs * pairs * 2)}`,
  });

  for (const mode of SECURITY_MODES) {
    let out = end(mode, a, b);
    let into = end(mode, b, a);
    const envelopes: Envelope[] = [];
    t = performance.now();
    for (let i = 0; i < MESSAGES; i++) {
      const s = seal(a, out, PAYLOAD, `gossip #${i}`);
      out = s.channel;
      envelopes.push(s.envelope);
    }
    const sealMs = performance.now() - t;
    t = performance.now();
    for (const e of envelopes) {
      const o = open(b, into, e, directory);
      if (!o.ok) throw new Error(o.sentence);
      into = o.channel;
    }
    const openMs = performance.now() - t;
    const runMs = ((sealMs + openMs) / MESSAGES) * RUN;
    rows.push(
      {
        name: `security: seal ${groupedDigits(MESSAGES)} messages (${mode})`,
        ms: sealMs,
        detail: perSecond(MESSAGES, sealMs),
      },
      {
        name: `security: open ${groupedDigits(MESSAGES)} messages (${mode})`,
        ms: openMs,
        detail: perSecond(MESSAGES, openMs),
      },
      {
        name: `security: a run of ${groupedDigits(RUN)} messages (${mode}), seal + open`,
        ms: runMs,
        detail: `${seconds(runMs)}, from the rates above (${PAYLOAD.length}-byte payloads)`,
      },
    );
  }

  // A forged message costs a check against every node's key, to name an impersonator if there is one.
  const m = nodes[2]!;
  const forged = forge(m, end('signed', m, b), a.id, PAYLOAD, 'x').envelope;
  const into = end('signed', b, a);
  t = performance.now();
  const verdict = open(b, into, forged, directory);
  rows.push({
    name: `security: reject a forged message among ${NODES} nodes`,
    ms: performance.now() - t,
    detail: verdict.ok ? 'NOT REJECTED' : `${verdict.reason}: every node's key tried`,
  });
  return rows;
}
