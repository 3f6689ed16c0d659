import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { THEME_KEY, readThemeChoice } from './theme';
import { ThemeSelect } from './ThemeSelect';

afterEach(() => {
  localStorage.clear();
  delete document.documentElement.dataset.theme;
});

describe('ThemeSelect', () => {
  it('follows the system until a theme is chosen, then stores and applies it', async () => {
    render(<ThemeSelect />);
    const select = screen.getByRole('combobox', { name: 'Theme' });
    expect(select).toHaveValue('system');
    await userEvent.selectOptions(select, 'Dark');
    expect(localStorage.getItem(THEME_KEY)).toBe('dark');
    expect(document.documentElement.dataset.theme).toBe('dark');
    await userEvent.selectOptions(select, 'System');
    expect(localStorage.getItem(THEME_KEY)).toBeNull();
    expect(document.documentElement.dataset.theme).toBeUndefined();
  });

  it('starts from the stored choice', () => {
    localStorage.setItem(THEME_KEY, 'light');
    render(<ThemeSelect />);
    expect(screen.getByRole('combobox', { name: 'Theme' })).toHaveValue('light');
  });

  it('ignores a stored value it does not know', () => {
    localStorage.setItem(THEME_KEY, 'neon');
    expect(readThemeChoice()).toBe('system');
  });
});
