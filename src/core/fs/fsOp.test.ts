import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fsOpText, MAX_OP_BYTES, parseFsOp, type FsOp } from './fsOp';

const path = fc
  .array(fc.stringMatching(/^[a-z0-9._-]{1,8}$/), { minLength: 1, maxLength: 4 })
  .map((n) => `/${n.join('/')}`);
const bytes = fc.integer({ min: 0, max: MAX_OP_BYTES });
const op: fc.Arbitrary<FsOp> = fc.oneof(
  path.map((p) => ({ kind: 'mkdir' as const, path: p })),
  path.map((p) => ({ kind: 'touch' as const, path: p })),
  fc.record({ kind: fc.constant('write' as const), path, bytes }),
  fc.record({ kind: fc.constant('truncate' as const), path, bytes }),
  path.map((p) => ({ kind: 'rm' as const, path: p })),
  path.map((p) => ({ kind: 'rmdir' as const, path: p })),
  fc.record({ kind: fc.constant('link' as const), target: path, path }),
  fc.record({ kind: fc.constant('rename' as const), from: path, to: path }),
  fc.record({
    kind: fc.constant('symlink' as const),
    target: fc.oneof(
      path,
      path.map((p) => p.slice(1)),
    ),
    path,
  }),
  fc.constant({ kind: 'sync' as const }),
  fc.constant({ kind: 'verify' as const }),
  fc.record({ kind: fc.constant('tamper' as const), height: fc.nat(1000), rehash: fc.boolean() }),
);

function error(line: string): string {
  const r = parseFsOp(line);
  return r.ok ? '' : r.error.message;
}

describe('file operations as typed lines', () => {
  it('reads back every operation it writes', () => {
    fc.assert(
      fc.property(op, (o) => {
        expect(parseFsOp(fsOpText(o))).toEqual({ ok: true, op: o });
      }),
    );
  });

  it('uses the shell words', () => {
    expect(fsOpText({ kind: 'link', target: '/a', path: '/b' })).toBe('ln /a /b');
    expect(fsOpText({ kind: 'rename', from: '/a', to: '/c' })).toBe('mv /a /c');
    expect(fsOpText({ kind: 'symlink', target: '../a', path: '/b' })).toBe('ln -s ../a /b');
    expect(fsOpText({ kind: 'write', path: '/f', bytes: 8192 })).toBe('write /f 8192');
  });

  it('names what is wrong with a line', () => {
    expect(error('format /dev/sda')).toMatch(/"format" is not a file operation \(mkdir, touch, write/);
    expect(error('write /f')).toBe('write takes 2 arguments (usage: write <path> <bytes>)');
    expect(error('sync /f')).toBe('sync takes no arguments (usage: sync)');
    expect(error('tamper 2 twice')).toBe('tamper takes 1 argument (usage: tamper <height> [rehash])');
    expect(parseFsOp('tamper 2 rehash')).toEqual({ ok: true, op: { kind: 'tamper', height: 2, rehash: true } });
    expect(error('write /f -1')).toBe(`bytes must be a whole number from 0 to ${MAX_OP_BYTES} (got "-1")`);
    expect(error(`write /f ${MAX_OP_BYTES + 1}`)).toMatch(/from 0 to 1073741824/);
    expect(error('')).toMatch(/"" is not a file operation/);
  });
});
