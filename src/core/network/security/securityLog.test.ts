import { describe, expect, it } from 'vitest';
import { rejectionCounts, REJECT_REASONS, securityLogEntry } from './securityLog';
import type { Opened } from './types';

const rejected = (reason: 'replayed' | 'forged'): Opened =>
  reason === 'replayed'
    ? { ok: false, reason, from: 'aa', counter: 3, sentence: 'rejected: a replay' }
    : { ok: false, reason, from: 'aa', signer: null, sentence: 'rejected: forged' };

describe('the security log', () => {
  it('keeps the tick, the judge, the message, the claimed sender, the verdict and its words', () => {
    const accepted: Opened = {
      ok: true,
      payload: new Uint8Array(0),
      channel: {
        mode: 'signed',
        self: 'bb',
        peer: 'aa',
        peerSigningKey: '',
        sendKey: '',
        receiveKey: '',
        sent: 0,
        highest: 1,
        seen: 1,
      },
      sentence: 'accepted: fine',
    };
    expect(securityLogEntry(12, 'bb', 40, 'aa', accepted)).toEqual({
      tick: 12,
      node: 'bb',
      messageId: 40,
      from: 'aa',
      verdict: 'accepted',
      sentence: 'accepted: fine',
    });
    expect(securityLogEntry(13, 'bb', 41, 'aa', rejected('replayed'))).toEqual({
      tick: 13,
      node: 'bb',
      messageId: 41,
      from: 'aa',
      verdict: 'rejected',
      reason: 'replayed',
      sentence: 'rejected: a replay',
    });
  });

  it('counts rejections by reason, every reason present', () => {
    const log = [
      securityLogEntry(1, 'bb', 1, 'aa', rejected('replayed')),
      securityLogEntry(2, 'bb', 2, 'aa', rejected('forged')),
      securityLogEntry(3, 'bb', 3, 'aa', rejected('replayed')),
    ];
    const counts = rejectionCounts(log);
    expect(Object.keys(counts).sort()).toEqual(Object.keys(REJECT_REASONS).sort());
    expect(counts).toMatchObject({ replayed: 2, forged: 1, tampered: 0, misaddressed: 0 });
  });
});
