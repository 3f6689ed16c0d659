// The console's commands print sizes too, so the one formatter lives with the shell's code.
export { formatBytes } from '../../shell/format';

/** A fraction as a whole-or-one-decimal percentage: 0.183 → "18.3 %". */
export function formatPercent(fraction: number): string {
  return `${Math.round(fraction * 1000) / 10} %`;
}
