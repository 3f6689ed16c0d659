import { MEMORY_TYPES, type MemorySnapshot, PAGE_STATES } from '../../core/index';

/** What one frame holds, in words: "Frame 37 · P3 llm-infer · page 5 · AI_MODEL · PINNED", or "Frame 8 · free". */
export function describeFrame(
  snapshot: MemorySnapshot,
  frame: number,
  names: (pid: number) => string | undefined,
): string {
  const pid = snapshot.owner[frame];
  if (pid === undefined || pid < 0) return `Frame ${frame} · free`;
  const name = names(pid);
  const vpn = snapshot.vpn[frame] as number;
  const type = MEMORY_TYPES[snapshot.type[frame] as number] ?? 'unknown type';
  const state = PAGE_STATES[snapshot.state[frame] as number] ?? 'unknown state';
  return [
    `Frame ${frame}`,
    name ? `P${pid} ${name}` : `P${pid}`,
    vpn >= 0 ? `page ${vpn}` : 'no page',
    type,
    state,
  ].join(' · ');
}
