import { describe, expect, it } from 'vitest';
import { commandOfHash, ostepLinkUrl } from './ostepLink';

describe('OSTEP links', () => {
  it('carry the command through the fragment, spaces, commas, colons and quotes included', () => {
    const command = `./malloc.py -S 100 -A +10,+20,-0 -l 'SIZESORT+' -c`;
    const url = ostepLinkUrl('https://example.org/bcos/?x=1#s=old', command);
    expect(url.startsWith('https://example.org/bcos/?x=1#ostep=')).toBe(true);
    expect(url).not.toContain(' ');
    expect(commandOfHash(new URL(url).hash)).toEqual({ ok: true, command, file: '' });
  });

  it('carry a command file beside its command, ampersands and newlines included', () => {
    const command = './ffs.py -f in.x -c -T';
    const file = 'dir /a&b\nfile /a&b/c 2\n&file=\n';
    const url = ostepLinkUrl('https://example.org/', command, file);
    expect(commandOfHash(new URL(url).hash)).toEqual({ ok: true, command, file });
  });

  it('refuse a damaged or empty link with a message, never throw', () => {
    expect(commandOfHash('#ostep=%E0%A4%A')).toMatchObject({ ok: false, error: expect.stringContaining('damaged') });
    expect(commandOfHash('#ostep=%20')).toMatchObject({ ok: false, error: expect.stringContaining('no command') });
    expect(commandOfHash('#s=abc')).toMatchObject({ ok: false });
  });
});
