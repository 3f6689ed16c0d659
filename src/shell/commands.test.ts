import { describe, expect, it, vi } from 'vitest';
import type { PageTableRow, ProcessMetrics, Scenario } from '../core/index';
import { COMMANDS, parseLine, runLine } from './commands';
import type { ShellView } from './host';
import { tokenize } from './parse';
import { usage } from './spec';
import { fakeHost, refused } from './testing/fakeHost';

const parse = (line: string) => {
  const t = tokenize(line);
  return t.ok ? parseLine(t.tokens) : null;
};
const texts = async (line: string, host: ReturnType<typeof fakeHost>) => (await runLine(line, host)).lines;

const row = (pid: number, state: ProcessMetrics['state'], arrival = 0) => ({ pid, state, arrival }) as ProcessMetrics;
const MEMORY_SCENARIO = {
  processes: [{ pid: 1 }, { pid: 2 }, { pid: 3 }],
  operations: [],
  memory: { pageSize: 4096 },
} as unknown as Scenario;
const FRAME = {
  tick: 5,
  processes: [row(1, 'RUNNING', 0), row(2, 'READY', 3), row(3, 'NEW', 9)],
} as unknown as ShellView['frame'];
const page = (vpn: number): PageTableRow => ({ vpn, frame: vpn, swapSlot: null, flags: 0, type: 'USER' });
const operated = { ok: true as const, frame: {} as never, narration: [] };

describe('commands over a host by hand', () => {
  it('commands that need the simulation wait until it is ready; help does not', async () => {
    const host = fakeHost({ ready: false });
    expect(await texts('list', host)).toEqual([{ kind: 'error', text: 'list: the simulation is not ready yet' }]);
    expect((await runLine('help', host)).lines.length).toBeGreaterThan(10);
    expect(await runLine('   ', host)).toEqual({ lines: [] });
  });

  it('parses arguments by the command’s spec', () => {
    const parsed = parse('allocate P2 2MiB ai_data');
    expect(parsed?.ok && parsed.args).toEqual({ PID: 2, SIZE: 2 * 1024 * 1024, TYPE: 'AI_DATA' });
  });

  it('says a move the simulation refused, and an operation’s narration, from their results', async () => {
    const host = fakeHost({ frame: { tick: 2, endTick: 9, narration: [] } as unknown as ShellView['frame'] });
    expect(await texts('goto 3', host)).toEqual([{ kind: 'error', text: 'goto: not in this test' }]);
    expect(await texts('step', host)).toEqual([{ kind: 'error', text: 'step: not in this test' }]);
    const scenario = { processes: [{ pid: 1 }], operations: [] } as unknown as ShellView['scenario'];
    const killer = fakeHost({ scenario, frame: { tick: 2 } as unknown as ShellView['frame'] });
    const narration = [{ tick: 2, kind: 'op', pid: 1, text: 'P1 is killed.' }];
    killer.operate = vi.fn(async () => ({ ok: true as const, frame: {} as never, narration }));
    expect((await texts('kill 1', killer)).map((l) => l.text)).toEqual(['kill P1 at tick 2.', 't=2 · P1 is killed.']);
  });

  it('a command that throws comes back as an error line', async () => {
    const host = fakeHost({ frame: {} as ShellView['frame'] });
    host.seek = () => Promise.reject(new Error('gone'));
    expect(await texts('goto 3', host)).toEqual([{ kind: 'error', text: 'goto: failed: gone' }]);
  });

  it('help shows both forms of a command that the design writes differently', () => {
    const allocate = COMMANDS.find((c) => c.name === 'allocate');
    expect(allocate && usage(allocate)).toBe('allocate PID SIZE TYPE | allocate SIZE TYPE');
    const deallocate = COMMANDS.find((c) => c.name === 'deallocate');
    expect(deallocate && usage(deallocate)).toBe('deallocate PID ADDRESS | deallocate PID');
  });

  it("takes the design's form by its number of arguments, and names what is wrong in the form the line has", () => {
    const design = parse('allocate 64KiB AI_DATA');
    expect(design?.ok && design.args).toEqual({ SIZE: 65536, TYPE: 'AI_DATA' });
    expect(design?.ok && design.run).not.toBe(design?.ok && design.command.run);
    expect(parse('allocate 64KiB nonsense')).toMatchObject({
      ok: false,
      result: { lines: [{ text: expect.stringMatching(/^allocate: TYPE must be one of SYSTEM, USER/) }] },
    });
    expect(parse('allocate 1 64KiB nonsense')).toMatchObject({
      ok: false,
      result: { lines: [{ text: expect.stringMatching(/^allocate: TYPE must be one of/) }] },
    });
    expect(parse('allocate')).toMatchObject({
      ok: false,
      result: { lines: [{ text: 'allocate: PID is missing; usage: allocate PID SIZE TYPE' }] },
    });
    expect(parse('deallocate 3')).toMatchObject({ ok: true, args: { PID: 3 } });
  });
});

describe("the design's forms", () => {
  it('allocate SIZE TYPE gives the memory to the selected process, else the newest that lives', async () => {
    const host = fakeHost({ scenario: MEMORY_SCENARIO, frame: FRAME });
    host.operate = vi.fn(async () => operated);
    expect((await texts('allocate 8KiB USER', host))[0]?.text).toBe(
      "allocate 8 KiB of USER to P2, the newest process (the design's form, allocate SIZE TYPE):",
    );
    expect(host.operate).toHaveBeenCalledWith({ op: 'allocate', pid: 2, bytes: 8192, memoryType: 'USER' });
    const selected = fakeHost({ scenario: MEMORY_SCENARIO, frame: FRAME, selectedPid: 1 });
    selected.operate = vi.fn(async () => operated);
    expect((await texts('allocate 4096 CACHE', selected))[0]?.text).toContain('to P1, the selected process');
    const nobody = fakeHost({ scenario: MEMORY_SCENARIO, frame: { tick: 0, processes: [row(1, 'NEW')] } as never });
    expect((await texts('allocate 4096 CACHE', nobody))[0]?.text).toMatch(/^allocate: no process .* allocate PID SIZE/);
  });

  it('deallocate PID frees every allocation, lowest address first, until the page table is empty', async () => {
    const host = fakeHost({ scenario: MEMORY_SCENARIO, frame: FRAME });
    const tables = [[page(1), page(2), page(5)], [page(5)], []];
    host.pageTable = vi.fn(async () => ({ ok: true as const, rows: tables.shift() ?? [] }));
    host.operate = vi.fn(async () => operated);
    expect((await texts('deallocate 2', host))[0]?.text).toBe(
      "deallocate all of P2's memory, 2 allocations (the design's form, deallocate PID):",
    );
    expect(host.operate).toHaveBeenNthCalledWith(1, { op: 'deallocate', pid: 2, address: 4096 });
    expect(host.operate).toHaveBeenNthCalledWith(2, { op: 'deallocate', pid: 2, address: 5 * 4096 });
    const empty = fakeHost({ scenario: MEMORY_SCENARIO, frame: FRAME });
    empty.pageTable = vi.fn(async () => ({ ok: true as const, rows: [] }));
    expect((await texts('deallocate 2', empty))[0]?.text).toBe(
      "P2 holds no memory: nothing to free (the design's form, deallocate PID).",
    );
    const stuck = fakeHost({ scenario: MEMORY_SCENARIO, frame: FRAME });
    stuck.pageTable = vi.fn(async () => ({ ok: true as const, rows: [page(1)] }));
    expect((await texts('deallocate 2', stuck)).at(-1)).toEqual({
      kind: 'error',
      text: 'deallocate: not in this test',
    });
  });

  it('access PID N takes N as an address inside the memory, else as an offset from its start', async () => {
    const host = fakeHost({ scenario: MEMORY_SCENARIO, frame: FRAME });
    host.pageTable = vi.fn(async () => ({ ok: true as const, rows: [page(1), page(2)] }));
    host.operate = vi.fn(async () => operated);
    expect((await texts('access 1 0x1010', host))[0]?.text).toBe(
      'read 0x1010 by P1 (taken as an address: access PID ADDRESS):',
    );
    expect((await texts('access 1 100', host))[0]?.text).toBe(
      "read 0x1064 by P1 (taken as offset 100 into its memory, which starts at 0x1000: the design's form, access PID OFFSET):",
    );
    expect(host.operate).toHaveBeenLastCalledWith({ op: 'access', pid: 1, address: 4196, access: 'read' });
    expect((await texts('access 1 0x10 write', host))[0]?.text).toBe('write 0x10 by P1:');
    expect((await texts('access 1 999999', host))[0]?.text).toContain('taken as an address');
  });
});

describe('front ends', () => {
  it('quit ends a terminal session; the browser console says there is nothing to quit', async () => {
    expect(await runLine('quit', fakeHost({}, 'terminal'))).toEqual({
      lines: [{ kind: 'output', text: 'Bye.' }],
      quit: true,
    });
    const browser = await runLine('quit', fakeHost({}));
    expect(browser.quit).toBeUndefined();
    expect(browser.lines[0]?.text).toMatch(/^There is nothing to quit here/);
  });

  it('play and pause in a terminal point to step, monitor, goto and run', async () => {
    const host = fakeHost({ frame: FRAME }, 'terminal');
    expect((await texts('play', host))[0]?.text).toMatch(/^In a terminal nothing plays in the background/);
    expect(host.play).not.toHaveBeenCalled();
  });

  it('export hands the system state to the front end, or says why not', async () => {
    const host = fakeHost({ frame: FRAME });
    expect(await texts('export', host)).toEqual([{ kind: 'error', text: 'export: not in this test' }]);
    host.systemState = vi.fn(async () => ({
      ok: true as const,
      state: { tick: 5, processes: [{}, {}], memory: null } as never,
    }));
    expect((await texts('export out.json', host))[0]?.text).toMatch(
      /^Saved out\.json: the system at tick 5 \(2 processes; [\d.]+ B\)\.$/,
    );
    host.save = vi.fn(async () => ({ ok: false as const, error: 'cannot write out.json: no room' }));
    expect(await texts('export out.json', host)).toEqual([
      { kind: 'error', text: 'export: cannot write out.json: no room' },
    ]);
    expect(refused('x').ok).toBe(false);
  });
});
