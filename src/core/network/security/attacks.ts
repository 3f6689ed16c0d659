import { sha512 } from '@noble/hashes/sha2.js';
import { concatBytes, utf8ToBytes } from '@noble/hashes/utils.js';
import { digestOf, NO_BYTES, nonceFor } from './envelopeBytes';
import { seal, signed } from './seal';
import type { ChannelEnd, Envelope, NodeId, NodeIdentity, SecurityRefusal, TamperField } from './types';

/**
 * What a malicious node does to traffic, as pure functions over envelopes. A receiver tells them apart by what it
 * can check: a changed message field fails the digest its sender signed (tampered), a changed digest or signature,
 * a made-up signature or another node's fails the claimed sender's key (forged), an old envelope fails the window.
 */

export { TAMPER_FIELDS, type TamperField } from './types';

/** bytes of a counter a tamper may flip: the low six, so the counter stays a safe integer */
const COUNTER_BYTES = 6;

function flippedBytes(bytes: Uint8Array, at: number): Uint8Array {
  const out = bytes.slice();
  out[at % out.length]! ^= 0xff;
  return out;
}

function flippedCounter(counter: number, at: number): number {
  const place = 256 ** (at % COUNTER_BYTES);
  const byte = Math.floor(counter / place) % 256;
  return counter + ((byte ^ 0xff) - byte) * place;
}

function flippedHeader(header: string, at: number): string {
  const i = at % header.length;
  return header.slice(0, i) + String.fromCharCode(header.charCodeAt(i) ^ 0xff) + header.slice(i + 1);
}

/**
 * The envelope with every bit of one byte of `field` flipped: byte `at` (taken modulo the field's length) of a byte
 * field, of the counter's low six bytes, or the low byte of one character of the header. A field the mode leaves
 * empty has nothing to change: refused.
 */
export function tamper(
  e: Envelope,
  field: TamperField,
  at: number,
): { ok: true; envelope: Envelope } | SecurityRefusal {
  if (!Number.isSafeInteger(at) || at < 0)
    return { ok: false, field: 'at', message: `the byte to change must be a whole number from 0, not ${at}` };
  if (field === 'counter') return { ok: true, envelope: { ...e, counter: flippedCounter(e.counter, at) } };
  const length = field === 'header' ? e.header.length : e[field].length;
  if (length === 0)
    return { ok: false, field, message: `the envelope's ${field} is empty in this mode: there is no byte to change` };
  if (field === 'header') return { ok: true, envelope: { ...e, header: flippedHeader(e.header, at) } };
  return { ok: true, envelope: { ...e, [field]: flippedBytes(e[field], at) } };
}

/** The same envelope sent again: its own bytes, so the cluster may hold both copies. */
export function replay(e: Envelope): Envelope {
  const { nonce, body, digest, signature } = e;
  return { ...e, nonce: nonce.slice(), body: body.slice(), digest: digest.slice(), signature: signature.slice() };
}

/**
 * `attacker` sends a message on its own channel to a node, claiming in `from` to be `victim`, and signs it with its
 * own key (the only one it has). Its channel counts the message.
 */
export function impersonate(
  attacker: NodeIdentity,
  channel: ChannelEnd,
  victim: NodeId,
  payload: Uint8Array,
  header: string,
): { envelope: Envelope; channel: ChannelEnd } {
  const sealed = seal(attacker, channel, payload, header);
  const claimed = { ...sealed.envelope, from: victim };
  if (channel.mode === 'none') return { envelope: claimed, channel: sealed.channel };
  const { digest: _digest, signature: _signature, ...unsigned } = claimed;
  return { envelope: signed(attacker, unsigned), channel: sealed.channel };
}

/**
 * `attacker` makes up a whole message from `victim` to the node at the other end of its channel: the payload in the
 * body (it holds no key of theirs to encrypt with), a correct digest, and a signature it invents, 64 bytes hashed
 * from the digest and its own id, since it cannot make the victim's. In mode none there is no signature to invent.
 */
export function forge(
  attacker: NodeIdentity,
  channel: ChannelEnd,
  victim: NodeId,
  payload: Uint8Array,
  header: string,
): { envelope: Envelope; channel: ChannelEnd } {
  const counter = channel.sent + 1;
  const next = { ...channel, sent: counter };
  const nonce = channel.mode === 'encrypted' ? nonceFor(counter) : NO_BYTES;
  const unsigned = { from: victim, to: channel.peer, counter, header, nonce, body: payload.slice() };
  if (channel.mode === 'none')
    return { envelope: { ...unsigned, digest: NO_BYTES, signature: NO_BYTES }, channel: next };
  const digest = digestOf(unsigned);
  const signature = sha512(concatBytes(digest, utf8ToBytes(attacker.id)));
  return { envelope: { ...unsigned, digest, signature }, channel: next };
}
