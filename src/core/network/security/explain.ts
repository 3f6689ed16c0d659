import { shortName } from './names';
import { RECEIVE_WINDOW } from './channel';
import type { Directory, Envelope, Rejection, SecurityMode } from './types';

/**
 * A rejection in words a student follows: what the receiver checked, what it found, and what that means. A sender
 * numbers its messages on each channel ("no. 3"), apart from the cluster's message ids ("#12") the logs show.
 */
export function explainRejection(r: Rejection, directory: Directory): string {
  const node = (id: string): string => `node ${shortName(directory, id)}`;
  switch (r.reason) {
    case 'misaddressed':
      return `rejected: the message is addressed to ${node(r.to)}, not to this node — a copy sent to the wrong node`;
    case 'unknown-sender':
      return `rejected: ${node(r.from)} is not a node of this cluster — there is no public key to check its signature against`;
    case 'forged':
      return r.signer === null
        ? `rejected: the signature does not verify against ${node(r.from)}'s public key, nor any other node's — the signature was forged, or damaged on the way`
        : `rejected: the message claims to come from ${node(r.from)}, but the signature verifies against ${node(r.signer)}'s public key — ${node(r.signer)} is impersonating ${node(r.from)}`;
    case 'tampered':
      return r.layer === 'digest'
        ? `rejected: ${node(r.from)}'s signature is good, but the message no longer matches the digest it signed — the message was changed on the way`
        : `rejected: ${node(r.from)}'s signature is good, but the ciphertext does not decrypt with the key the two nodes share — it was not sealed for this channel`;
    case 'replayed':
      return `rejected: ${node(r.from)}'s message no. ${r.counter} on this channel was already received — this is a replay of an old message`;
    case 'out-of-window':
      return `rejected: ${node(r.from)}'s message no. ${r.counter} on this channel is older than the last ${RECEIVE_WINDOW} this node remembers (it has received up to no. ${r.highest}) — it cannot tell whether this is a replay, so it refuses it`;
  }
}

const CHECKED: Record<SecurityMode, string> = {
  none: 'unchecked: the channel has no security, so a changed, replayed or forged message would be taken too',
  signed: 'signature verified, payload read in clear',
  encrypted: 'signature verified and payload decrypted',
};

export function explainAccepted(e: Envelope, mode: SecurityMode, directory: Directory): string {
  return `accepted: node ${shortName(directory, e.from)}'s message no. ${e.counter} on this channel, ${CHECKED[mode]}`;
}
