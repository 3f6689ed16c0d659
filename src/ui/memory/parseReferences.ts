/** Longer strings would make a step table too wide to read; the core's own limit may be higher. */
export const MAX_REFERENCES = 100;
export const MAX_FRAMES = 16;

export type ParsedList = { ok: true; value: number[] } | { ok: false; message: string };
export type ParsedCount = { ok: true; value: number } | { ok: false; message: string };

/** A reference string of page numbers separated by spaces and/or commas: "7 0 1 2 0 3" or "7, 0, 1". */
export function parseReferences(text: string): ParsedList {
  const tokens = text.split(/[\s,]+/).filter((t) => t !== '');
  if (tokens.length === 0)
    return {
      ok: false,
      message: 'Reference string: enter page numbers separated by spaces or commas, e.g. 7 0 1 2 0 3.',
    };
  const bad = tokens.filter((t) => !/^\d{1,6}$/.test(t));
  if (bad.length > 0) {
    const quoted = bad
      .slice(0, 5)
      .map((t) => `“${t}”`)
      .join(', ');
    return {
      ok: false,
      message: `Reference string: ${quoted}${bad.length > 5 ? ' and more' : ''} ${bad.length === 1 ? 'is not a page number' : 'are not page numbers'} (whole numbers from 0 to 999999).`,
    };
  }
  if (tokens.length > MAX_REFERENCES)
    return {
      ok: false,
      message: `Reference string: at most ${MAX_REFERENCES} references (this one has ${tokens.length}).`,
    };
  return { ok: true, value: tokens.map(Number) };
}

export function parseFrameCount(text: string): ParsedCount {
  const t = text.trim();
  const n = /^\d+$/.test(t) ? Number(t) : NaN;
  if (!(n >= 1 && n <= MAX_FRAMES)) return { ok: false, message: `Frames: a whole number from 1 to ${MAX_FRAMES}.` };
  return { ok: true, value: n };
}
