/**
 * `n` with its digits grouped by thousands as English writes them (1,234,567), without Intl: the first
 * toLocaleString of a page loads ICU's number data, 20-30 ms of the task that shows a long run's bar.
 */
export function groupedDigits(n: number): string {
  const digits = String(Math.abs(Math.trunc(n)));
  let grouped = digits.slice(0, digits.length % 3 || 3);
  for (let i = grouped.length; i < digits.length; i += 3) grouped += `,${digits.slice(i, i + 3)}`;
  return n < 0 && grouped !== '0' ? `-${grouped}` : grouped;
}
