import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IDLE_DELAY_MS, idleAfterQuiet } from './idleWork';

describe('idleAfterQuiet', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('leaves the page the time to apply a reply before the idle work starts', () => {
    const idle = vi.fn(() => false);
    idleAfterQuiet(idle).putOff();
    // The page's task applying a loaded 10,000-process scenario: ~30 ms of its own CPU, up to ~180 ms on a busy machine.
    vi.advanceTimersByTime(200);
    expect(idle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(IDLE_DELAY_MS - 201);
    expect(idle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(idle).toHaveBeenCalledTimes(1);
  });

  it('waits again from each message, so a stream of requests (playing, dragging) never meets it', () => {
    const idle = vi.fn(() => false);
    const work = idleAfterQuiet(idle);
    for (let i = 0; i < 10; i++) {
      work.putOff();
      vi.advanceTimersByTime(IDLE_DELAY_MS / 2);
    }
    expect(idle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(IDLE_DELAY_MS / 2);
    expect(idle).toHaveBeenCalledTimes(1);
  });

  it('goes on piece after piece while there is work, and stops when there is none', () => {
    let pieces = 3;
    const idle = vi.fn(() => pieces-- > 0);
    idleAfterQuiet(idle).putOff();
    vi.advanceTimersByTime(IDLE_DELAY_MS);
    vi.runAllTimers();
    expect(idle).toHaveBeenCalledTimes(4);
  });

  it('a message in the middle of the pieces puts the rest off', () => {
    let pieces = 5;
    const idle = vi.fn(() => pieces-- > 0);
    const work = idleAfterQuiet(idle);
    work.putOff();
    vi.advanceTimersByTime(IDLE_DELAY_MS);
    expect(idle).toHaveBeenCalledTimes(1);
    work.putOff();
    vi.advanceTimersByTime(IDLE_DELAY_MS - 1);
    expect(idle).toHaveBeenCalledTimes(1);
    vi.runAllTimers();
    expect(idle).toHaveBeenCalledTimes(6);
  });
});
