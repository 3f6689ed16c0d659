import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deepCopy } from '../../deepCopy';
import { accepted, channelFrom, openChannel, RECEIVE_WINDOW, windowVerdict, type WindowVerdict } from './channel';
import { nodeIdentity, publicIdentity } from './identity';
import type { ChannelEnd } from './types';

const [a, b] = [nodeIdentity(3, 0), nodeIdentity(3, 1)];
const directory = [a, b].map(publicIdentity);

function end(mode: 'none' | 'signed' | 'encrypted', self = a, peer = b): ChannelEnd {
  const made = openChannel(mode, self, publicIdentity(peer));
  if (!made.ok) throw new Error(made.message);
  return made.channel;
}

describe('openChannel', () => {
  it('gives both ends the same key for each direction, and the two directions different keys', () => {
    const ab = end('encrypted', a, b);
    const ba = end('encrypted', b, a);
    expect(ab.sendKey).toMatch(/^[0-9a-f]{64}$/);
    expect(ab.sendKey).toBe(ba.receiveKey);
    expect(ab.receiveKey).toBe(ba.sendKey);
    expect(ab.sendKey).not.toBe(ab.receiveKey);
    expect(ab).toMatchObject({ self: a.id, peer: b.id, peerSigningKey: b.signingKey, sent: 0, highest: 0, seen: 0 });
  });

  it('agrees no key where the mode encrypts nothing', () => {
    expect(end('signed')).toMatchObject({ sendKey: '', receiveKey: '' });
  });

  it('refuses a channel from a node to itself', () => {
    expect(openChannel('signed', a, publicIdentity(a))).toEqual({
      ok: false,
      field: 'peer',
      message: `node ${a.id} cannot open a channel to itself`,
    });
  });

  it('is plain data a checkpoint copies', () => {
    const c = end('encrypted');
    expect(deepCopy(c)).toEqual(c);
  });
});

describe('channelFrom', () => {
  it('keeps the channel a node has, opens one with a node of the directory, and knows no stranger', () => {
    const held = { ...end('signed', b, a), highest: 4, seen: 1 };
    expect(channelFrom('signed', b, { [a.id]: held }, directory, a.id)).toBe(held);
    expect(channelFrom('signed', b, {}, directory, a.id)).toEqual(end('signed', b, a));
    expect(channelFrom('signed', b, {}, directory, nodeIdentity(3, 7).id)).toBeUndefined();
    expect(channelFrom('signed', b, {}, directory, b.id)).toBeUndefined();
  });
});

describe('the receive window', () => {
  it('takes new counters, refuses a second copy, and refuses what is older than the window', () => {
    let c = end('signed');
    for (const n of [1, 3, 2]) {
      expect(windowVerdict(c, n)).toBe('fresh');
      c = accepted(c, n);
    }
    expect(c).toMatchObject({ highest: 3, seen: 0b111 });
    expect(windowVerdict(c, 2)).toBe('replayed');
    c = accepted(c, 3 + RECEIVE_WINDOW);
    expect(windowVerdict(c, 3)).toBe('out-of-window');
    expect(windowVerdict(c, 4)).toBe('fresh');
    expect(windowVerdict(c, 0)).toBe('out-of-window');
    expect(windowVerdict(c, 1.5)).toBe('out-of-window');
  });

  it('answers as a set of accepted counters would, and its highest never goes back', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -2, max: 120 }), { maxLength: 80 }), (counters) => {
        let c = end('signed');
        const taken = new Set<number>();
        for (const n of counters) {
          const expected: WindowVerdict =
            n < 1 || n <= c.highest - RECEIVE_WINDOW ? 'out-of-window' : taken.has(n) ? 'replayed' : 'fresh';
          expect(windowVerdict(c, n)).toBe(expected);
          if (expected !== 'fresh') continue;
          const before = c.highest;
          c = accepted(c, n);
          taken.add(n);
          expect(c.highest).toBe(Math.max(before, n));
        }
      }),
      { numRuns: 500 },
    );
  });
});
