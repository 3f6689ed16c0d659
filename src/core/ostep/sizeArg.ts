import { pyIntBig } from './pyNumber';

const SUFFIX: Readonly<Record<string, bigint>> = { k: 1024n, m: 1024n ** 2n, g: 1024n ** 3n };

/**
 * A size as OSTEP's `convert` reads it: an integer, or one followed by k, m or g (either case) for ×1024, ×1024²,
 * ×1024³. Undefined where Python raises (an empty string, a bad number).
 */
function sizeBig(raw: string): bigint | undefined {
  const mult = SUFFIX[raw.slice(-1).toLowerCase()];
  if (mult === undefined) return pyIntBig(raw);
  const n = pyIntBig(raw.slice(0, -1));
  return n === undefined ? undefined : n * mult;
}

/**
 * The same size as a number. Anything beyond the safe integers is clamped to them: every script refuses such a
 * size by its own limit, and clamping keeps the arithmetic exact until it does.
 */
export function sizeArg(raw: string): number | undefined {
  const n = sizeBig(raw);
  if (n === undefined) return undefined;
  const cap = BigInt(Number.MAX_SAFE_INTEGER);
  return Number(n > cap ? cap : n < -cap ? -cap : n);
}
