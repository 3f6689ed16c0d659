import type { MemoryType, PageTableRow } from '../core/index';
import { memoryOff, operateAndTell, unknownPid } from './effects';
import { formatBytes } from './format';
import { fail, out, refusalText, type CommandResult, type ShellHost } from './host';
import { num, str, type Args } from './spec';

/**
 * The design document's forms of the memory commands (allocate SIZE TYPE, deallocate PID, access PID OFFSET),
 * carried out with our operations; each answer says which form it took.
 */

export const hex = (n: number): string => `0x${n.toString(16)}`;

/** The most allocations `deallocate PID` frees one by one (a process has a handful). */
export const MAX_FREES = 1000;

const LIVE = new Set(['READY', 'RUNNING', 'WAITING', 'SUSPENDED']);

/** The process the design's allocate gives memory to: the selected one if it lives, else the newest arrival. */
function designTarget(host: ShellHost): { pid: number; which: string } | null {
  const { frame, selectedPid } = host.view();
  const live = (frame?.processes ?? []).filter((p) => LIVE.has(p.state));
  if (selectedPid !== null && live.some((p) => p.pid === selectedPid))
    return { pid: selectedPid, which: 'the selected process' };
  const newest = live.reduce<(typeof live)[number] | null>(
    (best, p) =>
      best === null || p.arrival > best.arrival || (p.arrival === best.arrival && p.pid > best.pid) ? p : best,
    null,
  );
  return newest && { pid: newest.pid, which: 'the newest process' };
}

export async function designAllocate(a: Args, host: ShellHost): Promise<CommandResult> {
  const off = memoryOff(host, 'allocate');
  if (off) return off;
  const target = designTarget(host);
  if (!target)
    return fail(
      'allocate: no process has arrived and is still alive to give memory to; name one: allocate PID SIZE TYPE',
    );
  const bytes = num(a, 'SIZE');
  const memoryType = str(a, 'TYPE') as MemoryType;
  return operateAndTell(
    host,
    'allocate',
    { op: 'allocate', pid: target.pid, bytes, memoryType },
    `allocate ${formatBytes(bytes)} of ${memoryType} to P${target.pid}, ${target.which} (the design's form, allocate SIZE TYPE):`,
  );
}

/** Frees the process's allocations one by one, lowest address first, until its page table is empty. */
export async function designDeallocate(a: Args, host: ShellHost): Promise<CommandResult> {
  const pid = num(a, 'PID');
  const refused = memoryOff(host, 'deallocate') ?? unknownPid(host, 'deallocate', pid);
  if (refused) return refused;
  const pageSize = host.view().scenario?.memory?.pageSize ?? 1;
  const form = "(the design's form, deallocate PID)";
  const lines: string[] = [];
  let freed = 0;
  for (; freed < MAX_FREES; freed++) {
    const table = await host.pageTable(pid);
    if (!table.ok) return fail(`deallocate: ${refusalText(table)}`);
    const first = table.rows[0];
    if (!first) break;
    const done = await operateAndTell(host, 'deallocate', { op: 'deallocate', pid, address: first.vpn * pageSize }, '');
    if (done.lines.some((l) => l.kind === 'error')) return { lines: [...out(...lines).lines, ...done.lines] };
    lines.push(...done.lines.map((l) => l.text).filter((t) => t !== ''));
  }
  if (freed === 0) return out(`P${pid} holds no memory: nothing to free ${form}.`);
  return out(`deallocate all of P${pid}'s memory, ${freed} allocation${freed === 1 ? '' : 's'} ${form}:`, ...lines);
}

/** Whether `address` falls in a mapped page of `rows` (sorted by VPN). */
function mapped(rows: readonly PageTableRow[], pageSize: number, address: number): boolean {
  const vpn = Math.floor(address / pageSize);
  let lo = 0;
  let hi = rows.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = (rows[mid] as PageTableRow).vpn;
    if (v === vpn) return true;
    if (v < vpn) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/**
 * `access PID N` without a mode: N is an address when it lies in the process's memory; else, when the start of
 * its memory plus N does, the design's offset; else an address (the MMU says what an unmapped one does).
 */
export async function addressOrOffset(
  host: ShellHost,
  pid: number,
  n: number,
): Promise<{ address: number; form: string } | { error: string }> {
  const asAddress = { address: n, form: ' (taken as an address: access PID ADDRESS)' };
  const table = await host.pageTable(pid);
  if (!table.ok) return { error: refusalText(table) };
  const pageSize = host.view().scenario?.memory?.pageSize ?? 1;
  const first = table.rows[0];
  if (mapped(table.rows, pageSize, n) || !first) return asAddress;
  const base = first.vpn * pageSize;
  if (!mapped(table.rows, pageSize, base + n)) return asAddress;
  return {
    address: base + n,
    form: ` (taken as offset ${n} into its memory, which starts at ${hex(base)}: the design's form, access PID OFFSET)`,
  };
}
