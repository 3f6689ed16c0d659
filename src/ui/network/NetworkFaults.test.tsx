import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderWithStore, startedStore } from '../testing/renderWithStore';
import { NetworkView } from './NetworkView';

const preset = (file: string) =>
  JSON.parse(readFileSync(join(__dirname, '../../../public/scenarios', file), 'utf8')) as Record<string, unknown>;

beforeEach(() => localStorage.clear());

/** Opens node `id`'s fault menu from the drawer's list, by keyboard. */
async function nodeMenu(user: ReturnType<typeof userEvent.setup>, id: string) {
  screen.getByRole('button', { name: new RegExp(`^${id}: `) }).focus();
  await user.keyboard('{Shift>}{F10}{/Shift}');
  return screen.getByRole('menu', { name: `Faults for ${id}` });
}

/** The drawer's list of messages in flight, as its buttons say them. */
const listed = () =>
  within(screen.getByRole('list', { name: 'Messages in flight' }))
    .getAllByRole('button')
    .map((b) => b.textContent);

describe('the Network view’s fault palette', () => {
  it('sets a node’s clock ahead, an operation at the current tick', async () => {
    const { store } = await startedStore(preset('network-attack-signed.json'));
    renderWithStore(<NetworkView />, store);
    const user = userEvent.setup();
    await act(() => store.getState().seek(40));
    const clock = within(await nodeMenu(user, 'b')).getByRole('group', { name: "b's clock" });
    await user.click(within(clock).getByRole('menuitem', { name: "Set b's clock 50 ticks ahead" }));
    await screen.findByText("Set b's clock 50 ticks ahead: done at tick 40.");
    expect(screen.getByRole('button', { name: /^b: up, .*, clock 50 ticks ahead$/ })).toBeTruthy();
    expect(store.getState().scenario?.operations.at(-1)).toEqual({
      tick: 40,
      op: 'net',
      fault: { kind: 'skew', node: 'b', ticks: 50 },
    });
  });

  it('turns a node malicious: the attack is an operation at the current tick, narrated', async () => {
    const { store } = await startedStore(preset('network-attack-signed.json'));
    renderWithStore(<NetworkView />, store);
    const user = userEvent.setup();
    await act(() => store.getState().seek(40));
    const malicious = within(await nodeMenu(user, 'a')).getByRole('group', { name: 'Turn a malicious' });
    await user.click(within(malicious).getByRole('menuitem', { name: /^a replays its last message/ }));
    await screen.findByText(/^a replays its last message to its receiver, as it was: done at tick 40\.$/);
    expect(store.getState().scenario?.operations.at(-1)).toEqual({
      tick: 40,
      op: 'net',
      fault: { kind: 'attack', node: 'a', attack: 'replay' },
    });
    expect(store.getState().frame?.narration.map((l) => l.text)).toContain(
      'a turns malicious: it sends its last message again as it was',
    );
  });

  it('drops a message in flight chosen from the list of messages on their way', async () => {
    const { store } = await startedStore(preset('network-gossip-ring.json'));
    renderWithStore(<NetworkView />, store);
    const user = userEvent.setup();
    await act(() => store.getState().seek(40));
    const list = screen.getByRole('list', { name: 'Messages in flight' });
    const first = within(list).getAllByRole('button')[0]!;
    const id = Number(/^message #(\d+)/.exec(first.textContent ?? '')?.[1]);
    first.focus();
    await user.keyboard('{Enter}');
    const menu = screen.getByRole('menu', { name: `Faults for message #${id}` });
    await user.click(within(menu).getByRole('menuitem', { name: /^Drop message/ }));
    await screen.findByText(new RegExp(`^Drop message #${id} .*: done at tick 40\\.$`));
    const op = store.getState().scenario?.operations.at(-1);
    expect(op).toMatchObject({ tick: 40, op: 'net', fault: { kind: 'drop', message: id } });
    expect(store.getState().frame?.narration.map((l) => l.text)).toContain(
      `message #${id} lost at ${op?.op === 'net' && op.fault.kind === 'drop' ? op.fault.from : ''}: a drop fault took it off the link`,
    );
    expect(within(list).queryByRole('button', { name: new RegExp(`^message #${id} `) })).toBeNull();
  });

  it('lists the messages in flight of the readable frame: a few times a second at speed, every frame paused', async () => {
    const { store } = await startedStore(preset('network-gossip-ring.json'));
    renderWithStore(<NetworkView />, store);
    await act(() => store.getState().seek(40));
    const held = store.getState().frame;
    const at40 = listed();
    await act(() => store.getState().seek(45));
    const at45 = listed();
    expect(at45).not.toEqual(at40);
    // Playing at 100 ticks/s between two slow frames: the list stays as it was at tick 40.
    act(() => store.setState({ playing: true, speed: 100, slowFrame: held }));
    expect(listed()).toEqual(at40);
    act(() => store.getState().pause());
    expect(listed()).toEqual(at45);
  });

  it('migrates a process through the dialog, and shows a refusal naming the field without changing anything', async () => {
    const { store } = await startedStore({ ...preset('network-live-migration.json'), operations: [] });
    renderWithStore(<NetworkView />, store);
    const user = userEvent.setup();
    await act(() => store.getState().seek(100));
    await user.click(within(await nodeMenu(user, 'n0')).getByRole('menuitem', { name: 'Migrate a process from n0…' }));
    const dialog = screen.getByRole('dialog', { name: 'Migrate a process from n0' });
    expect(within(dialog).getByRole('combobox', { name: 'Process' })).toBe(document.activeElement);
    const process = within(dialog).getByRole('combobox', { name: 'Process' });
    expect(
      within(process)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['P1 model-server', 'P2 batch']);
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Target node' }), 'n2');
    await user.click(within(dialog).getByRole('radio', { name: /^Pre-copy/ }));

    // n2 crashes while the dialog is open: the core refuses, names the field, and the run is as it was.
    await act(() => store.getState().operate({ op: 'net', fault: { kind: 'crash', node: 'n2' } }));
    const before = store.getState().scenario;
    await user.click(within(dialog).getByRole('button', { name: 'Migrate' }));
    expect((await within(dialog).findByRole('alert')).textContent).toMatch(
      /^The to of operation 2 "n2" crashed at tick 100/,
    );
    expect(store.getState().scenario).toBe(before);

    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Target node' }), 'n1');
    await user.click(within(dialog).getByRole('button', { name: 'Migrate' }));
    await screen.findByText('Migrate P1 (model-server) from n0 to n1 by pre-copy: done at tick 100.');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(store.getState().scenario?.operations.at(-1)).toEqual({
      tick: 100,
      op: 'net',
      fault: {
        kind: 'migrate',
        process: 1,
        from: 'n0',
        to: 'n1',
        method: { kind: 'preCopy', maxRounds: 30, dirtyPagesLimit: 50, downtimeLimitTicks: 3000 },
      },
    });
  });
});
