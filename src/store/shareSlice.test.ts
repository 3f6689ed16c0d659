import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { scenarioOf } from '../core/testing/scenarioOf';
import { encodeShare } from '../core/scenario/share';
import { createAppStore, type AppStore } from './appStore';
import { inProcessClient } from './inProcessClient';
import { refusedWith } from './results';
import { AUTOSAVE_KEY, AUTOSAVE_POSITION_KEY, KEPT_KEY, watchAutosave } from './autosave';
import { UNDO_LIMIT } from './shareSlice';

const rr = scenarioOf({ policy: 'RR', quantum: 2 }, [
  { bursts: [5, 3, 2] },
  { arrival: 1, bursts: [4] },
  { arrival: 2, bursts: [3] },
]);
const fifo = { ...scenarioOf({ policy: 'FIFO' }, [{ bursts: [3] }, { bursts: [6] }]), title: 'fifo' };

/** A Storage kept in a Map, standing in for the browser's localStorage. */
function fakeStorage(): Storage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (k) => data.get(k) ?? null,
    key: (i) => [...data.keys()][i] ?? null,
    removeItem: (k) => void data.delete(k),
    setItem: (k, v) => void data.set(k, String(v)),
  };
}

async function newStore(): Promise<AppStore> {
  const store = createAppStore({
    makeClient: () => inProcessClient(),
    frames: { request: () => 0, cancel: () => {} },
    clockMs: () => 0,
  });
  await store.getState().start();
  return store;
}

let storage: ReturnType<typeof fakeStorage>;
/** The tick lives apart from the scenario (AUTOSAVE_POSITION_KEY), so playing never rewrites the workload. */
const savedTick = () => (JSON.parse(storage.getItem(AUTOSAVE_POSITION_KEY) ?? '{}') as { t?: number }).t;
beforeEach(() => {
  storage = fakeStorage();
  vi.stubGlobal('localStorage', storage);
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('undo', () => {
  it('brings back the previous scenario and its tick after a load, an edit and an operation', async () => {
    const store = await newStore();
    const s = () => store.getState();
    await s().load(rr, 'test');
    expect(s().undoStack).toEqual([]);
    await s().seek(4);
    await s().load(fifo, 'preset');
    await s().edit((x) => ({ ...x, title: 'edited' }), 'editor');
    await s().seek(2);
    expect((await s().operate({ op: 'kill', pid: 2 })).ok).toBe(true);
    expect(s().undoStack.map((e) => [e.scenario.title, e.tick])).toEqual([
      ['test', 4],
      ['fifo', 0],
      ['edited', 2],
    ]);

    expect((await s().undo()).ok).toBe(true);
    expect(s().scenario?.operations).toEqual([]);
    expect(s().frame?.tick).toBe(2);
    await s().undo();
    expect(s().scenario?.title).toBe('fifo');
    await s().undo();
    expect(s().scenario?.title).toBe('test');
    expect(s().frame?.tick).toBe(4);
    expect(s().undoStack).toEqual([]);
    expect((await s().undo()).ok).toBe(false);
  });

  it('records nothing for a refused input, and keeps at most the last 20', async () => {
    const store = await newStore();
    const s = () => store.getState();
    await s().load(rr, 'test');
    expect((await s().load({ ...rr, processes: [{ pid: 1 }] }, 'file')).ok).toBe(false);
    expect(s().undoStack).toEqual([]);
    for (let i = 0; i < UNDO_LIMIT + 5; i++) await s().load({ ...rr, title: `t${i}` }, 'test');
    expect(s().undoStack).toHaveLength(UNDO_LIMIT);
    expect(s().undoStack[0]?.scenario.title).toBe('t4');
  });
});

describe('links', () => {
  it('shares the scenario, tick and view, and opens them in another store', async () => {
    const a = await newStore();
    await a.getState().load(rr, 'test');
    await a.getState().seek(9);
    a.getState().setView('memory');
    const link = a.getState().shareLink('http://127.0.0.1:4173/?x=1#old');
    expect(link.ok && link.url).toMatch(/^http:\/\/127\.0\.0\.1:4173\/\?x=1#s=[\w-]+$/);
    const b = await newStore();
    expect((await b.getState().openFromLink(new URL(link.ok ? link.url : '').hash)).ok).toBe(true);
    expect(b.getState().scenario).toEqual(a.getState().scenario);
    expect(b.getState().frame?.tick).toBe(9);
    expect(b.getState().view).toBe('memory');
  });

  it('keeps the loaded scenario and shows the errors of a bad link', async () => {
    const store = await newStore();
    await store.getState().load(rr, 'test');
    expect((await store.getState().openFromLink('#s=%%%')).ok).toBe(false);
    expect(store.getState().errorSource).toBe('link');
    expect(store.getState().errors[0]?.limit).toMatch(/base64url/);
    expect(store.getState().scenario?.title).toBe('test');
  });

  it('at startup: a bad link falls back to the default and keeps its errors on screen', async () => {
    const store = await newStore();
    const from = await store.getState().startFrom('#s=AAAA', () => store.getState().load(fifo, 'preset default.json'));
    expect(from).toBe('default');
    expect(store.getState().scenario?.title).toBe('fifo');
    expect(store.getState().errorSource).toBe('link');
  });

  it('at startup: a file imported while the default is being fetched stays, and the default is not loaded', async () => {
    const store = await newStore();
    const on = { fetched: () => {}, asked: () => {} };
    const fetching = new Promise<void>((resolve) => (on.fetched = resolve));
    const asking = new Promise<void>((resolve) => (on.asked = resolve));
    const loads: string[] = [];
    const starting = store.getState().startFrom('', async (stillWanted) => {
      on.asked();
      await fetching;
      if (!stillWanted()) return refusedWith('given way');
      loads.push('default');
      return store.getState().load(fifo, 'preset default.json');
    });
    // startFrom found no autosave and waits for the default's file
    await asking;
    expect((await store.getState().importFile(JSON.stringify(rr), 'mine.json')).ok).toBe(true);
    on.fetched();
    expect(await starting).toBe('default');
    expect(loads).toEqual([]);
    expect(store.getState().scenario?.title).toBe('test');
  });

  it('at startup: the default is loaded when nothing else was asked, after a bad link and no autosave', async () => {
    const store = await newStore();
    const wanted: boolean[] = [];
    await store.getState().startFrom('#s=AAAA', async (stillWanted) => {
      wanted.push(stillWanted());
      return store.getState().load(fifo, 'preset default.json');
    });
    expect(wanted).toEqual([true]);
    expect(store.getState().scenario?.title).toBe('fifo');
  });

  it('at startup: a good link wins over the autosave', async () => {
    storage.setItem(AUTOSAVE_KEY, '{"v":1,"s":{}}');
    const store = await newStore();
    const hash = `#s=${encodeShare({ scenario: rr, view: { tick: 3, tab: 'workload' } })}`;
    expect(await store.getState().startFrom(hash, () => Promise.resolve(refusedWith('no default here')))).toBe('link');
    expect(store.getState().frame?.tick).toBe(3);
    expect(store.getState().view).toBe('workload');
  });
});

const linkTo = (scenario: object, extra: object = {}) =>
  `#s=${encodeShare({ scenario: scenario as typeof rr, view: { tick: 2, tab: 'simulate' }, ...extra })}`;

describe("a link never silently replaces the viewer's own work", () => {
  it('at startup: keeps the autosave a link replaces, and offers it back until restored', async () => {
    const mine = await newStore();
    await mine.getState().load(fifo, 'preset fifo.json');
    await mine.getState().seek(3);
    mine.getState().setView('workload');
    mine.getState().saveAutosave();

    const store = await newStore();
    expect(await store.getState().startFrom(linkTo(rr), () => Promise.resolve(refusedWith('none')))).toBe('link');
    expect(store.getState().scenario?.title).toBe('test');
    expect(store.getState().kept).toEqual({ title: 'fifo' });
    expect(storage.getItem(KEPT_KEY)).not.toBeNull();

    // Still offered after a reload, until the viewer decides.
    const reloaded = await newStore();
    await reloaded.getState().startFrom('', () => Promise.resolve(refusedWith('none')));
    expect(reloaded.getState().kept).toEqual({ title: 'fifo' });

    expect((await store.getState().restoreKept())?.ok).toBe(true);
    expect(store.getState().scenario?.title).toBe('fifo');
    expect(store.getState().frame?.tick).toBe(3);
    expect(store.getState().view).toBe('workload');
    expect(store.getState().kept).toBeNull();
    expect(storage.getItem(KEPT_KEY)).toBeNull();
    // Still named as the preset it came from.
    expect(store.getState().preset?.file).toBe('fifo.json');
    // The link's scenario is one undo away.
    expect(store.getState().undoStack.at(-1)?.scenario.title).toBe('test');
  });

  it('keeps the scenario loaded when a link is opened later, and nothing when the link brings the same one', async () => {
    const store = await newStore();
    await store.getState().load(fifo, 'test');
    await store.getState().openFromLink(linkTo(store.getState().scenario as object));
    expect(store.getState().kept).toBeNull();
    await store.getState().openFromLink(linkTo(rr));
    expect(store.getState().kept).toEqual({ title: 'fifo' });
    store.getState().dismissKept();
    expect(store.getState().kept).toBeNull();
    expect(storage.getItem(KEPT_KEY)).toBeNull();
  });

  it('an embedded view shows the default without a link, and never reads or keeps the autosave', async () => {
    const mine = await newStore();
    await mine.getState().load(rr, 'test');
    mine.getState().saveAutosave();
    const saved = storage.getItem(AUTOSAVE_KEY);

    const embed = await newStore();
    const from = await embed
      .getState()
      .startFrom('', () => embed.getState().load(fifo, 'preset default.json'), 'embed');
    expect(from).toBe('default');
    expect(embed.getState().scenario?.title).toBe('fifo');
    await embed.getState().startFrom(linkTo(fifo), () => Promise.resolve(refusedWith('none')), 'embed');
    expect(embed.getState().kept).toBeNull();
    expect(storage.getItem(KEPT_KEY)).toBeNull();
    expect(storage.getItem(AUTOSAVE_KEY)).toBe(saved);
  });

  it("carries lane-per-process and the memory grid's colouring and zoom in the link", async () => {
    const a = await newStore();
    await a.getState().load(rr, 'test');
    a.getState().setProcessLanes(true);
    a.getState().setMemoryColour('state');
    a.getState().setMemoryCell(64);
    const link = a.getState().shareLink('http://x/');
    const b = await newStore();
    await b.getState().openFromLink(new URL(link.ok ? link.url : '').hash);
    expect(b.getState()).toMatchObject({ processLanes: true, memoryColour: 'state', memoryCell: 64 });
  });
});

describe('files', () => {
  it('imports a valid file and refuses an invalid one, keeping the scenario', async () => {
    const store = await newStore();
    await store.getState().load(rr, 'test');
    expect((await store.getState().importFile(JSON.stringify(fifo), 'fifo.json')).ok).toBe(true);
    expect(store.getState().scenario?.title).toBe('fifo');
    expect((await store.getState().importFile('{"format": "bcos-scenario",', 'broken.json')).ok).toBe(false);
    expect(store.getState().errorSource).toBe('file broken.json');
    expect(store.getState().errors[0]?.limit).toBe('valid JSON');
    expect(store.getState().scenario?.title).toBe('fifo');
  });
});

describe('autosave', () => {
  it('saves on every scenario change and restores scenario, tick and view in a new store', async () => {
    const a = await newStore();
    const stop = watchAutosave(a);
    await a.getState().load(rr, 'test');
    // Written in a task of its own, not the one that applied the scenario.
    expect(storage.getItem(AUTOSAVE_KEY)).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(storage.getItem(AUTOSAVE_KEY)).toContain('"t":0');
    a.getState().saveAutosave();
    await a.getState().seek(7);
    a.getState().setView('workload');
    a.getState().saveAutosave();
    stop();

    const b = await newStore();
    const from = await b.getState().startFrom('', () => b.getState().load(fifo, 'preset'));
    expect(from).toBe('autosave');
    expect(b.getState().scenario).toEqual(a.getState().scenario);
    expect(b.getState().frame?.tick).toBe(7);
    expect(b.getState().view).toBe('workload');
  });

  it('keeps the tick a seek is under way to, or a dragged slider waits to seek to, not the frame it leaves', async () => {
    const a = await newStore();
    const s = () => a.getState();
    await s().load(rr, 'test');
    await s().seek(2);
    const moving = s().seek(9);
    // A reload now (the page going away saves) comes back where the student asked to be.
    s().saveAutosave();
    expect(s().frame?.tick).toBe(2);
    expect(savedTick()).toBe(9);
    // Dragged further while that seek runs: the slider's latest position is the one kept.
    s().aimAt(5);
    await moving;
    expect(s().frame?.tick).toBe(9);
    s().saveAutosave();
    expect(savedTick()).toBe(5);
    await s().seek(5);
    expect(s().aimedTick).toBeNull();
    await s().seek(3);
    s().saveAutosave();
    expect(savedTick()).toBe(3);

    const b = await newStore();
    await b.getState().restoreAutosave();
    expect(b.getState().frame?.tick).toBe(3);
  });

  it('writes only the position after restoring the autosave: storage holds that scenario already', async () => {
    const a = await newStore();
    await a.getState().load(rr, 'test');
    a.getState().saveAutosave();
    const b = await newStore();
    await b.getState().restoreAutosave();
    const setItem = vi.spyOn(storage, 'setItem');
    await b.getState().seek(4);
    b.getState().saveAutosave();
    expect(setItem.mock.calls.map(([key]) => key)).toEqual([AUTOSAVE_POSITION_KEY]);
    setItem.mockRestore();
    expect(savedTick()).toBe(4);
    await b.getState().edit((x) => ({ ...x, title: 'changed' }), 'editor');
    b.getState().saveAutosave();
    expect(storage.getItem(AUTOSAVE_KEY)).toContain('"title":"changed"');
  });

  it('remembers the preset the scenario came from, and whether it was changed', async () => {
    const a = await newStore();
    await a.getState().load(fifo, 'preset fifo.json');
    a.getState().saveAutosave();
    const b = await newStore();
    await b.getState().restoreAutosave();
    expect(b.getState().preset).toEqual({ file: 'fifo.json', json: JSON.stringify(b.getState().scenario) });
    await a.getState().edit((x) => ({ ...x, title: 'mine' }), 'editor');
    a.getState().saveAutosave();
    const c = await newStore();
    await c.getState().restoreAutosave();
    expect(c.getState().preset).toEqual({ file: 'fifo.json', json: '' });
  });

  it('keeps the previous autosave whole, its tick with it, when a scenario is over the storage quota', async () => {
    const store = await newStore();
    const s = () => store.getState();
    await s().load(rr, 'test');
    await s().seek(2);
    s().saveAutosave();
    const before = [storage.getItem(AUTOSAVE_KEY), savedTick()];
    const setItem = vi.spyOn(storage, 'setItem').mockImplementation((key) => {
      if (key === AUTOSAVE_KEY) throw new DOMException('over quota', 'QuotaExceededError');
    });
    await s().load(fifo, 'test');
    s().saveAutosave();
    await s().seek(5);
    s().saveAutosave();
    // Tried once: a large scenario is not serialized again at every tick saved, nor its tick written for another.
    expect(setItem.mock.calls.filter(([key]) => key === AUTOSAVE_KEY)).toHaveLength(1);
    setItem.mockRestore();
    expect([storage.getItem(AUTOSAVE_KEY), savedTick()]).toEqual(before);
  });

  it('saves tick changes at most once a second, the last one always', async () => {
    vi.useFakeTimers();
    let now = 0;
    const store = await newStore();
    await store.getState().load(rr, 'test');
    const stop = watchAutosave(store, 1000, () => now);
    now = 5000;
    await store.getState().seek(1); // more than a second since the last save: saved now
    expect(savedTick()).toBe(1);
    now = 5100;
    await store.getState().seek(2);
    now = 5200;
    await store.getState().seek(3);
    expect(savedTick()).toBe(1);
    const scenarioText = storage.getItem(AUTOSAVE_KEY);
    now = 6000;
    vi.advanceTimersByTime(1000);
    expect(savedTick()).toBe(3);
    // The scenario itself was not written again for a new tick.
    expect(storage.getItem(AUTOSAVE_KEY)).toBe(scenarioText);
    stop();
  });

  it('refuses a tampered autosave through the same validation, and loads the default', async () => {
    storage.setItem(AUTOSAVE_KEY, '{"v":1,"t":0,"w":"simulate","s":{"__proto__":{"polluted":true}}}');
    const store = await newStore();
    expect(await store.getState().startFrom('', () => store.getState().load(fifo, 'preset'))).toBe('default');
    expect(store.getState().scenario?.title).toBe('fifo');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('works without localStorage', async () => {
    vi.stubGlobal('localStorage', undefined);
    const store = await newStore();
    await store.getState().load(rr, 'test');
    store.getState().saveAutosave();
    expect(await store.getState().restoreAutosave()).toBeNull();
  });
});
