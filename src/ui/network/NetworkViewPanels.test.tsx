import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderWithStore, startedStore } from '../testing/renderWithStore';
import { NetworkView } from './NetworkView';

const preset = (file: string) =>
  JSON.parse(readFileSync(join(__dirname, '../../../public/scenarios', file), 'utf8')) as unknown;

beforeEach(() => localStorage.clear());

describe('the Network view’s analysis panels, wired to the worker', () => {
  // Five panels drawn in turn in jsdom, the security log's and the links' tables with hundreds of cells: about 6 s
  // on a quiet machine, most of it jsdom's rendering and role queries.
  it(
    'opens each tab and draws its panel from the frames, which bring only the open panel’s data',
    { timeout: 20_000 },
    async () => {
      const { store } = await startedStore(preset('network-panels.json'));
      renderWithStore(<NetworkView />, store);
      await act(() => store.getState().seek(560));
      expect(store.getState().frame?.cluster?.panel).toBeNull();
      const user = userEvent.setup();
      const open = async (name: string) => {
        await user.click(screen.getByRole('tab', { name }));
        return screen.getByRole('region', { name: 'Network panels' });
      };

      const drawer = await open('Message sequence');
      expect(await within(drawer).findByRole('group', { name: 'Message sequence up to tick 560' })).toBeVisible();
      expect(store.getState().frame?.cluster?.panel?.panel).toBe('sequence');

      await open('Security log');
      const log = await within(drawer).findByRole('region', { name: 'Security log' });
      expect(within(log).getByRole('heading', { name: 'Security log (signed) up to tick 560' })).toBeVisible();
      expect(within(log).getByLabelText('Verdicts')).toHaveTextContent('tampered1');
      expect(within(log).getByRole('region', { name: 'Security log entries' })).toBeVisible();

      await open('Link statistics');
      const stats = await within(drawer).findByRole('region', { name: 'Link statistics' });
      expect(within(within(stats).getByRole('table')).getAllByRole('rowheader')).toHaveLength(12);

      await open('Infection curve');
      expect(
        await within(drawer).findByRole('group', { name: /^Gossip infection curve up to tick 560/ }, { timeout: 4000 }),
      ).toBeVisible();

      await open('Migration timeline');
      const none = await within(drawer).findByRole('region', { name: 'Migration timeline' });
      expect(none).toHaveTextContent('No migration has reached its stop by tick 560');
      expect(within(none).getByRole('button', { name: 'Load “Network: live migration three ways”' })).toBeVisible();

      await open('Nodes and faults');
      expect(store.getState().networkPanel).toBeNull();
      expect(store.getState().frame?.cluster?.panel).toBeNull();
    },
  );

  it('chooses among the run’s migrations, the latest first', async () => {
    const { store } = await startedStore(preset('network-live-migration.json'));
    renderWithStore(<NetworkView />, store);
    await act(() => store.getState().seek(8000));
    const user = userEvent.setup();
    await user.click(screen.getByRole('tab', { name: 'Migration timeline' }));
    const panel = await screen.findByRole('region', { name: 'Migration timeline' });
    const chooser = within(panel).getByRole('combobox', { name: 'Migration' });
    expect(within(chooser).getAllByRole('option')).toHaveLength(3);
    expect(within(panel).getByRole('group', { name: 'Post-copy migration timeline' })).toBeVisible();
    await user.selectOptions(chooser, '0');
    expect(within(panel).getByRole('group', { name: 'Stop-and-copy migration timeline' })).toBeVisible();
    expect(within(panel).getByRole('table', { name: 'Downtime beside the published figures' })).toBeVisible();
  });

  it('says when the network has no security or no protocol, and how to get them', async () => {
    const { store } = await startedStore(preset('network-request-reply.json'));
    renderWithStore(<NetworkView />, store);
    const user = userEvent.setup();
    await user.click(screen.getByRole('tab', { name: 'Security log' }));
    const log = await screen.findByRole('region', { name: 'Security log' });
    expect(log).toHaveTextContent(/no security.*"security": "signed"/);
    expect(screen.getByRole('button', { name: 'Load “Network: every analysis panel”' })).toBeVisible();
    await user.click(screen.getByRole('tab', { name: 'Infection curve' }));
    const curve = await screen.findByRole('region', { name: 'Gossip infection curve' }, { timeout: 4000 });
    expect(curve).toHaveTextContent(/no P2P protocol.*protocol/);
    expect(screen.getByRole('button', { name: 'Load “Network: every analysis panel”' })).toBeVisible();
  });
});
