import { groupedDigits } from '../../core/groupedDigits';

/**
 * A figure as the metrics show it (a whole number, or rounded to two decimals) with its whole part grouped as
 * everywhere on the page: 6750.25 → "6,750.25". groupedDigits alone drops the decimals.
 */
export function groupedFigure(x: number): string {
  const [whole = '0', fraction] = String(Math.abs(x)).split('.');
  return `${x < 0 ? '-' : ''}${groupedDigits(Number(whole))}${fraction === undefined ? '' : `.${fraction}`}`;
}
