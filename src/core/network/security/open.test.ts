import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, concatBytes } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import { deepCopy } from '../../deepCopy';
import { typedBytes } from '../../typedBytes';
import { forge, impersonate, replay, tamper } from './attacks';
import { openChannel, RECEIVE_WINDOW } from './channel';
import { nodeIdentity, publicIdentity } from './identity';
import { open } from './open';
import { seal, signed } from './seal';
import { shortName } from './names';
import type { ChannelEnd, NodeIdentity } from './types';

const [a, b, m] = [0, 1, 2].map((i) => nodeIdentity(1, i)) as [NodeIdentity, NodeIdentity, NodeIdentity];
const directory = [a, b, m].map(publicIdentity);
const [na, nm] = [shortName(directory, a.id), shortName(directory, m.id)];
const bytes = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));

function end(mode: ChannelEnd['mode'], self: NodeIdentity, peer: NodeIdentity): ChannelEnd {
  const made = openChannel(mode, self, publicIdentity(peer));
  if (!made.ok) throw new Error(made.message);
  return made.channel;
}

describe('seal and open', () => {
  it('keeps the envelope it made in the first version, byte for byte (a change here changes every secured run)', () => {
    const { envelope } = seal(a, end('encrypted', a, b), bytes('transfer 5 to carol'), 'tx #1');
    expect(envelope).toMatchObject({ from: a.id, to: b.id, counter: 1, header: 'tx #1' });
    const { nonce, body, digest, signature } = envelope;
    expect(bytesToHex(sha256(concatBytes(nonce, body, digest, signature)))).toBe(
      'dc4599a2b2f051b54405c4eb4fba4218087140e9fecc5d5842c18e4bcd7dcc78',
    );
  });

  it('is an envelope a checkpoint copies byte for byte, into arrays of its own', () => {
    const { envelope } = seal(a, end('encrypted', a, b), bytes('hi'), 'h');
    const copy = deepCopy(envelope);
    expect(copy).toEqual(envelope);
    expect(copy.body).not.toBe(envelope.body);
    expect(typedBytes(envelope)).toBe(12 + 2 + 16 + 32 + 64);
  });

  it('hides the payload when it encrypts and shows it when it only signs', () => {
    const p = bytes('block 12: 3 transactions');
    const encrypted = seal(a, end('encrypted', a, b), p, 'block').envelope;
    expect(encrypted.body.length).toBe(p.length + 16);
    expect(bytesToHex(encrypted.body)).not.toContain(bytesToHex(p).slice(0, 8));
    expect(seal(a, end('signed', a, b), p, 'block').envelope.body).toEqual(p);
  });

  it('says what it checked when it accepts', () => {
    const sealed = seal(a, end('encrypted', a, b), bytes('hi'), 'h');
    const o = open(b, end('encrypted', b, a), sealed.envelope, directory);
    expect(o).toMatchObject({ ok: true, payload: bytes('hi'), channel: { highest: 1, seen: 1 } });
    expect(o.sentence).toBe(
      `accepted: node ${na}'s message no. 1 on this channel, signature verified and payload decrypted`,
    );
  });

  it('names the reasons of the brief in words a student follows', () => {
    const e = seal(a, end('signed', a, b), bytes('hi'), 'h').envelope;
    const into = end('signed', b, a);
    const changed = tamper(e, 'body', 0);
    expect(changed.ok && open(b, into, changed.envelope, directory).sentence).toBe(
      `rejected: node ${na}'s signature is good, but the message no longer matches the digest it signed — the message was changed on the way`,
    );
    const mimic = impersonate(m, end('signed', m, b), a.id, bytes('pay m'), 'h').envelope;
    expect(open(b, into, mimic, directory).sentence).toBe(
      `rejected: the message claims to come from node ${na}, but the signature verifies against node ${nm}'s public key — node ${nm} is impersonating node ${na}`,
    );
    const made = forge(m, end('signed', m, b), a.id, bytes('pay m'), 'h').envelope;
    expect(open(b, into, made, directory).sentence).toBe(
      `rejected: the signature does not verify against node ${na}'s public key, nor any other node's — the signature was forged, or damaged on the way`,
    );
  });

  it('refuses a copy sent to the wrong node and a sender it does not know', () => {
    const e = seal(a, end('signed', a, b), bytes('hi'), 'h').envelope;
    expect(open(m, end('signed', m, a), replay(e), directory)).toMatchObject({
      ok: false,
      reason: 'misaddressed',
      to: b.id,
    });
    const stranger = nodeIdentity(1, 9);
    const unknown = seal(stranger, end('signed', stranger, b), bytes('hi'), 'h').envelope;
    const o = open(b, undefined, unknown, directory);
    expect(o).toMatchObject({ ok: false, reason: 'unknown-sender', from: stranger.id });
    expect(o.sentence).toBe(
      `rejected: node ${shortName(directory, stranger.id)} is not a node of this cluster — there is no public key to check its signature against`,
    );
  });

  it('refuses a replay it remembers and an old message it no longer can', () => {
    let out = end('signed', a, b);
    let into = end('signed', b, a);
    const first = seal(a, out, bytes('1'), 'h');
    out = first.channel;
    for (let i = 0; i <= RECEIVE_WINDOW; i++) {
      const s = seal(a, out, bytes('n'), 'h');
      out = s.channel;
      if (i === 0) {
        const o = open(b, into, s.envelope, directory);
        if (o.ok) into = o.channel;
      }
    }
    expect(open(b, into, replay(seal(a, { ...out, sent: 1 }, bytes('n'), 'h').envelope), directory)).toMatchObject({
      reason: 'replayed',
      counter: 2,
    });
    const late = seal(a, out, bytes('n'), 'h');
    const o = open(b, into, late.envelope, directory);
    if (o.ok) into = o.channel;
    const old = open(b, into, first.envelope, directory);
    expect(old).toMatchObject({ ok: false, reason: 'out-of-window', counter: 1, highest: RECEIVE_WINDOW + 3 });
    expect(old.sentence).toBe(
      `rejected: node ${na}'s message no. 1 on this channel is older than the last ${RECEIVE_WINDOW} this node remembers (it has received up to no. ${RECEIVE_WINDOW + 3}) — it cannot tell whether this is a replay, so it refuses it`,
    );
  });

  it('refuses a signed ciphertext that does not decrypt on the channel', () => {
    const e = seal(a, end('encrypted', a, b), bytes('hi'), 'h').envelope;
    const { digest: _d, signature: _s, ...unsigned } = e;
    const garbled = signed(a, { ...unsigned, body: e.body.map((x) => x ^ 1) });
    expect(open(b, end('encrypted', b, a), garbled, directory)).toMatchObject({
      ok: false,
      reason: 'tampered',
      layer: 'cipher',
    });
  });

  it('takes anything on a channel without security: the lesson of mode none', () => {
    const into = end('none', b, a);
    const e = seal(a, end('none', a, b), bytes('pay bob 5'), 'tx').envelope;
    const changed = tamper(e, 'body', 3);
    const taken = [
      e,
      replay(e),
      changed.ok ? changed.envelope : e,
      impersonate(m, end('none', m, b), a.id, bytes('pay m 500'), 'tx').envelope,
      forge(m, end('none', m, b), a.id, bytes('pay m 900'), 'tx').envelope,
    ].map((x) => open(b, into, x, directory));
    expect(taken.every((o) => o.ok)).toBe(true);
    expect(taken[0]!.sentence).toBe(
      `accepted: node ${na}'s message no. 1 on this channel, unchecked: the channel has no security, so a changed, replayed or forged message would be taken too`,
    );
    expect(taken.map((o) => o.ok && String.fromCharCode(...o.payload))).toEqual([
      'pay bob 5',
      'pay bob 5',
      'pay\u00dfbob 5',
      'pay m 500',
      'pay m 900',
    ]);
  });
});
