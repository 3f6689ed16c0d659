import type { SimEvent } from '../../kernel/events';
import { groupedDigits } from '../../groupedDigits';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Names up to `most` of `total` items, then how many more: "write /a 8192, mkdir /b and 3 more". */
export function listWords(items: readonly string[], most = 3, total = items.length): string {
  const shown = items.slice(0, most);
  const more = total - shown.length;
  if (more > 0) return `${shown.join(', ')} and ${more} more`;
  return shown.length <= 1 ? shown.join('') : `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

/** A commit in a sentence: what it carries, how many block writes in which order, and the device's time. */
export function commitWords(ev: Extract<SimEvent, { kind: 'fsCommit' }>): string {
  const how =
    ev.mode === 'none'
      ? 'each block in place (no journal)'
      : `${ev.journal} of them into the journal (${ev.mode} mode), then home`;
  return `File system: commit of ${plural(ev.changes, 'change')} (${listWords(ev.named, ev.named.length, ev.changes)}): ${plural(ev.writes, 'block write')}, ${how}; the device writes ${ev.writes === 1 ? 'it' : 'them'} from tick ${groupedDigits(ev.start)} until ${groupedDigits(ev.until)}, and a crash before then finds only those already done.`;
}
