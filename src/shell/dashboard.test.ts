import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { terminalHost } from '../cli/terminalHost';
import { dashboardLines, meter, nodeStatusLines, statusLine } from './dashboard';

function hostOn(preset: string) {
  const raw: unknown = JSON.parse(readFileSync(new URL(`../../public/scenarios/${preset}`, import.meta.url), 'utf8'));
  const opened = terminalHost(raw, () => undefined);
  if (!opened.ok) throw new Error(opened.errors.join('; '));
  return opened.host;
}

describe('the dashboard', () => {
  it('a meter is as full as the fraction, clamped to 0..1', () => {
    expect(meter(0, 4)).toBe('[░░░░]');
    expect(meter(0.5, 4)).toBe('[██░░]');
    expect(meter(2, 4)).toBe('[████]');
  });

  it('draws memory as a bar with the frames used, fragmentation, faults and swap', async () => {
    const host = hostOn('memory-swapping.json');
    await host.seek(20);
    const v = host.view();
    const text = dashboardLines(v.frame!, v).join('\n');
    expect(text).toMatch(/^Memory \[[█░]{30}\] \d+ of 16 frames used \([\d.]+ %\)$/m);
    expect(text).toMatch(
      /^ {2}external fragmentation [\d.]+ % · page faults \d+ \([\d.]+ % of translations\) · swap \d+ of \d+ slots$/m,
    );
  });

  it('leaves the node status (process types) out under textbook names', async () => {
    const host = hostOn('default.json');
    const v = host.view();
    expect(dashboardLines(v.frame!, v).join('\n')).toContain('AI node status:');
    expect(dashboardLines(v.frame!, { ...v, textbook: true }).join('\n')).not.toMatch(/AI node status|NAME|TYPE/);
  });

  it('counts each type by state, and lists only the types there are', () => {
    const rows = [
      { type: 'USER', state: 'RUNNING' },
      { type: 'USER', state: 'TERMINATED' },
      { type: 'SYSTEM', state: 'NEW' },
    ] as unknown as Parameters<typeof nodeStatusLines>[0];
    expect(nodeStatusLines(rows).slice(2)).toEqual([
      expect.stringMatching(/^ {2}SYSTEM +1 +0 +0 +0 +0 +1 +0$/),
      expect.stringMatching(/^ {2}USER +2 +1 +0 +0 +0 +0 +1$/),
    ]);
    expect(nodeStatusLines([])).toEqual(['AI node status: no processes']);
  });

  it('sums the node up in one line for monitor', () => {
    const host = hostOn('default.json');
    expect(statusLine(host.view().frame!)).toBe(
      't=0 · CPU0 P1, CPU1 P2 · ready 0 · waiting 0 · suspended 0 · done 0 of 7',
    );
  });
});
