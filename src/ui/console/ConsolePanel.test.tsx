import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithStore, startedStore } from '../testing/renderWithStore';
import { ConsolePanel } from './ConsolePanel';

const SCENARIO = {
  format: 'bcos-scenario',
  version: 1,
  title: 'Console panel',
  scheduler: { policy: 'FIFO' },
  processes: [
    { pid: 1, name: 'llm-infer', type: 'AI_INFERENCE', arrival: 0, bursts: [5] },
    { pid: 2, name: 'validator', type: 'BLOCKCHAIN_VALIDATOR', arrival: 0, bursts: [3] },
  ],
};

const input = () => screen.getByRole('textbox', { name: 'Console command' });
const log = () => screen.getByRole('log');

async function setup() {
  const { store } = await startedStore(SCENARIO);
  renderWithStore(<ConsolePanel />, store);
  return { store, user: userEvent.setup() };
}

describe('ConsolePanel', () => {
  it('is a polite log with a labelled input', async () => {
    await setup();
    expect(log()).toHaveAttribute('aria-live', 'polite');
    expect(input()).toHaveValue('');
  });

  it('kill 1 terminates the process in the store, as the Kill button does', async () => {
    const { store, user } = await setup();
    await user.type(input(), 'kill 1{Enter}');
    await waitFor(() => expect(store.getState().frame?.processes.find((p) => p.pid === 1)?.state).toBe('TERMINATED'));
    expect(store.getState().frame?.processes.find((p) => p.pid === 1)?.killed).toBe(true);
    await waitFor(() => expect(log()).toHaveTextContent(/P1 \(llm-infer\) is killed/));
    expect(input()).toHaveValue('');
  });

  it('help lists the commands', async () => {
    const { user } = await setup();
    await user.type(input(), 'help{Enter}');
    await waitFor(() => expect(log()).toHaveTextContent('create NAME [TYPE] [BURSTS] [PRIORITY]'));
    for (const name of ['kill PID', 'dashboard', 'monitor [N]', 'allocate PID SIZE TYPE', 'fragmentation', 'goto TICK'])
      expect(log()).toHaveTextContent(name);
  });

  it('↑ recalls earlier commands and ↓ comes back to the line being typed', async () => {
    const { store, user } = await setup();
    await user.type(input(), 'list{Enter}');
    await user.type(input(), 'dashboard{Enter}');
    await waitFor(() => expect(store.getState().consoleHistory).toEqual(['list', 'dashboard']));
    await user.type(input(), 'ki');
    await user.keyboard('{ArrowUp}');
    expect(input()).toHaveValue('dashboard');
    await user.keyboard('{ArrowUp}');
    expect(input()).toHaveValue('list');
    await user.keyboard('{ArrowUp}');
    expect(input()).toHaveValue('list');
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(input()).toHaveValue('ki');
  });

  it('Tab completes a command name, and shows the candidates when ambiguous', async () => {
    const { user } = await setup();
    await user.type(input(), 'sus');
    await user.keyboard('{Tab}');
    expect(input()).toHaveValue('suspend ');
    expect(input()).toHaveFocus();
    await user.keyboard('{Tab}');
    const hint = () => document.getElementById(input().getAttribute('aria-describedby') ?? '') as HTMLElement;
    expect(hint()).toHaveTextContent('1 (llm-infer) 2 (validator)');
    await user.keyboard('2');
    expect(hint()).not.toHaveTextContent('llm-infer');
  });

  it('a bad command shows one message and changes nothing', async () => {
    const { store, user } = await setup();
    const frame = store.getState().frame;
    const scenario = store.getState().scenario;
    await user.type(input(), 'kill x{Enter}');
    await waitFor(() => expect(log()).toHaveTextContent("kill: PID must be a whole number, got 'x'"));
    await user.type(input(), 'kil 1{Enter}');
    await waitFor(() => expect(log()).toHaveTextContent("did you mean 'kill'?"));
    expect(store.getState().frame).toBe(frame);
    expect(store.getState().scenario).toBe(scenario);
  });

  it('never renders output as HTML', async () => {
    const { user } = await setup();
    await user.type(input(), '<img src=x onerror=alert(1)>{Enter}');
    await waitFor(() => expect(log()).toHaveTextContent("unknown command '<img'"));
    expect(within(log()).queryByRole('img')).not.toBeInTheDocument();
    expect(log().querySelector('img')).toBeNull();
  });

  it('Ctrl+L clears the log', async () => {
    const { store, user } = await setup();
    await user.type(input(), 'list{Enter}');
    await waitFor(() => expect(log()).toHaveTextContent('llm-infer'));
    await user.keyboard('{Control>}l{/Control}');
    expect(store.getState().consoleLines).toEqual([]);
    expect(log()).not.toHaveTextContent('llm-infer');
  });
});
