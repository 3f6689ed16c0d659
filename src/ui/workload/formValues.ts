/**
 * Form text to the value sent for validation. Blank means "left out" (so an optional field takes its
 * documented default); text that is not a number is sent as typed, so the refusal quotes what the user wrote.
 */
export function toNumber(text: string): unknown {
  const t = text.trim();
  if (t === '') return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : t;
}

/** "5, 3, 4" -> [5, 3, 4] (bursts CPU 5, I/O 3, CPU 4; offsets; CPUs); commas and/or spaces separate. */
export function parseNumberList(text: string): unknown[] {
  return text
    .split(/[\s,]+/)
    .filter((t) => t !== '')
    .map(toNumber);
}

export function formatNumberList(bursts: readonly number[]): string {
  return bursts.join(', ');
}

export const MiB = 1024 * 1024;
