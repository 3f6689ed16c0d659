import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

/** SHA-256 as 64 lowercase hex digits: the ledger's block hashes and the model store's blob names. */
export const sha256Hex = (bytes: Uint8Array): string => bytesToHex(sha256(bytes));

/** The bytes of an ASCII string (the names both stores accept are ASCII, checked before they get here). */
export function asciiLabel(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i) & 0xff;
  return out;
}
