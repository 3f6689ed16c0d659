import { Inflate, strFromU8 } from 'fflate';
import { fromBase64Url } from './shareBase64';
import { parseEnvelope, type PayloadResult } from './shareEnvelope';
import { parseJsonText, refuse } from './shareJson';
import { SHARE_LIMITS, SHARE_PREFIX } from './shareUrl';
import { groupedDigits } from '../groupedDigits';

export {
  MEMORY_COLOURS,
  parseEnvelope,
  type MemoryColour,
  type ShareDisplay,
  type SharePayload,
} from './shareEnvelope';
export { encodeShare, SHARE_LIMITS, SHARE_PREFIX, shareUrl, type ShareUrl } from './shareUrl';
export type ShareDecoding = PayloadResult;

/** Compressed data cannot honestly be much larger than its inflated size; base64url takes 4 chars per 3 bytes. */
const MAX_DATA_CHARS = Math.ceil(((SHARE_LIMITS.maxInflatedBytes + 1024) * 4) / 3);
/** Input is fed to the inflater in chunks this size (bytes), so one push inflates to at most ~1 MB (DEFLATE peaks near 1032:1). */
const CHUNK_BYTES = 1024;
const MB = '1 MB (1,048,576 bytes)';

/** `#s=<data>` (or `s=<data>`) -> the payload, through the one validation step. Never throws. */
export function decodeShare(fragment: string): ShareDecoding {
  try {
    return decode(fragment);
  } catch {
    // Every step above catches its own failures; this is the backstop that keeps "never throws" true.
    return refuse('link', 'a readable share link', 'The link could not be read.');
  }
}

function decode(fragment: string): ShareDecoding {
  const body = typeof fragment === 'string' && fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (typeof body !== 'string' || !body.startsWith('s=')) {
    return refuse(
      'link',
      `a fragment starting with ${SHARE_PREFIX}`,
      `The link is not a shared scenario: its part after # must start with ${SHARE_PREFIX.slice(1)}.`,
    );
  }
  const data = body.slice(2);
  if (data.length === 0) return refuse('link', 'base64url data after #s=', 'The link has no scenario data after #s=.');
  if (data.length > MAX_DATA_CHARS) {
    return refuse(
      'link',
      `at most ${groupedDigits(MAX_DATA_CHARS)} characters of data`,
      `The link's data is too long (${groupedDigits(data.length)} characters); a scenario over ${MB} cannot be shared.`,
    );
  }
  const bytes = fromBase64Url(data);
  if (!bytes.ok) {
    const limit = 'base64url characters (A–Z, a–z, 0–9, - and _)';
    return refuse(
      'link',
      limit,
      `The link is garbled at character ${bytes.at + 1} of its data: only ${limit}, and not a lone last character.`,
    );
  }
  const inflated = inflateCapped(bytes.bytes, SHARE_LIMITS.maxInflatedBytes);
  if (inflated === 'too big')
    return refuse('link', `at most ${MB} decompressed`, `The link's scenario is larger than ${MB} once decompressed.`);
  if (inflated === 'garbled')
    return refuse(
      'link',
      'DEFLATE-compressed data',
      'The link is garbled: its data does not decompress (was it cut short or changed?).',
    );
  // A DEFLATE stream says where it ends, and the inflater ignores whatever follows: a stream that still
  // inflates without its last byte had bytes after it, which an honest link never has.
  if (bytes.bytes.length > 1 && inflateCapped(bytes.bytes.subarray(0, -1), SHARE_LIMITS.maxInflatedBytes) !== 'garbled')
    return refuse(
      'link',
      'nothing after the compressed data',
      'The link is garbled: it has extra data after the compressed scenario (was it pasted twice or changed?).',
    );
  const json = parseJsonText(strFromU8(inflated), 'link', Number.MAX_SAFE_INTEGER);
  return json.ok ? parseEnvelope(json.value, 'link') : json;
}

/**
 * Raw DEFLATE -> bytes, stopping as soon as the output passes `max` bytes: the input goes in small chunks
 * and every chunk's output is counted before the next one is inflated.
 */
export function inflateCapped(data: Uint8Array, max: number): Uint8Array | 'too big' | 'garbled' {
  const parts: Uint8Array[] = [];
  let size = 0;
  let tooBig = false;
  const inflater = new Inflate((chunk) => {
    size += chunk.length;
    if (size > max) tooBig = true;
    else parts.push(chunk);
  });
  try {
    for (let at = 0; at < data.length; at += CHUNK_BYTES) {
      // Set by the callback during the previous push.
      if (tooBig) break;
      const end = Math.min(at + CHUNK_BYTES, data.length);
      inflater.push(data.subarray(at, end), end === data.length);
    }
    if (data.length === 0) inflater.push(data, true);
  } catch {
    return 'garbled';
  }
  if (tooBig) return 'too big';
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
