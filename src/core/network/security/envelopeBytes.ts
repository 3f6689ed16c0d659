import { sha256 } from '@noble/hashes/sha2.js';
import { concatBytes, utf8ToBytes } from '@noble/hashes/utils.js';
import { u32Bytes } from './identity';
import type { Envelope } from './types';

const DOMAIN = utf8ToBytes('bcos-sim/envelope/v1');
const NONCE_BYTES = 12;

/** A field the mode leaves out (none has no nonce, digest or signature; signed no nonce). */
export const NO_BYTES = new Uint8Array(0);

/** A counter as 8 bytes, big-endian (counters stay below 2^53). */
function counterBytes(counter: number): Uint8Array {
  return concatBytes(u32Bytes(Math.floor(counter / 0x1_0000_0000)), u32Bytes(counter % 0x1_0000_0000));
}

/**
 * ChaCha20-Poly1305's 12-byte nonce for a message: four zero bytes and its counter. Each direction has its own key
 * and never reuses a counter, so a key never sees a nonce twice.
 */
export function nonceFor(counter: number): Uint8Array {
  const nonce = new Uint8Array(NONCE_BYTES);
  nonce.set(counterBytes(counter), NONCE_BYTES - 8);
  return nonce;
}

/** A field of variable length, prefixed by its length so no two envelopes share a byte string. */
const sized = (bytes: Uint8Array): Uint8Array => concatBytes(u32Bytes(bytes.length), bytes);

/** The envelope's clear facts: the AEAD's associated data, so the ciphertext belongs to this sender, receiver, counter and header. */
export function headerBytes(e: Pick<Envelope, 'from' | 'to' | 'counter' | 'header'>): Uint8Array {
  return concatBytes(
    DOMAIN,
    sized(utf8ToBytes(e.from)),
    sized(utf8ToBytes(e.to)),
    counterBytes(e.counter),
    sized(utf8ToBytes(e.header)),
  );
}

/** SHA-256 of every field before the digest: what the sender signs. */
export function digestOf(e: Omit<Envelope, 'digest' | 'signature'>): Uint8Array {
  return sha256(concatBytes(headerBytes(e), sized(e.nonce), sized(e.body)));
}
