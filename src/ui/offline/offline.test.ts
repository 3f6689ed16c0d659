import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import config, { serviceWorkerSource } from '../../../vite.config';
import { shouldRegister } from './registerServiceWorker';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const register = () => Promise.reject(new Error('not here'));

describe('sub-path builds', () => {
  it('the build uses a relative base', () => {
    expect((config as { base?: string }).base).toBe('./');
  });
  // The built index.html's relative asset URLs are checked in e2e/present.spec.ts, after the build.
});

describe('service worker', () => {
  it('is registered only in production over http(s)', () => {
    const sw = { register } as unknown as ServiceWorkerContainer;
    expect(shouldRegister({ production: true, protocol: 'https:', serviceWorker: sw })).toBe(true);
    expect(shouldRegister({ production: true, protocol: 'http:', serviceWorker: sw })).toBe(true);
    expect(shouldRegister({ production: false, protocol: 'https:', serviceWorker: sw })).toBe(false);
    expect(shouldRegister({ production: true, protocol: 'file:', serviceWorker: sw })).toBe(false);
    expect(shouldRegister({ production: true, protocol: 'https:', serviceWorker: undefined })).toBe(false);
  });

  it('is valid JavaScript that lists its files and a versioned cache', () => {
    const template = readFileSync(`${root}src/ui/offline/sw.js`, 'utf8');
    const src = serviceWorkerSource(template, ['./', 'index.html', 'scenarios/default.json'], 'abc123');
    expect(() => new Function(src)).not.toThrow();
    expect(src).toContain('const VERSION = "abc123";');
    expect(src).toContain('["./","index.html","scenarios/default.json"]');
  });
});
