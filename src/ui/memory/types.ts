/** One point of the memory graphs over time (counts cumulative since the start, as in the snapshot's stats). */
export type { MemorySample } from '../../core/index';

/** What a memory form's callback answers: what the simulation said of the request, or why it refused it. */
export type FormAnswer = { ok: true; message?: string } | { ok: false; message: string };

/** A process the memory forms can pick. */
export interface PidOption {
  pid: number;
  name: string;
}
