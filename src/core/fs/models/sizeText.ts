const UNITS = ['B', 'kB', 'MB', 'GB', 'TB', 'PB'] as const;

/** Bytes in decimal units with at most one decimal, as model hubs print sizes: "13.5 GB", "512 MB", "700 B". */
export function sizeText(bytes: number): string {
  for (let unit = 0; ; unit++) {
    // Rounded before the test, so 999,960 bytes reads "1 MB" and not "1000 kB".
    const scaled = unit === 0 ? bytes : Number((bytes / 1000 ** unit).toFixed(1));
    if (scaled < 1000 || unit === UNITS.length - 1) return `${scaled} ${UNITS[unit]}`;
  }
}
