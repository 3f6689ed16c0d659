import { deflateSync, Inflate, strFromU8, strToU8 } from 'fflate';
import { fromBase64Url, toBase64Url } from './shareBase64';
import { parseEnvelope, type PayloadResult, type SharePayload } from './shareEnvelope';
import { parseJsonText, refuse } from './shareJson';

export {
  MEMORY_COLOURS,
  parseEnvelope,
  type MemoryColour,
  type ShareDisplay,
  type SharePayload,
} from './shareEnvelope';
export type ShareDecoding = PayloadResult;

/** The URL fragment of a shared scenario is `#s=<data>`. */
export const SHARE_PREFIX = '#s=';

export const SHARE_LIMITS = {
  /** decompressed size of a link's data, in bytes (checked while inflating, so a zip bomb stops here) */
  maxInflatedBytes: 1024 * 1024,
  /** a whole link longer than this (in characters) is too big for a link: browsers, chat apps and mail cut them */
  maxLinkChars: 8_000,
} as const;
/** Compressed data cannot honestly be much larger than its inflated size; base64url takes 4 chars per 3 bytes. */
const MAX_DATA_CHARS = Math.ceil(((SHARE_LIMITS.maxInflatedBytes + 1024) * 4) / 3);
/** Input is fed to the inflater in chunks this size (bytes), so one push inflates to at most ~1 MB (DEFLATE peaks near 1032:1). */
const CHUNK_BYTES = 1024;
const MB = '1 MB (1,048,576 bytes)';

/**
 * The fragment's data: JSON of the envelope {v, s, t?, w?, d?}, DEFLATE level 9, base64url without padding.
 * Version 1 unless there are display choices to carry (see SHARE_ENVELOPE_VERSION).
 */
export function encodeShare(payload: SharePayload): string {
  const { processLanes: lanes, memoryColour: colour, memoryCell: cell } = payload.display ?? {};
  const d = {
    ...(lanes !== undefined && { lanes }),
    ...(colour !== undefined && { colour }),
    ...(cell !== undefined && { cell }),
  };
  const shown = Object.keys(d).length > 0;
  const envelope = {
    v: shown ? 2 : 1,
    s: payload.scenario,
    ...(payload.view && { t: payload.view.tick, w: payload.view.tab }),
    ...(shown && { d }),
  };
  return toBase64Url(deflateSync(strToU8(JSON.stringify(envelope)), { level: 9 }));
}

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
      `at most ${MAX_DATA_CHARS.toLocaleString('en-US')} characters of data`,
      `The link's data is too long (${data.length.toLocaleString('en-US')} characters); a scenario over ${MB} cannot be shared.`,
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

export type ShareUrl = { ok: true; url: string } | { ok: false; reason: string };

/** `base` (any URL of the app; its own fragment is dropped) with the payload's fragment, unless too long for a link. */
export function shareUrl(base: string, payload: SharePayload): ShareUrl {
  const hash = base.indexOf('#');
  const url = `${hash < 0 ? base : base.slice(0, hash)}${SHARE_PREFIX}${encodeShare(payload)}`;
  if (url.length <= SHARE_LIMITS.maxLinkChars) return { ok: true, url };
  const limit = SHARE_LIMITS.maxLinkChars.toLocaleString('en-US');
  return {
    ok: false,
    reason: `This scenario is too big for a link (${url.length.toLocaleString('en-US')} characters; links of more than ${limit} are cut by browsers and chat apps). Share it as a file instead.`,
  };
}
