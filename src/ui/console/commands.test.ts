import { createConsoleRunner } from './consoleRunner';
import { describe, expect, it } from 'vitest';
import { createAppStore, type AppStore } from '../../store/appStore';
import { inProcessClient } from '../../store/inProcessClient';
import { COMMANDS } from '../../shell/commands';
import { usage } from '../../shell/spec';

const SCENARIO = {
  format: 'bcos-scenario',
  version: 3,
  title: 'Console test',
  scheduler: { policy: 'RR', quantum: 2 },
  processes: [
    { pid: 1, name: 'llm', type: 'AI_INFERENCE', arrival: 0, bursts: [5, 2, 3] },
    { pid: 2, name: 'val', type: 'BLOCKCHAIN_VALIDATOR', arrival: 1, bursts: [4] },
  ],
};
const WITH_MEMORY = { ...SCENARIO, memory: {} };

/** A store over the in-process simulation (the worker's own handler), loaded with `scenario`. */
async function storeWith(scenario: unknown): Promise<AppStore> {
  const store = createAppStore({
    makeClient: () => inProcessClient(),
    frames: { request: () => 1, cancel: () => undefined },
    clockMs: () => 0,
  });
  await store.getState().start();
  await store.getState().load(scenario, 'test');
  return store;
}

/** Runs lines through the console; returns the text of what the last one printed. */
async function run(store: AppStore, ...lines: string[]): Promise<string> {
  const before = store.getState().consoleLines.length;
  const runner = createConsoleRunner(store);
  for (const l of lines) await runner.run(l);
  const printed = store.getState().consoleLines.slice(before);
  const lastInput = printed.map((l) => l.kind).lastIndexOf('input');
  return printed
    .slice(lastInput + 1)
    .map((l) => (l.kind === 'error' ? `! ${l.text}` : l.text))
    .join('\n');
}

const proc = (store: AppStore, pid: number) => store.getState().frame?.processes.find((p) => p.pid === pid);

describe('console commands over the store', () => {
  it('help lists every command with its usage, and explains one', async () => {
    const store = await storeWith(SCENARIO);
    const text = await run(store, 'help');
    for (const c of COMMANDS) expect(text).toContain(usage(c));
    expect(await run(store, 'help access')).toContain(
      "ADDRESS is a virtual address in the process's own address space",
    );
    expect(await run(store, 'help kil')).toBe(
      "! help: unknown command 'kil'; did you mean 'kill'? type help for the list",
    );
  });

  it('create adds a process at the current tick with the next free pid; list shows it', async () => {
    const store = await storeWith(SCENARIO);
    await store.getState().seek(3);
    const text = await run(store, 'create miner USER 5,2,1 4');
    expect(text).toContain('Created P3 (miner): USER, bursts 5,2,1, priority 4, arriving at tick 3.');
    expect(text).toContain('t=3 · P3 (miner) is created.');
    expect(proc(store, 3)).toMatchObject({ name: 'miner', type: 'USER', priority: 4, arrival: 3, burstTotal: 6 });
    expect(store.getState().scenario?.operations).toContainEqual(expect.objectContaining({ op: 'create', tick: 3 }));
    const list = await run(store, 'list');
    expect(list).toMatch(/^P3 +miner +USER +4 +3 +0 +6 +READY$/m);
    expect(list.split('\n')[1]).toMatch(/^PID +NAME +TYPE +PRI +ARRIVAL +CPU +LEFT +STATE$/);
  });

  it('list shows plain P1…Pn, without names and types, under Textbook names', async () => {
    const store = await storeWith(SCENARIO);
    store.getState().setNaming('textbook');
    const list = await run(store, 'list');
    store.getState().setNaming('full');
    expect(list.split('\n')[1]).toMatch(/^PID +PRI +ARRIVAL +CPU +LEFT +STATE$/);
    expect(list).toMatch(/^P1 +\d+ +\d+ +\d+ +\d+ +\w+$/m);
  });

  it('fork makes a child of a live process, shown under it in the tree; its end hands the child on', async () => {
    const store = await storeWith(SCENARIO);
    await store.getState().seek(2);
    const text = await run(store, 'fork 1 worker USER 6');
    expect(text).toContain('Created P3 (worker), a child of P1: USER, bursts 6, priority 0, arriving at tick 2.');
    expect(proc(store, 3)).toMatchObject({ name: 'worker', parent: 1 });
    expect(store.getState().scenario?.operations).toContainEqual(
      expect.objectContaining({ op: 'create', tick: 2, process: expect.objectContaining({ pid: 3, parent: 1 }) }),
    );
    // P1 killed: no init (no SYSTEM process) in this scenario, so its child becomes a root.
    await run(store, 'kill 1');
    expect(proc(store, 3)?.parent).toBeUndefined();
    expect(await run(store, 'fork 9 x')).toMatch(/^! fork: there is no process P9/);
  });

  it('create defaults to USER, one CPU burst of 5, priority 0', async () => {
    const store = await storeWith(SCENARIO);
    await run(store, 'create "web server"');
    expect(proc(store, 3)).toMatchObject({ name: 'web server', type: 'USER', priority: 0, burstTotal: 5 });
  });

  it('create passes the simulation’s refusal on, and changes nothing', async () => {
    const store = await storeWith(SCENARIO);
    expect(await run(store, 'create x USER 5,3')).toMatch(/^! create: .*odd number of bursts/);
    expect(proc(store, 3)).toBeUndefined();
    expect(store.getState().errors).toEqual([]);
  });

  it('kill, suspend, resume and priority act at the current tick', async () => {
    const store = await storeWith(SCENARIO);
    await store.getState().seek(2);
    expect(await run(store, 'suspend P2')).toContain('P2 (val) is suspended');
    expect(proc(store, 2)?.state).toBe('SUSPENDED');
    expect(await run(store, 'resume 2')).toContain('P2 (val) is resumed: SUSPENDED → READY.');
    await run(store, 'priority 2 7');
    expect(proc(store, 2)?.priority).toBe(7);
    expect(await run(store, 'kill 1')).toContain('P1 (llm) is killed');
    expect(proc(store, 1)).toMatchObject({ state: 'TERMINATED', killed: true });
  });

  it('refuses an unknown pid before asking the simulation', async () => {
    const store = await storeWith(SCENARIO);
    expect(await run(store, 'kill 99')).toBe('! kill: there is no process P99 (known: 1, 2)');
    expect(await run(store, 'priority 9 1')).toBe('! priority: there is no process P9 (known: 1, 2)');
  });

  it('dashboard draws the node as the design does: header, CPUs, memory, processes, queues, statistics, status', async () => {
    const store = await storeWith(SCENARIO);
    await store.getState().seek(4);
    const text = await run(store, 'dashboard');
    expect(text).toContain('══ Node node-0 · RR scheduler · uptime 4 ticks · context switches ');
    expect(text).toContain('Tick 4 of 14 · 1 CPU');
    expect(text).toContain('CPU use so far: 100 %');
    expect(text).toMatch(/On the CPUs: CPU0 P\d \w+/);
    expect(text).toMatch(/^Processes: 2 active of 2\n +PID +NAME +TYPE +STATE +PRI +CPU +LEFT$/m);
    expect(text).toMatch(/^ {2}RR queue: P2$/m);
    expect(text).toMatch(/waiting: – · I\/O queue: – · suspended: – · yet to arrive: 0/);
    expect(text).toContain('averages so far: turnaround – · waiting – · response –');
    expect(text).toContain('Memory management is off.');
    expect(text).toMatch(/^AI node status:\n +TYPE +TOTAL +RUNNING +READY +WAITING +SUSPENDED +NEW +DONE$/m);
    expect(text).toMatch(/^ {2}AI_INFERENCE +1 +[01] +[01] +0 +0 +0 +0$/m);
    const mem = await storeWith(WITH_MEMORY);
    expect(await run(mem, 'dashboard')).toMatch(/^Memory \[[█░]{30}\] \d+ of 64 frames used \([\d.]+ %\)$/m);
  });

  it('step, goto and monitor move the run and say what happened', async () => {
    const store = await storeWith(SCENARIO);
    expect(await run(store, 'step')).toMatch(/^Now at tick 1\.\nt=1 · P2 \(val\) arrives and is READY\.$/);
    expect(await run(store, 'step 2')).toContain('Now at tick 3.');
    expect(await run(store, 'goto 1')).toBe('Now at tick 1.');
    expect(await run(store, 'goto 9999')).toBe('Now at tick 14: the run ends there.');
    await run(store, 'goto 0');
    const monitor = await run(store, 'monitor 3');
    expect(monitor).toContain('t=1 · P2 (val) arrives and is READY.');
    expect(monitor).toContain('t=2 · P1 (llm) used its 2-tick slice');
    expect(monitor.split('\n').at(-1)).toMatch(/^Monitored ticks 0–3: \d+ events\.$/);
    expect(store.getState().frame?.tick).toBe(3);
    await run(store, 'goto 12');
    expect(await run(store, 'monitor')).toMatch(/Monitored ticks 12–14: \d+ events?; the run has ended\.$/);
    expect(await run(store, 'step')).toBe('The run has ended at tick 14.');
  });

  it('run goes to the end as Run to end does, and sums up', async () => {
    const store = await storeWith(SCENARIO);
    expect(await run(store, 'run')).toBe(
      'Ran from tick 0 to tick 14: the run has ended.\nCompleted 2 of 2 · averages: turnaround 10.5 · waiting 3.5 · response 0.5 ticks · context switches 4',
    );
    expect(store.getState().frame?.tick).toBe(14);
    expect(await run(store, 'run')).toBe('The run has ended at tick 14.');
  });

  it('play and pause drive the store’s playback', async () => {
    const store = await storeWith(SCENARIO);
    expect(await run(store, 'play')).toBe('Playing from tick 0 at 10 ticks/s. Type pause to stop.');
    expect(store.getState().playing).toBe(true);
    expect(await run(store, 'play')).toBe('Already playing.');
    expect(await run(store, 'pause')).toBe('Paused at tick 0.');
    expect(store.getState().playing).toBe(false);
    expect(await run(store, 'pause')).toBe('Not playing (at tick 0).');
  });

  it('memory commands: allocate, access, deallocate, fragmentation, defrag', async () => {
    const store = await storeWith(WITH_MEMORY);
    const alloc = await run(store, 'allocate 1 8KiB AI_MODEL');
    expect(alloc).toMatch(/^allocate 8 KiB of AI_MODEL to P1:\nt=0 · /);
    expect(store.getState().scenario?.operations).toContainEqual({
      tick: 0,
      op: 'allocate',
      pid: 1,
      bytes: 8192,
      memoryType: 'AI_MODEL',
    });
    await run(store, 'access 1 0x0 write');
    expect(store.getState().scenario?.operations).toContainEqual({
      tick: 0,
      op: 'access',
      pid: 1,
      address: 0,
      access: 'write',
    });
    await run(store, 'access 1 4096');
    expect(store.getState().scenario?.operations).toContainEqual({
      tick: 0,
      op: 'access',
      pid: 1,
      address: 4096,
      access: 'read',
    });
    await run(store, 'deallocate 1 0x10');
    expect(store.getState().scenario?.operations).toContainEqual({ tick: 0, op: 'deallocate', pid: 1, address: 16 });
    const frag = await run(store, 'fragmentation');
    expect(frag).toMatch(/^External fragmentation: [\d.]+ % /);
    expect(frag).toMatch(/holes: \d+ · largest hole: \d+ frames/);
    expect(frag).toMatch(/│ █+ \d+$/m);
    expect(await run(store, 'defrag')).toMatch(/^Compacting memory:\nt=0 · Compaction moves/);
  });

  it('memory commands say so when memory management is off', async () => {
    const store = await storeWith(SCENARIO);
    for (const line of ['allocate 1 4096 USER', 'deallocate 1 0', 'access 1 0', 'fragmentation', 'defrag']) {
      expect(await run(store, line)).toBe(
        `! ${line.split(' ')[0]}: memory management is off in this scenario (turn it on in the Memory tab)`,
      );
    }
  });

  it('history numbers the lines typed; clear empties the log', async () => {
    const store = await storeWith(SCENARIO);
    await run(store, 'list', 'list', 'kill x');
    expect(await run(store, 'history')).toBe('1  list\n2  kill x\n3  history');
    await run(store, 'clear');
    expect(store.getState().consoleLines).toEqual([]);
  });

  it('keeps only the latest 500 lines', async () => {
    const store = await storeWith(SCENARIO);
    for (let i = 0; i < 30; i++) await run(store, 'help');
    expect(store.getState().consoleLines).toHaveLength(500);
    expect(store.getState().consoleLines.at(-1)?.text).toContain('quit');
  });
});

describe('bad input: one line naming the argument and what is expected; nothing changes', () => {
  it.each([
    ['kill x', "kill: PID must be a whole number, got 'x'"],
    ['kill', 'kill: PID is missing; usage: kill PID'],
    ['kill 1 2', "kill: too many arguments ('2'); usage: kill PID"],
    ['suspend -1', "suspend: PID must be a whole number, 0 or more, got '-1'"],
    ['resume abc', "resume: PID must be a whole number, got 'abc'"],
    ['priority 1 high', "priority: N must be a whole number, got 'high'"],
    ['priority 1', 'priority: N is missing; usage: priority PID N'],
    ['create', 'create: NAME is missing; usage: create NAME [TYPE] [BURSTS] [PRIORITY] [MEMORY]'],
    [
      'create m MINER',
      "create: TYPE must be one of AI_INFERENCE, DATA_PROCESSING, BLOCKCHAIN_VALIDATOR, NETWORK_NODE, SYSTEM, USER, got 'MINER'",
    ],
    [
      'create m USER 5;3',
      "create: BURSTS must be burst lengths in ticks separated by commas, such as 5 or 5,3,4 (CPU, I/O, CPU, …), got '5;3'",
    ],
    ['create m USER 5 hi', "create: PRIORITY must be a whole number, got 'hi'"],
    ['fork', 'fork: PARENT is missing; usage: fork PARENT NAME [TYPE] [BURSTS] [PRIORITY] [MEMORY]'],
    ['step 0', "step: N must be a whole number from 1 to 10000, got '0'"],
    ['monitor many', "monitor: N must be a whole number from 1 to 10000, got 'many'"],
    ['goto -3', "goto: TICK must be a whole number of ticks, 0 or more, got '-3'"],
    ['goto', 'goto: TICK is missing; usage: goto TICK'],
    [
      'allocate 1 64KB USER',
      "allocate: SIZE must be a size such as 4096, 64KiB or 2MiB (units B, KiB, MiB, GiB; at most 4GiB), got '64KB'",
    ],
    [
      'allocate 1 64KiB RAM',
      "allocate: TYPE must be one of SYSTEM, USER, AI_MODEL, AI_DATA, BLOCKCHAIN_LEDGER, BLOCKCHAIN_STATE, NETWORK_BUFFER, CACHE, got 'RAM'",
    ],
    ['allocate 1 64KiB', 'allocate: TYPE is missing; usage: allocate PID SIZE TYPE'],
    ['deallocate 1 0xG', "deallocate: ADDRESS must be an address in decimal (4096) or hex (0x1000), got '0xG'"],
    ['access 1 0x10 execute', "access: MODE must be read or write, got 'execute'"],
    ['list all', "list: too many arguments ('all'); usage: list"],
    ['dashboard now', "dashboard: too many arguments ('now'); usage: dashboard"],
    ['kil 1', "console: unknown command 'kil'; did you mean 'kill'? type help for the list"],
    ['lsit', "console: unknown command 'lsit'; did you mean 'list'? type help for the list"],
    ['xyzzyplugh', "console: unknown command 'xyzzyplugh'; type help for the list"],
    ['create "miner', 'console: unclosed double quote at column 8'],
  ])('%s', async (line, message) => {
    const store = await storeWith(WITH_MEMORY);
    const frame = store.getState().frame;
    const scenario = store.getState().scenario;
    expect(await run(store, line)).toBe(`! ${message}`);
    expect(store.getState().frame).toBe(frame);
    expect(store.getState().scenario).toBe(scenario);
  });
});

describe('ostep', () => {
  it('prints what the OSTEP script prints, and leaves the answer in the OSTEP view', async () => {
    const store = await storeWith(SCENARIO);
    const text = await run(store, 'ostep scheduler.py -p RR -q 2 -l 3,5,1 -c');
    expect(text).toContain('  Average -- Response: 2.00  Turnaround 6.67  Wait 3.67');
    expect(store.getState().ostepResult?.script).toBe('scheduler');
  });

  it('passes quoted flags on whole, and names a refused flag', async () => {
    const store = await storeWith(SCENARIO);
    expect(await run(store, "ostep malloc -l 'SIZESORT+' -A +3,-0 -c")).toContain('listOrder SIZESORT+');
    expect(await run(store, 'ostep mlfq --nope')).toBe('! ostep: mlfq: no such option: --nope');
    expect(await run(store, 'ostep')).toBe('! ostep: SCRIPT [FLAGS…] is missing; usage: ostep SCRIPT [FLAGS…]');
  });

  it('names every script it answers in its help', async () => {
    const store = await storeWith(SCENARIO);
    const help = await run(store, 'help ostep');
    for (const script of ['scheduler', 'afs', 'fork', 'segmentation', 'paging-multilevel-translate'])
      expect(help).toContain(script);
  });
});

describe('malloc and free', () => {
  it("ask the scenario's heap at the current tick, with the allocator's own explanation, or say there is no heap", async () => {
    const { ostepCommand } = await import('../../core/ostep/command');
    const c = ostepCommand('./malloc.py -S 100 -b 1000 -A +10,+20,-0 -c');
    if (!c.ok) throw new Error(c.error);
    const store = await storeWith(c.scenario);
    // At tick 0 only ptr[0] is out; the new malloc is listed after the scenario's two, so it is ptr[2].
    expect(await run(store, 'malloc 0 30')).toMatch(
      /^malloc\(30\) by P0:\nt=0 · P0 malloc, allocation 2: Alloc\(30\) needs 30 bytes\. .*best fit: the chunk at 1010 \(size 90\)/,
    );
    expect(await run(store, 'free 0 2')).toMatch(/P0 frees allocation 2/);
    expect(await run(store, 'free 0 7')).toMatch(/^! free: .*allocation 7 names no malloc listed before it/);
    expect(await run(store, 'malloc 0 -1')).toMatch(/^! malloc: .*bytes/);
    const plain = await storeWith(SCENARIO);
    expect(await run(plain, 'malloc 1 8')).toBe(
      '! malloc: this scenario has no heap (import an OSTEP malloc.py command, or add a heap section)',
    );
  });
});
