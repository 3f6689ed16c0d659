import { chacha20poly1305 } from '@noble/ciphers/chacha.js';
import { ed25519 } from '@noble/curves/ed25519.js';
import { hexToBytes } from '@noble/hashes/utils.js';
import { digestOf, headerBytes, NO_BYTES, nonceFor } from './envelopeBytes';
import type { ChannelEnd, Envelope, NodeIdentity } from './types';

/** The sender's signature of its digest: every mode but none. */
export function signed(sender: NodeIdentity, unsigned: Omit<Envelope, 'digest' | 'signature'>): Envelope {
  const digest = digestOf(unsigned);
  return { ...unsigned, digest, signature: ed25519.sign(digest, hexToBytes(sender.signingSecret)) };
}

/**
 * The next message from `sender` on `channel`, as its mode protects it: with the next counter, its payload in clear
 * (none, signed) or encrypted under the channel's send key, and signed (signed, encrypted). The channel returned has
 * counted it; the one given is left as it was.
 */
export function seal(
  sender: NodeIdentity,
  channel: ChannelEnd,
  payload: Uint8Array,
  header: string,
): { envelope: Envelope; channel: ChannelEnd } {
  const counter = channel.sent + 1;
  const next = { ...channel, sent: counter };
  const clear = { from: sender.id, to: channel.peer, counter, header };
  if (channel.mode === 'none')
    return {
      envelope: { ...clear, nonce: NO_BYTES, body: payload.slice(), digest: NO_BYTES, signature: NO_BYTES },
      channel: next,
    };
  if (channel.mode === 'signed')
    return { envelope: signed(sender, { ...clear, nonce: NO_BYTES, body: payload.slice() }), channel: next };
  const nonce = nonceFor(counter);
  const body = chacha20poly1305(hexToBytes(channel.sendKey), nonce, headerBytes(clear)).encrypt(payload);
  return { envelope: signed(sender, { ...clear, nonce, body }), channel: next };
}
