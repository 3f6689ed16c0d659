import { describe, expect, it } from 'vitest';
import { absolutePath } from './workingDirectory';

describe('absolutePath', () => {
  it('starts a relative path at the working directory and reads . and .. by name', () => {
    expect(absolutePath('/', 'a')).toBe('/a');
    expect(absolutePath('/data', 'log')).toBe('/data/log');
    expect(absolutePath('/data', './x/../y')).toBe('/data/y');
    expect(absolutePath('/data', '..')).toBe('/');
    expect(absolutePath('/', '../..')).toBe('/');
    expect(absolutePath('/data', '/etc//f/')).toBe('/etc/f');
  });
});
