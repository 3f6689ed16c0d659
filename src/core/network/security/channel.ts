import { x25519 } from '@noble/curves/ed25519.js';
import { hkdf } from '@noble/hashes/hkdf.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, concatBytes, hexToBytes, utf8ToBytes } from '@noble/hashes/utils.js';
import type { ChannelEnd, NodeIdentity, PublicIdentity, SecurityMode, SecurityRefusal } from './types';

/**
 * How many counters below the highest a receiver remembers (IPsec's default, RFC 4303): a message delayed past 32
 * later ones is refused as too old rather than risk taking a replay.
 */
export const RECEIVE_WINDOW = 32;

const CHANNEL_INFO = utf8ToBytes('bcos-sim/channel/v1');

/**
 * The ChaCha20-Poly1305 key of the direction from → to: HKDF-SHA256 over the X25519 secret the two share, told
 * apart by the two signing keys in order, so each direction has its own key and its counters may start at 1 alike.
 */
function directionKey(shared: Uint8Array, from: string, to: string): string {
  return bytesToHex(hkdf(sha256, shared, undefined, concatBytes(CHANNEL_INFO, hexToBytes(from), hexToBytes(to)), 32));
}

/**
 * `self`'s end of its channel with `peer`. Both ends derive the same two keys: an X25519 agreement costs about a
 * millisecond, so the cluster opens a channel when a pair first talks, not for every pair at the start.
 */
export function openChannel(
  mode: SecurityMode,
  self: NodeIdentity,
  peer: PublicIdentity,
): { ok: true; channel: ChannelEnd } | SecurityRefusal {
  if (peer.id === self.id)
    return { ok: false, field: 'peer', message: `node ${self.id} cannot open a channel to itself` };
  let sendKey = '';
  let receiveKey = '';
  if (mode === 'encrypted') {
    const shared = x25519.getSharedSecret(hexToBytes(self.agreementSecret), hexToBytes(peer.agreementKey));
    sendKey = directionKey(shared, self.signingKey, peer.signingKey);
    receiveKey = directionKey(shared, peer.signingKey, self.signingKey);
  }
  const channel = { mode, self: self.id, peer: peer.id, peerSigningKey: peer.signingKey, sendKey, receiveKey };
  return { ok: true, channel: { ...channel, sent: 0, highest: 0, seen: 0 } };
}

/** Where a received counter stands against the window: new, already taken, or below what the window holds. */
export type WindowVerdict = 'fresh' | 'replayed' | 'out-of-window';

export function windowVerdict(channel: ChannelEnd, counter: number): WindowVerdict {
  if (!Number.isSafeInteger(counter) || counter < 1) return 'out-of-window';
  if (counter > channel.highest) return 'fresh';
  const offset = channel.highest - counter;
  if (offset >= RECEIVE_WINDOW) return 'out-of-window';
  return (channel.seen >>> offset) & 1 ? 'replayed' : 'fresh';
}

/** The channel after accepting a fresh `counter`: the window slides up to it, or marks it below the highest. */
export function accepted(channel: ChannelEnd, counter: number): ChannelEnd {
  if (counter > channel.highest) {
    const shift = counter - channel.highest;
    const seen = shift >= RECEIVE_WINDOW ? 1 : ((channel.seen << shift) | 1) >>> 0;
    return { ...channel, highest: counter, seen };
  }
  return { ...channel, seen: (channel.seen | (1 << (channel.highest - counter))) >>> 0 };
}

/**
 * The receiver's channel with the claimed sender of a message: the one it has, else a new one when the sender is
 * another node of the directory, else undefined (a sender it does not know, which `open` refuses).
 */
export function channelFrom(
  mode: SecurityMode,
  receiver: NodeIdentity,
  channels: Readonly<Record<string, ChannelEnd>>,
  directory: readonly PublicIdentity[],
  from: string,
): ChannelEnd | undefined {
  const held = Object.hasOwn(channels, from) ? channels[from] : undefined;
  if (held !== undefined) return held;
  const peer = directory.find((n) => n.id === from);
  const made = peer === undefined ? undefined : openChannel(mode, receiver, peer);
  return made?.ok ? made.channel : undefined;
}
