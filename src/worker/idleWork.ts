/**
 * ms the worker stays quiet after its last reply before starting its idle work. The page applies that reply
 * meanwhile (a loaded scenario's frame: tens of ms of the main thread's time, more on a busy machine); idle work
 * started at once (the ended processes' rows, ~50 ms of CPU for 10,000 processes) competed with it for the two
 * cores and stretched the page's task from ~30 ms of its own CPU to 80-180 ms of wall time.
 */
export const IDLE_DELAY_MS = 250;

/**
 * Runs `idle` (work that makes later replies quicker, true while it did some) once no message has come for
 * IDLE_DELAY_MS, then piece after piece; `putOff`, called after every message, starts the wait again.
 */
export function idleAfterQuiet(idle: () => boolean): { putOff(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    timer = idle() ? setTimeout(run, 0) : undefined;
  };
  return {
    putOff() {
      clearTimeout(timer);
      timer = setTimeout(run, IDLE_DELAY_MS);
    },
  };
}
