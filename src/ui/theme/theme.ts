/** The colour theme the user chose; 'system' follows `prefers-color-scheme`. */
export type ThemeChoice = 'light' | 'dark' | 'system';

export const THEME_KEY = 'bcos.theme';
const CHOICES: readonly ThemeChoice[] = ['light', 'dark', 'system'];

/** The stored choice, 'system' when none (or storage is unavailable: private mode, sandboxed iframes). */
export function readThemeChoice(storage: Pick<Storage, 'getItem'> | null = safeStorage()): ThemeChoice {
  try {
    const v = storage?.getItem(THEME_KEY);
    return CHOICES.includes(v as ThemeChoice) ? (v as ThemeChoice) : 'system';
  } catch {
    return 'system';
  }
}

export function storeThemeChoice(
  choice: ThemeChoice,
  storage: Pick<Storage, 'setItem' | 'removeItem'> | null = safeStorage(),
): void {
  try {
    if (choice === 'system') storage?.removeItem(THEME_KEY);
    else storage?.setItem(THEME_KEY, choice);
  } catch {
    // Storage refused (quota, privacy settings): the choice still applies to this page.
  }
}

/**
 * Applies a choice to the root element: `data-theme="light|dark"` forces one, none leaves it to the
 * `prefers-color-scheme` media query in app.css.
 */
export function applyThemeChoice(choice: ThemeChoice, root: HTMLElement = document.documentElement): void {
  if (choice === 'system') delete root.dataset.theme;
  else root.dataset.theme = choice;
}

function safeStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
