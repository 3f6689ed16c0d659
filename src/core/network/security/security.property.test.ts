import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deepCopy } from '../../deepCopy';
import { forge, impersonate, replay, tamper, TAMPER_FIELDS } from './attacks';
import { openChannel } from './channel';
import { nodeIdentity, publicIdentity } from './identity';
import { open } from './open';
import { seal } from './seal';
import type { ChannelEnd, Envelope, NodeIdentity } from './types';

// Three nodes of one seed: a sends to b; m is the malicious one. Signing costs a millisecond or more, so runs are few.
const [a, b, m] = [0, 1, 2].map((i) => nodeIdentity(7, i)) as [NodeIdentity, NodeIdentity, NodeIdentity];
const directory = [a, b, m].map(publicIdentity);
const SECURED = ['signed', 'encrypted'] as const;

function end(mode: ChannelEnd['mode'], self: NodeIdentity, peer: NodeIdentity): ChannelEnd {
  const made = openChannel(mode, self, publicIdentity(peer));
  if (!made.ok) throw new Error(made.message);
  return made.channel;
}

/** a's envelopes to b carrying `payloads`, in order */
function sent(mode: ChannelEnd['mode'], payloads: Uint8Array[]): Envelope[] {
  let channel = end(mode, a, b);
  return payloads.map((p, i) => {
    const s = seal(a, channel, p, `gossip #${i}`);
    expect(s.channel.sent).toBe(channel.sent + 1);
    channel = s.channel;
    return s.envelope;
  });
}

const payload = fc.uint8Array({ maxLength: 48 });
const payloads = fc.array(payload, { minLength: 1, maxLength: 5 });
const mode = fc.constantFrom(...SECURED);

describe('signed and encrypted traffic (properties)', () => {
  it('opens every honest envelope to its payload exactly once, in any order, however often it arrives', () => {
    const run = fc
      .tuple(mode, payloads)
      .chain(([md, ps]) =>
        fc.tuple(
          fc.constant(md),
          fc.constant(ps),
          fc.shuffledSubarray([...ps.keys()], { minLength: ps.length }),
          fc.array(fc.nat({ max: ps.length - 1 }), { maxLength: 4 }),
        ),
      );
    fc.assert(
      fc.property(run, ([md, ps, order, again]) => {
        const envelopes = sent(md, ps);
        let channel = end(md, b, a);
        const opened = ps.map(() => 0);
        for (const i of [...order, ...again]) {
          const o = open(b, channel, replay(envelopes[i]!), directory);
          if (o.ok) {
            expect(o.payload).toEqual(ps[i]);
            expect(o.channel.highest).toBeGreaterThanOrEqual(channel.highest);
            channel = o.channel;
            opened[i]!++;
          } else expect(o).toMatchObject({ reason: 'replayed', counter: i + 1 });
        }
        expect(opened).toEqual(ps.map(() => 1));
      }),
      { numRuns: 8 },
    );
  });

  it('rejects every tampered envelope: a changed message as tampered, a changed seal as forged', () => {
    fc.assert(
      fc.property(mode, payloads, fc.constantFrom(...TAMPER_FIELDS), fc.nat(), (md, ps, field, at) => {
        const e = sent(md, ps).at(-1)!;
        const changed = tamper(e, field, at);
        if (!changed.ok) {
          // Signed mode has no nonce, and its body is empty when its payload is (the header never is here).
          expect(md).toBe('signed');
          expect(field === 'nonce' || (field === 'body' && e.body.length === 0)).toBe(true);
          return;
        }
        const channel = end(md, b, a);
        const before = deepCopy(channel);
        const o = open(b, channel, changed.envelope, directory);
        expect(o).toMatchObject(
          field === 'digest' || field === 'signature'
            ? { ok: false, reason: 'forged', from: a.id, signer: null }
            : { ok: false, reason: 'tampered', from: a.id, layer: 'digest' },
        );
        expect(channel).toEqual(before);
      }),
      { numRuns: 24 },
    );
  });

  it('rejects every forged envelope and every impersonation, naming the impersonator', () => {
    fc.assert(
      fc.property(mode, payload, fc.boolean(), (md, p, made) => {
        const attack = made ? forge : impersonate;
        const { envelope } = attack(m, end(md, m, b), a.id, p, 'block 9');
        expect(envelope).toMatchObject({ from: a.id, to: b.id });
        expect(open(b, end(md, b, a), envelope, directory)).toMatchObject({
          ok: false,
          reason: 'forged',
          signer: made ? null : m.id,
        });
      }),
      { numRuns: 10 },
    );
  });

  it('never moves a channel counter back, whatever arrives', () => {
    const step = fc.oneof(
      fc.record({ kind: fc.constant('send' as const), p: payload }),
      fc.record({ kind: fc.constant('replay' as const), pick: fc.nat() }),
      fc.record({ kind: fc.constant('tamper' as const), pick: fc.nat(), field: fc.constantFrom(...TAMPER_FIELDS) }),
      fc.record({ kind: fc.constant('forge' as const), p: payload }),
    );
    fc.assert(
      fc.property(mode, fc.array(step, { minLength: 1, maxLength: 8 }), (md, steps) => {
        let out = end(md, a, b);
        let into = end(md, b, a);
        let attacker = end(md, m, b);
        const wire: Envelope[] = [];
        for (const s of steps) {
          let e: Envelope | undefined;
          if (s.kind === 'send') {
            const sealed = seal(a, out, s.p, 'tx');
            expect(sealed.channel.sent).toBe(out.sent + 1);
            out = sealed.channel;
            e = sealed.envelope;
            wire.push(e);
          } else if (s.kind === 'forge') {
            const forged = forge(m, attacker, a.id, s.p, 'tx');
            attacker = forged.channel;
            e = forged.envelope;
          } else if (wire.length > 0) {
            const old = wire[s.pick % wire.length]!;
            const t = s.kind === 'replay' ? { ok: true as const, envelope: replay(old) } : tamper(old, s.field, s.pick);
            if (t.ok) e = t.envelope;
          }
          if (e === undefined) continue;
          const o = open(b, into, e, directory);
          if (!o.ok) continue;
          expect(o.channel.highest).toBeGreaterThanOrEqual(into.highest);
          expect(o.channel.sent).toBe(into.sent);
          into = o.channel;
        }
        expect(into.highest).toBeLessThanOrEqual(out.sent);
      }),
      { numRuns: 12 },
    );
  });

  it('gives the same keys and the same envelopes, byte for byte, from the same seed', () => {
    fc.assert(
      fc.property(fc.nat({ max: 0xffff_ffff }), mode, payloads, (seed, md, ps) => {
        const twice = [0, 1].map(() => {
          const [x, y] = [nodeIdentity(seed, 0), nodeIdentity(seed, 1)];
          let channel = end(md, x, y);
          return ps.map((p) => {
            const s = seal(x, channel, p, 'h');
            channel = s.channel;
            return s.envelope;
          });
        });
        expect(twice[1]).toEqual(twice[0]);
      }),
      { numRuns: 6 },
    );
  });
});
