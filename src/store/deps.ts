import type { StoreApi } from 'zustand/vanilla';
import type { Request, SimClient } from './client';
import type { Reply } from './results';
import type { AppState } from './types';

/** Animation frames, injectable so tests can drive the play loop by hand. */
export interface FrameScheduler {
  request(callback: (timeMs: number) => void): number;
  cancel(handle: number): void;
}

/** Saves a file for the user (a download in the browser); the store never touches the DOM itself. */
export type SaveFile = (filename: string, content: string, type: string) => void;

export interface StoreDeps {
  makeClient(): SimClient;
  frames: FrameScheduler;
  /** milliseconds, for pacing the slow frame; only differences matter */
  clockMs(): number;
  /** where exports go; without it (tests, the CLI) exporting says it is not available */
  saveFile?: SaveFile;
}

/** What every slice gets: the store's set/get and one way to talk to the simulation. */
export interface SliceContext {
  set: StoreApi<AppState>['setState'];
  get: StoreApi<AppState>['getState'];
  deps: StoreDeps;
  /**
   * sends a request; a reply carrying a frame is applied to the store before it is returned, with the frame as
   * applied; null when the simulation died meanwhile
   */
  send(msg: Request): Promise<Reply | null>;
  /** replaces the client (after a crash) */
  reconnect(): void;
}
