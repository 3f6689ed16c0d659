import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { stubFetch, START } from '../teach/testFetch';
import { renderWithStore, startedStore } from '../testing/renderWithStore';
import { WelcomeCard } from './WelcomeCard';

const card = () => screen.queryByRole('region', { name: /Where would you like to start/ });

beforeEach(() => localStorage.clear());
afterEach(() => vi.unstubAllGlobals());

describe('WelcomeCard', () => {
  it('is dismissed for good with one click on "Got it"', async () => {
    const { store } = await startedStore(START);
    const first = renderWithStore(<WelcomeCard />, store);
    expect(card()).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Got it' }));
    expect(card()).toBeNull();
    first.unmount();
    // The next visit (a new page, a new store) remembers.
    const next = await startedStore(START);
    renderWithStore(<WelcomeCard />, next.store);
    expect(card()).toBeNull();
  });

  it('is put away by Escape from any of its buttons, as a keyboard leaves it', async () => {
    const { store } = await startedStore(START);
    renderWithStore(<WelcomeCard />, store);
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'Start a lesson' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    expect(card()).toBeNull();
    expect(store.getState().view).toBe('simulate');
    expect(store.getState().welcomeOpen).toBe(false);
  });

  it('opens the lessons or the presets, and is put away', async () => {
    const { store } = await startedStore(START);
    renderWithStore(<WelcomeCard />, store);
    await userEvent.click(screen.getByRole('button', { name: 'Start a lesson' }));
    expect(store.getState().view).toBe('lessons');
    expect(card()).toBeNull();
    localStorage.clear();
    const other = await startedStore(START);
    renderWithStore(<WelcomeCard />, other.store);
    await userEvent.click(screen.getByRole('button', { name: 'Browse presets' }));
    expect(other.store.getState().view).toBe('gallery');
  });

  it('plays the default scenario on Simulate', async () => {
    stubFetch({ 'scenarios/default.json': { ...START, title: 'The default' } });
    const { store } = await startedStore({ ...START, title: 'Something else' });
    store.getState().setView('memory');
    renderWithStore(<WelcomeCard />, store);
    await userEvent.click(screen.getByRole('button', { name: 'Play the default scenario' }));
    await waitFor(() => expect(store.getState().playing).toBe(true));
    expect(store.getState().scenario?.title).toBe('The default');
    expect(store.getState().view).toBe('simulate');
    expect(card()).toBeNull();
    store.getState().pause();
  });

  it('is not shown on a page opened from a shared link', async () => {
    window.history.replaceState(null, '', '/#s=abc');
    const { store } = await startedStore(START);
    window.history.replaceState(null, '', '/');
    renderWithStore(<WelcomeCard />, store);
    expect(card()).toBeNull();
  });

  it('is not shown in an embedded page', async () => {
    const { store } = await startedStore(START);
    window.history.replaceState(null, '', '?embed=1');
    renderWithStore(<WelcomeCard />, store);
    expect(card()).toBeNull();
    window.history.replaceState(null, '', '/');
  });
});
