import { ed25519 } from '@noble/curves/ed25519.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deepCopy } from '../../deepCopy';
import { deepFreeze } from '../../deepFreeze';
import { nodeIdentity, publicIdentity } from './identity';
import { shortName } from './names';

describe('a node identity', () => {
  it('is the same for the same seed and index, and names its node by a hash of its signing key', () => {
    fc.assert(
      fc.property(fc.nat({ max: 0xffff_ffff }), fc.nat({ max: 63 }), (seed, index) => {
        const a = nodeIdentity(seed, index);
        expect(nodeIdentity(seed, index)).toEqual(a);
        expect(a.index).toBe(index);
        expect(a.id).toBe(bytesToHex(sha256(hexToBytes(a.signingKey))).slice(0, 16));
        expect(bytesToHex(ed25519.getPublicKey(hexToBytes(a.signingSecret)))).toBe(a.signingKey);
      }),
      { numRuns: 10 },
    );
  });

  it('keeps the keys it had in the first version (a change here changes every run)', () => {
    const n = nodeIdentity(1, 0);
    expect(n.id).toBe('0db4be9ac2117820');
    expect(n.signingKey).toBe('390ba687886568eaf919849b7a863364adf1f16182419f8122dc1c0e7c3127f1');
    expect(n.agreementKey).toBe('f2714f6e59c97ba6d5354a5400e8c07eaea700d378f01c99d460d99123f87835');
  });

  it('differs from node to node and from seed to seed', () => {
    const ids = [0, 1, 2, 3].map((i) => nodeIdentity(5, i).id);
    expect(new Set([...ids, nodeIdentity(6, 0).id]).size).toBe(5);
  });

  it('is plain data a checkpoint copies and the cluster may freeze, and its public part holds no secret', () => {
    const n = nodeIdentity(9, 2);
    expect(deepCopy(n)).toEqual(n);
    const shown = publicIdentity(n);
    expect(Object.keys(shown).sort()).toEqual(['agreementKey', 'id', 'index', 'signingKey']);
    expect(Object.isFrozen(deepFreeze(shown))).toBe(true);
  });
});

const node = (id: string, index: number) => ({ index, id, signingKey: '', agreementKey: '' });

describe('shortName', () => {
  it('shows four hex digits, or as many as tell a node from every other', () => {
    const directory = [node('3a9f00aa00000000', 0), node('3a9f01bb00000000', 1), node('7c2100cc00000000', 2)];
    expect(shortName(directory, '7c2100cc00000000')).toBe('7c21');
    expect(shortName(directory, '3a9f00aa00000000')).toBe('3a9f00');
    expect(shortName(directory, '3a9f01bb00000000')).toBe('3a9f01');
    expect(shortName([], 'ffff00aa00000000')).toBe('ffff');
  });
});
