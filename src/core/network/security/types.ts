/**
 * Signed and encrypted traffic between the cluster's nodes, as plain data. Keys are lowercase hex strings, so an
 * identity and the cluster's directory can be frozen (deepFreeze cannot freeze a typed array) and shown or written
 * as JSON; what travels on a link is bytes (`Uint8Array`, which checkpoints copy).
 */

/** How a channel protects its messages: nothing, an Ed25519 signature, or ChaCha20-Poly1305 and a signature. */
export type SecurityMode = 'none' | 'signed' | 'encrypted';
export const SECURITY_MODES: readonly SecurityMode[] = ['none', 'signed', 'encrypted'];

/** What a malicious node does (an `attack` fault of the cluster): attacks.ts. */
export type AttackKind = 'tamper' | 'replay' | 'impersonate' | 'forge';
export const ATTACK_KINDS: readonly AttackKind[] = ['tamper', 'replay', 'impersonate', 'forge'];

/** The fields a tamper can change: the message (its sender's digest no longer holds) or its seal (digest, signature). */
export type TamperField = 'counter' | 'header' | 'nonce' | 'body' | 'digest' | 'signature';
export const TAMPER_FIELDS: readonly TamperField[] = ['counter', 'header', 'nonce', 'body', 'digest', 'signature'];

/** 16 hex digits: the first 8 bytes of the SHA-256 of the node's Ed25519 public key. */
export type NodeId = string;

/** What every node may know of another: its id, its place in the cluster and its two public keys (hex). */
export interface PublicIdentity {
  readonly index: number;
  readonly id: NodeId;
  /** Ed25519, 32 bytes: checks the node's signatures */
  readonly signingKey: string;
  /** X25519, 32 bytes: agrees a channel key with it */
  readonly agreementKey: string;
}

/** A node's own identity: its public identity and the two secret keys (hex, 32 bytes each). */
export interface NodeIdentity extends PublicIdentity {
  readonly signingSecret: string;
  readonly agreementSecret: string;
}

/** Every node's public identity, by index: what a node checks a claimed sender against. */
export type Directory = readonly PublicIdentity[];

/**
 * One node's end of its channel with a peer. Counters number the messages of each direction from 1; the receive
 * window remembers which of the last RECEIVE_WINDOW counters up to `highest` were accepted.
 */
export interface ChannelEnd {
  readonly mode: SecurityMode;
  readonly self: NodeId;
  readonly peer: NodeId;
  /** the peer's Ed25519 public key (hex) */
  readonly peerSigningKey: string;
  /** ChaCha20-Poly1305 keys (hex) from X25519 and HKDF, one per direction; '' unless the mode is encrypted */
  readonly sendKey: string;
  readonly receiveKey: string;
  /** the counter of the last message sealed on this end (0: none yet) */
  readonly sent: number;
  /** the highest counter accepted from the peer (0: none yet) */
  readonly highest: number;
  /** bit i set: counter `highest - i` was accepted (an unsigned 32-bit mask) */
  readonly seen: number;
}

/**
 * A message on the wire. The signature is the sender's Ed25519 signature of `digest`, and the digest is the SHA-256
 * of everything before it: so a receiver can tell a signature its sender never made (forged) from a message changed
 * after its sender signed it (tampered). Empty fields are those the mode does not use.
 */
export interface Envelope {
  readonly from: NodeId;
  readonly to: NodeId;
  readonly counter: number;
  /** what the cluster says about the message in clear (its kind, its id); signed, never encrypted */
  readonly header: string;
  /** 12 bytes made from the counter (encrypted mode) */
  readonly nonce: Uint8Array;
  /** the payload (none, signed) or its ciphertext and Poly1305 tag (encrypted) */
  readonly body: Uint8Array;
  /** SHA-256 of the fields above, 32 bytes */
  readonly digest: Uint8Array;
  /** Ed25519 signature of the digest, 64 bytes */
  readonly signature: Uint8Array;
}

/** Why a receiver refused an envelope, with what it found. */
export type Rejection =
  | { readonly reason: 'misaddressed'; readonly to: NodeId }
  | { readonly reason: 'unknown-sender'; readonly from: NodeId }
  /** the claimed sender's key does not verify the signature; `signer` is the known node whose key does, if any */
  | { readonly reason: 'forged'; readonly from: NodeId; readonly signer: NodeId | null }
  /** signed by the sender, but the message no longer matches what it signed (digest) or does not decrypt (cipher) */
  | { readonly reason: 'tampered'; readonly from: NodeId; readonly layer: 'digest' | 'cipher' }
  | { readonly reason: 'replayed'; readonly from: NodeId; readonly counter: number }
  | { readonly reason: 'out-of-window'; readonly from: NodeId; readonly counter: number; readonly highest: number };

export type RejectReason = Rejection['reason'];

/** `open`'s answer: the payload and the channel that remembers it, or why not, in words. */
export type Opened =
  | { readonly ok: true; readonly payload: Uint8Array; readonly channel: ChannelEnd; readonly sentence: string }
  | ({ readonly ok: false; readonly sentence: string } & Rejection);

/** A refusal of bad input to this module (a channel to itself, a field an attack cannot change). */
export interface SecurityRefusal {
  readonly ok: false;
  readonly field: string;
  readonly message: string;
}
