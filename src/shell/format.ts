/** Plain-text layout for the console: columns padded with spaces, bars of block characters. */

/** Rows of cells as aligned columns; the last column is not padded (it may hold icons of uneven width). */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const all = [header, ...rows];
  const widths = header.map((_, c) => Math.max(...all.map((r) => (r[c] ?? '').length)));
  const line = (r: readonly string[]) =>
    r
      .map((cell, c) => (c === r.length - 1 ? cell : cell.padEnd(widths[c] as number)))
      .join('  ')
      .trimEnd();
  return all.map(line);
}

/** A fraction 0..1 as a percentage with one decimal: 0.1834 -> "18.3 %". */
export function percent(fraction: number): string {
  return `${Math.round(fraction * 1000) / 10} %`;
}

/** A mean for display: 2 decimals (metrics.round2's rule), or "–" when there is none yet. */
export function figure(x: number | null): string {
  return x === null ? '–' : String((Math.sign(x) * Math.round(Math.abs(x) * 100)) / 100);
}

const BAR_WIDTH = 30;

/** [label, count] rows as bars scaled to the largest count (at least one block for a non-zero count). */
export function bars(rows: readonly [string, number][]): string[] {
  const max = Math.max(1, ...rows.map(([, n]) => n));
  const labelWidth = Math.max(0, ...rows.map(([l]) => l.length));
  return rows.map(
    ([label, n]) =>
      `${label.padStart(labelWidth)} │ ${'█'.repeat(n === 0 ? 0 : Math.max(1, Math.round((n / max) * BAR_WIDTH)))} ${n}`,
  );
}

/** A scenario title as a file name: "A day on a node" -> "a-day-on-a-node". */
export function slug(title: string): string {
  const s = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s === '' ? 'scenario' : s.slice(0, 60);
}

const UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB'] as const;

/** Bytes in binary units, at most two decimals: 4096 → "4 KiB", 1536 → "1.5 KiB". */
export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (Math.abs(value) >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${Math.round(value * 100) / 100} ${UNITS[unit]}`;
}
