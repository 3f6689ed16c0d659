import { vi } from 'vitest';

/** A fetch that serves `files` by their path after the page ("lessons/a.json", "scenarios/b.json"). */
export function stubFetch(files: Record<string, unknown>) {
  const fetchMock = vi.fn(async (url: URL | string) => {
    const path = new URL(String(url)).pathname.replace(/^.*\/(?=(lessons|scenarios)\/)/, '');
    if (!(path in files)) throw new TypeError('Failed to fetch');
    return { ok: true, status: 200, json: async () => files[path] } as Response;
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

export const START = {
  format: 'bcos-scenario',
  version: 1,
  title: 'Start',
  scheduler: { policy: 'FIFO' },
  processes: [{ pid: 1, name: 'a', type: 'USER', arrival: 0, bursts: [3] }],
};
