import { KERNEL_PID } from '../../core/memory/physical';
import { MEMORY_TYPES, PAGE_STATES } from '../../core/memory/types';
import type { MemorySnapshot } from '../../core/memory/snapshot';

/** Who holds frames, in words: "P3 llm-infer", or "kernel" for the frames the kernel holds for itself. */
export function ownerWords(pid: number, names: (pid: number) => string | undefined): string {
  if (pid === KERNEL_PID) return 'kernel';
  const name = names(pid);
  return name ? `P${pid} ${name}` : `P${pid}`;
}

/** What a kernel frame holds: "page cache", "model tiny-llm" (the region of the kernel's page `vpn`). */
export function kernelHolderAt(snapshot: Pick<MemorySnapshot, 'kernel'>, vpn: number): string {
  return snapshot.kernel.find((r) => vpn >= r.start && vpn < r.start + r.pages)?.holder ?? 'kernel memory';
}

/** The owner of one frame in words: a process, or the kernel with what the frame holds for it. */
export function frameOwnerWords(
  snapshot: Pick<MemorySnapshot, 'kernel' | 'owner' | 'vpn'>,
  frame: number,
  names: (pid: number) => string | undefined,
): string {
  const pid = snapshot.owner[frame] as number;
  return pid === KERNEL_PID
    ? `kernel: ${kernelHolderAt(snapshot, snapshot.vpn[frame] as number)}`
    : ownerWords(pid, names);
}

/** What one frame holds, in words: "Frame 37 · P3 llm-infer · page 5 · AI_MODEL · PINNED", or "Frame 8 · free". */
export function describeFrame(
  snapshot: MemorySnapshot,
  frame: number,
  names: (pid: number) => string | undefined,
): string {
  const pid = snapshot.owner[frame];
  if (pid === undefined || pid < 0) return `Frame ${frame} · free`;
  const vpn = snapshot.vpn[frame] as number;
  const type = MEMORY_TYPES[snapshot.type[frame] as number] ?? 'unknown type';
  const state = PAGE_STATES[snapshot.state[frame] as number] ?? 'unknown state';
  return [
    `Frame ${frame}`,
    frameOwnerWords(snapshot, frame, names),
    vpn >= 0 ? `page ${vpn}` : 'no page',
    type,
    state,
  ].join(' · ');
}

/**
 * What one cell of the grid holds: a frame, or a block of `per` frames in a grid too big to draw frame by
 * frame: "Frames 4096–4159 · 40 used, 24 free · most held by P3 llm-infer".
 */
export function describeCell(
  snapshot: MemorySnapshot,
  cell: number,
  per: number,
  names: (pid: number) => string | undefined,
): string {
  if (per <= 1) return describeFrame(snapshot, cell, names);
  const from = cell * per;
  const to = Math.min(snapshot.frames, from + per);
  const held = new Map<number, number>();
  for (let f = from; f < to; f++) {
    const pid = snapshot.owner[f] as number;
    if (pid >= 0) held.set(pid, (held.get(pid) ?? 0) + 1);
  }
  const used = [...held.values()].reduce((a, b) => a + b, 0);
  // The biggest holder; the lowest pid among equals, so the words do not depend on Map order.
  const top = [...held].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
  const who = top ? ` · most held by ${ownerWords(top[0], names)}` : '';
  return `Frames ${from}–${to - 1} · ${used} used, ${to - from - used} free${who}`;
}
