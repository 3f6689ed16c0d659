import { ed25519, x25519 } from '@noble/curves/ed25519.js';
import { hkdf } from '@noble/hashes/hkdf.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { NodeIdentity, PublicIdentity } from './types';

const IDENTITY_SALT = utf8ToBytes('bcos-sim/identity/v1');
/** bytes of SHA-256(public key) that make a node id */
const ID_BYTES = 8;

/** Four bytes, big-endian: an unsigned 32-bit seed or a node index as key material. */
export function u32Bytes(n: number): Uint8Array {
  return Uint8Array.of(n >>> 24, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff);
}

/**
 * The identity of node `index` in a run of scenario seed `seed`: the same keys every time, in the browser and the
 * CLI, and no other node's. HKDF-SHA256 draws 64 bytes from the seed for the node's index: the first 32 are its
 * Ed25519 secret key, the last 32 its X25519 secret key. Its id is a hash of its signing key, as a peer id is.
 */
export function nodeIdentity(seed: number, index: number): NodeIdentity {
  const material = hkdf(sha256, u32Bytes(seed), IDENTITY_SALT, u32Bytes(index), 64);
  const signingSecret = material.subarray(0, 32);
  const agreementSecret = material.subarray(32, 64);
  const signingKey = ed25519.getPublicKey(signingSecret);
  return {
    index,
    id: bytesToHex(sha256(signingKey).subarray(0, ID_BYTES)),
    signingKey: bytesToHex(signingKey),
    agreementKey: bytesToHex(x25519.getPublicKey(agreementSecret)),
    signingSecret: bytesToHex(signingSecret),
    agreementSecret: bytesToHex(agreementSecret),
  };
}

/** What a node tells the others about itself: its identity without the secrets. */
export function publicIdentity(identity: NodeIdentity): PublicIdentity {
  const { index, id, signingKey, agreementKey } = identity;
  return { index, id, signingKey, agreementKey };
}
