/**
 * `n` (a whole number) with its digits grouped by thousands as English writes them (1,234,567): the one way
 * every number is grouped, in the core's sentences (narration, errors, OSTEP's refusals) and on the page.
 * Not Intl: the core's text must not depend on which ICU data a runtime carries, and on the page the first
 * toLocaleString loads ICU's number data, 27-41 ms of the task that first shows a grouped number.
 */
export function groupedDigits(n: number): string {
  const digits = String(Math.abs(Math.trunc(n)));
  let grouped = digits.slice(0, digits.length % 3 || 3);
  for (let i = grouped.length; i < digits.length; i += 3) grouped += `,${digits.slice(i, i + 3)}`;
  return n < 0 && grouped !== '0' ? `-${grouped}` : grouped;
}
