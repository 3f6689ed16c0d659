import { describe, expect, it } from 'vitest';
import { NAMING_KEY, storedNaming, WELCOME_KEY, welcomeWanted } from './namingSlice';

const holding = (entries: Record<string, string>) => ({ getItem: (k: string) => entries[k] ?? null });
const refusing = {
  getItem: (): string | null => {
    throw new Error('SecurityError');
  },
};

describe('naming and first visit, as remembered', () => {
  it('is textbook only when that was chosen; anything else (or refused storage) is the full naming', () => {
    expect(storedNaming(holding({ [NAMING_KEY]: 'textbook' }))).toBe('textbook');
    expect(storedNaming(holding({ [NAMING_KEY]: 'bogus' }))).toBe('full');
    expect(storedNaming(holding({}))).toBe('full');
    expect(storedNaming(refusing)).toBe('full');
    expect(storedNaming(null)).toBe('full');
  });

  it('greets a first visit, but not once dismissed nor when a link was opened', () => {
    expect(welcomeWanted('', holding({}))).toBe(true);
    expect(welcomeWanted('#anchor', null)).toBe(true);
    expect(welcomeWanted('', holding({ [WELCOME_KEY]: '1' }))).toBe(false);
    expect(welcomeWanted('#s=abc', holding({}))).toBe(false);
    expect(welcomeWanted('#ostep=x', holding({}))).toBe(false);
    expect(welcomeWanted('', refusing)).toBe(true);
  });
});
