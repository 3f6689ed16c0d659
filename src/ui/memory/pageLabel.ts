/**
 * What a frame's cell says when there is room: "P3:5" (page 5 of P3), else just the page "5", else nothing.
 * `fits` measures a text against the cell; free frames (pid or page below 0) say nothing.
 */
export function pageLabel(pid: number, vpn: number, fits: (text: string) => boolean): string | null {
  if (pid < 0 || vpn < 0) return null;
  for (const text of [`P${pid}:${vpn}`, String(vpn)]) if (fits(text)) return text;
  return null;
}
