import { chacha20poly1305 } from '@noble/ciphers/chacha.js';
import { ed25519 } from '@noble/curves/ed25519.js';
import { equalBytes } from '@noble/curves/utils.js';
import { hexToBytes } from '@noble/hashes/utils.js';
import { accepted, windowVerdict } from './channel';
import { digestOf, headerBytes } from './envelopeBytes';
import { explainAccepted, explainRejection } from './explain';
import type { ChannelEnd, Directory, Envelope, NodeIdentity, Opened, Rejection } from './types';

const SIGNATURE_BYTES = 64;
const DIGEST_BYTES = 32;

function verifies(e: Envelope, signingKey: string): boolean {
  return (
    e.signature.length === SIGNATURE_BYTES &&
    e.digest.length === DIGEST_BYTES &&
    ed25519.verify(e.signature, e.digest, hexToBytes(signingKey))
  );
}

/** The plaintext, or null when the tag does not match (noble throws on a bad tag or a nonce of the wrong size). */
function decrypted(e: Envelope, key: string): Uint8Array | null {
  try {
    return chacha20poly1305(hexToBytes(key), e.nonce, headerBytes(e)).decrypt(e.body);
  } catch {
    return null;
  }
}

/**
 * What is wrong with an envelope on an authenticated channel, or null. The signature first, so nothing its sender
 * did not sign reaches the window; the window before the cipher, so a replay costs no decryption. A signature the
 * sender's key does not verify is tried against every other node's, to name an impersonator (rejections only).
 */
function fault(channel: ChannelEnd, e: Envelope, directory: Directory): Rejection | null {
  if (!verifies(e, channel.peerSigningKey)) {
    const signer = directory.find((n) => n.id !== e.from && verifies(e, n.signingKey));
    return { reason: 'forged', from: e.from, signer: signer?.id ?? null };
  }
  if (!equalBytes(digestOf(e), e.digest)) return { reason: 'tampered', from: e.from, layer: 'digest' };
  const seen = windowVerdict(channel, e.counter);
  if (seen === 'replayed') return { reason: 'replayed', from: e.from, counter: e.counter };
  if (seen === 'out-of-window')
    return { reason: 'out-of-window', from: e.from, counter: e.counter, highest: channel.highest };
  return null;
}

/**
 * `receiver` judges an envelope that reached it, on its channel with the envelope's claimed sender (undefined when
 * it has none: the sender is not a node it knows). Accepted, it gives the payload and the channel that will refuse
 * the same message again; rejected, the reason and its sentence, and the receiver's channel stays as it was.
 */
export function open(
  receiver: NodeIdentity,
  channel: ChannelEnd | undefined,
  e: Envelope,
  directory: Directory,
): Opened {
  const reject = (r: Rejection): Opened => ({ ok: false, ...r, sentence: explainRejection(r, directory) });
  if (e.to !== receiver.id) return reject({ reason: 'misaddressed', to: e.to });
  if (channel === undefined || channel.peer !== e.from) return reject({ reason: 'unknown-sender', from: e.from });
  const ok = (payload: Uint8Array, next: ChannelEnd): Opened => ({
    ok: true,
    payload,
    channel: next,
    sentence: explainAccepted(e, channel.mode, directory),
  });
  if (channel.mode === 'none') return ok(e.body.slice(), channel);
  const found = fault(channel, e, directory);
  if (found) return reject(found);
  if (channel.mode === 'signed') return ok(e.body.slice(), accepted(channel, e.counter));
  const payload = decrypted(e, channel.receiveKey);
  return payload === null
    ? reject({ reason: 'tampered', from: e.from, layer: 'cipher' })
    : ok(payload, accepted(channel, e.counter));
}
