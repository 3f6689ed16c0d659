import { vi, type Mock } from 'vitest';
import type { Refused, Saved, ShellHost, ShellView } from '../host';

export const refused = (message: string): Refused => ({ ok: false, errors: [{ message }] });

/** A host by hand: every request refused unless a test says otherwise; what `save` is given is recorded. */
export function fakeHost(
  view: Partial<ShellView>,
  front: ShellHost['front'] = 'browser',
): ShellHost & { save: Mock<(filename: string, content: string) => Promise<Saved>> } {
  return {
    front,
    view: () => ({
      ready: true,
      scenario: null,
      frame: null,
      memory: null,
      fs: null,
      playing: false,
      speed: 10,
      history: [],
      textbook: false,
      selectedPid: null,
      cwd: '/',
      ...view,
    }),
    operate: vi.fn(async () => refused('not in this test')),
    seek: vi.fn(async () => refused('not in this test')),
    stepForward: vi.fn(async () => refused('not in this test')),
    runToEnd: vi.fn(async () => refused('not in this test')),
    play: vi.fn(),
    pause: vi.fn(),
    pageTable: vi.fn(async () => refused('not in this test')),
    systemState: vi.fn(async () => refused('not in this test')),
    save: vi.fn(async (filename: string) => ({ ok: true as const, said: `Saved ${filename}` })),
    setCwd: vi.fn(),
    ostep: vi.fn(async () => ({ ok: false as const, error: 'not in this test' })),
  };
}
