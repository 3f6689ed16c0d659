import { describe, expect, it } from 'vitest';
import { scenarioOf } from '../core/testing/scenarioOf';
import { createAppStore, type AppStore } from './appStore';
import { inProcessClient } from './inProcessClient';

async function newStore(): Promise<AppStore> {
  const store = createAppStore({
    makeClient: () => inProcessClient(),
    frames: { request: () => 0, cancel: () => {} },
    clockMs: () => 0,
  });
  await store.getState().start();
  await store.getState().load({ ...scenarioOf({ policy: 'FIFO' }, [{ bursts: [3] }]), title: 'Start' }, 'test');
  return store;
}

describe('the OSTEP slice', () => {
  it('sends the command to the worker and keeps the answer, the text and the scenario', async () => {
    const store = await newStore();
    const s = () => store.getState();
    expect((await s().runOstep('./scheduler.py -p RR -q 2 -l 3,5,1 -c')).ok).toBe(true);
    expect(s().ostepCommand).toBe('./scheduler.py -p RR -q 2 -l 3,5,1 -c');
    expect(s().ostepResult).toMatchObject({
      script: 'scheduler',
      answer: { average: { response: 2, turnaround: 6.67, wait: 3.67 } },
    });
    expect(s().ostepResult?.text).toContain('Final statistics:');
    expect(s().ostepError).toBeNull();
    expect(s().ostepRunning).toBe(false);
    // Answering a command does not touch the loaded scenario.
    expect(s().scenario?.title).toBe('Start');
  });

  it('shows a refusal naming the flag and keeps the previous answer visible', async () => {
    const store = await newStore();
    const s = () => store.getState();
    await s().runOstep('./scheduler.py -p FIFO -l 4,2 -c');
    const previous = s().ostepResult;
    s().setOstepCommand('./scheduler.py -p RR -q 0');
    expect((await s().runOstep()).ok).toBe(false);
    expect(s().ostepError).toMatch(/-q\/--quantum/);
    expect(s().ostepResult).toBe(previous);
    expect(s().ostepCommand).toBe('./scheduler.py -p RR -q 0');
    expect((await s().runOstep('./nosuch.py')).ok).toBe(false);
    expect(s().ostepError).toMatch(/unknown OSTEP script "\.\/nosuch\.py"; supported: .*scheduler/);
    // The next good command clears the message.
    await s().runOstep('./scheduler.py -p SJF -l 4,2 -c');
    expect(s().ostepError).toBeNull();
    expect(s().ostepResult?.argv).toEqual(['-p', 'SJF', '-l', '4,2', '-c']);
  });

  it("plays a workload command's scenario and goes to Simulate", async () => {
    const store = await newStore();
    const s = () => store.getState();
    s().setView('ostep');
    expect((await s().playOstepScenario()).ok).toBe(false);
    await s().runOstep('./mlfq.py -n 2 -q 5 -l 0,20,0:3,4,0 -c');
    expect((await s().playOstepScenario()).ok).toBe(true);
    expect(s().view).toBe('simulate');
    expect(s().scenario?.processes.map((p) => [p.arrival, p.bursts])).toEqual([
      [0, [20]],
      [3, [4]],
    ]);
  });

  it('shows only the latest of two commands sent together', async () => {
    const store = await newStore();
    const s = () => store.getState();
    const first = s().runOstep('./scheduler.py -p FIFO -l 1 -c');
    const second = s().runOstep('./scheduler.py -p FIFO -l 2,2 -c');
    expect(await first).toEqual({ ok: false, error: 'A later command was asked before this one was answered.' });
    expect((await second).ok).toBe(true);
    expect(s().ostepResult?.argv).toEqual(['-p', 'FIFO', '-l', '2,2', '-c']);
  });

  it('sends the command file with a command that reads one, and a link carries both', async () => {
    const store = await newStore();
    const s = () => store.getState();
    const file = 'dir /a\nfile /a/b 2\n';
    expect((await s().runOstep('./ffs.py -f in.x -c', file)).ok).toBe(true);
    expect(s().ostepFile).toBe(file);
    const link = s().ostepLink('https://example.org/app/') as string;
    expect(link).toContain('&file=');
    const again = await newStore();
    expect((await again.getState().openOstepLink(new URL(link).hash)).ok).toBe(true);
    expect(again.getState().ostepFile).toBe(file);
    expect(again.getState().ostepResult?.text).toBe(s().ostepResult?.text);
    // A command that reads no file links without one.
    await s().runOstep('./scheduler.py -l 1,2 -c', '');
    expect(s().ostepLink('https://example.org/app/')).not.toContain('&file=');
  });
});
