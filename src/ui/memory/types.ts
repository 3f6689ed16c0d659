/** One point of the memory graphs over time (counts cumulative since the start, as in the snapshot's stats). */
export type { MemorySample } from '../../core/index';

/** What a memory form's callback answers: whether the core accepted the request, and why not. */
export interface ActionResult {
  ok: boolean;
  message?: string;
}

/** A process the memory forms can pick. */
export interface PidOption {
  pid: number;
  name: string;
}
