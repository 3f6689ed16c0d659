import { deflateSync, strToU8 } from 'fflate';
import { toBase64Url } from './shareBase64';
import type { SharePayload } from './shareEnvelope';
import { groupedDigits } from '../groupedDigits';

// Apart from the decoding (share.ts): the page makes links, and the worker reads them with the one validation.

/** The URL fragment of a shared scenario is `#s=<data>`. */
export const SHARE_PREFIX = '#s=';

export const SHARE_LIMITS = {
  /** decompressed size of a link's data, in bytes (checked while inflating, so a zip bomb stops here) */
  maxInflatedBytes: 1024 * 1024,
  /** a whole link longer than this (in characters) is too big for a link: browsers, chat apps and mail cut them */
  maxLinkChars: 8_000,
} as const;
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

export type ShareUrl = { ok: true; url: string } | { ok: false; reason: string };

/** `base` (any URL of the app; its own fragment is dropped) with the payload's fragment, unless too long for a link. */
export function shareUrl(base: string, payload: SharePayload): ShareUrl {
  const hash = base.indexOf('#');
  const url = `${hash < 0 ? base : base.slice(0, hash)}${SHARE_PREFIX}${encodeShare(payload)}`;
  if (url.length <= SHARE_LIMITS.maxLinkChars) return { ok: true, url };
  const limit = groupedDigits(SHARE_LIMITS.maxLinkChars);
  return {
    ok: false,
    reason: `This scenario is too big for a link (${groupedDigits(url.length)} characters; links of more than ${limit} are cut by browsers and chat apps). Share it as a file instead.`,
  };
}
