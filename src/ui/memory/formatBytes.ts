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

/** A fraction as a whole-or-one-decimal percentage: 0.183 → "18.3 %". */
export function formatPercent(fraction: number): string {
  return `${Math.round(fraction * 1000) / 10} %`;
}
