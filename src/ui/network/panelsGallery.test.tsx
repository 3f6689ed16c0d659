import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { InfectionCurve } from './InfectionCurve';
import { LinkStats } from './LinkStats';
import { MigrationTimeline } from './MigrationTimeline';
import { SecurityLog } from './SecurityLog';
import { SequenceDiagram } from './SequenceDiagram';
import { migrationData, panelsAt } from './testing/panelsData';

// One run of the preset "Network: every analysis panel" (a ring of six with gossip, 1% loss, a partition and a
// crash that heal, signed traffic, two attacks), every builder at a few ticks as the worker would call them.
const TICKS = [120, 320, 560, 971];
const views = panelsAt([120, 320, 560, Infinity]);
const at = (tick: number) => views[TICKS.indexOf(tick)] as NonNullable<(typeof views)[number]>;

describe('the Network view’s panels on one run', () => {
  it('every builder gives plain data (what a frame carries) that follows the run', () => {
    expect(views.at(-1)?.sequence.tick).toBe(971);
    for (const v of views) expect(JSON.parse(JSON.stringify(v))).toEqual(v);
    const sent = views.map((v) => v.sequence.sent);
    expect(sent).toEqual([...sent].sort((a, b) => a - b));
    expect(views.map((v) => v.security?.counts.tampered)).toEqual([0, 0, 1, 1]);
    expect(views.map((v) => v.infection?.items.length)).toEqual([2, 2, 3, 3]);
    // the partition at 250 cuts links: their losses show from then on
    const cut = views.map((v) => v.links.links.reduce((a, l) => a + l.lost.partition, 0));
    expect(cut[0]).toBe(0);
    expect(cut[1]).toBeGreaterThan(0);
  });

  it.each([320, 971])('at tick %i the sequence diagram is named, summed up and lists its messages', (tick) => {
    const { sequence } = at(tick);
    render(<SequenceDiagram data={{ ...sequence, messages: sequence.messages.slice(-60) }} />);
    const figure = screen.getByRole('group', { name: `Message sequence up to tick ${tick}` });
    expect(within(figure).getByRole('img', { name: /^Message sequence of 6 nodes, ticks \d+ to \d+/ })).toBeVisible();
    expect(within(figure).getByRole('checkbox', { name: 'Show joins and heartbeats' })).toBeChecked();
    const list = within(figure).getByRole('list', { name: 'Messages in view', hidden: true });
    for (const b of list.querySelectorAll('button'))
      expect(b.textContent).toMatch(/^\w+ #\d+ from n\d to n\d, sent at \d+: /);
  });

  it('the partition and the crash are on the diagram at 320', () => {
    const { sequence } = at(320);
    expect(sequence.faults.map((f) => f.kind)).toEqual(['partition', 'crash']);
    expect(sequence.messages.some((m) => m.ends.some((e) => e.kind === 'lost' && e.reason === 'partition'))).toBe(true);
  });

  it.each([320, 971])('at tick %i the security log is named, counted and a table', (tick) => {
    const security = at(tick).security;
    // the latest 30 entries: the roles are quick to query
    render(<SecurityLog data={security && { ...security, recent: security.recent.slice(-30) }} />);
    const log = screen.getByRole('region', { name: 'Security log' });
    expect(within(log).getByRole('heading', { name: `Security log (signed) up to tick ${tick}` })).toBeVisible();
    expect(within(log).getByLabelText('Verdicts')).toHaveTextContent(`accepted${security?.counts.accepted}`);
    expect(within(log).getByRole('checkbox', { name: 'Rejections only' })).not.toBeChecked();
    expect(within(log).getByRole('region', { name: 'Security log entries' })).toBeVisible();
  });

  it.each([320, 971])('at tick %i the link statistics are a named table', (tick) => {
    const { links } = at(tick);
    render(<LinkStats data={links} />);
    const stats = screen.getByRole('region', { name: `Links up to tick ${links.asOf}` });
    const table = within(within(stats).getByRole('region', { name: 'Link statistics' })).getByRole('table');
    expect(within(table).getAllByRole('rowheader')).toHaveLength(12);
  });

  it.each([320, 971])('at tick %i the infection curve is a named chart with its summary', (tick) => {
    render(<InfectionCurve data={at(tick).infection} />);
    expect(screen.getByRole('group', { name: new RegExp(`^Gossip infection curve up to tick ${tick}`) })).toBeVisible();
    expect(screen.getByText(/push gossip with fan-out 2 expects about 2.53 rounds/)).toBeVisible();
  });

  it('the migration timeline, each method, is a named figure with a named picture', () => {
    for (const [method, name] of [
      [{ kind: 'stopAndCopy' }, 'Stop-and-copy'],
      [{ kind: 'preCopy', maxRounds: 5, dirtyPagesLimit: 0, downtimeLimitTicks: 0 }, 'Pre-copy'],
      [{ kind: 'postCopy', pushShare: 1 }, 'Post-copy'],
    ] as const) {
      const { unmount } = render(<MigrationTimeline data={migrationData(method, 10)} />);
      const figure = screen.getByRole('group', { name: `${name} migration timeline` });
      expect(within(figure).getByRole('img', { name: new RegExp(`^${method.kind} moved`) })).toBeVisible();
      expect(within(figure).getByRole('table', { name: 'Downtime beside the published figures' })).toBeVisible();
      unmount();
    }
  });
});
