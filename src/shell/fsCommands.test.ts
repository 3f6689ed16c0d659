import { describe, expect, it } from 'vitest';
import { terminalHost } from '../cli/terminalHost';
import { CORRUPTION_NAMES } from '../core/fs/fsOp';
import { runLine } from './commands';

const SCENARIO = {
  format: 'bcos-scenario',
  version: 3,
  scheduler: { policy: 'FIFO' },
  processes: [{ pid: 1, name: 'writer', type: 'DATA_PROCESSING', arrival: 0, bursts: [8] }],
  fs: { blockSize: 1024, blocks: 32, inodes: 16 },
};

/** Runs lines in a terminal session on `scenario`; each line's output joined. */
async function session(lines: string[], scenario: object = SCENARIO): Promise<string[]> {
  const made = terminalHost(scenario, () => undefined);
  if (!made.ok) throw new Error(made.errors.join('; '));
  const outputs: string[] = [];
  for (const line of lines) outputs.push((await runLine(line, made.host)).lines.map((l) => l.text).join('\n'));
  return outputs;
}

describe('file-system commands', () => {
  it('change the file system at the current tick and read it back with ls, stat and df', async () => {
    const [mkdir, write, ls, stat, df] = await session([
      'mkdir /models',
      'write /models/llm.bin 5KiB',
      'ls /models',
      'stat /models/llm.bin',
      'df',
    ]);
    expect(mkdir).toBe('mkdir:\nt=0 · File system: mkdir /models.');
    expect(write).toBe('write:\nt=0 · File system: write /models/llm.bin 5120.');
    expect(ls).toBe(
      [
        'mode        links  owner  bytes  inode  blocks  name',
        '-rw-r--r--  1      root   5120   2      5       llm.bin',
      ].join('\n'),
    );
    expect(stat).toContain('Size: 5120 bytes (5 KiB)   Blocks: 5 of 1 KiB');
    expect(stat).toContain('Blocks: 2-6');
    expect(df).toContain('blocks  32     7     25    21.9 %');
    expect(df).toContain('1 files, 2 directories');
  });

  it('say what a refused operation does not do, and that a scenario has no file system', async () => {
    const [rmdir, ls] = await session(['rmdir /nope', 'ls /nope']);
    expect(rmdir).toBe(
      'rmdir:\nt=0 · File system: rmdir /nope is refused, ENOENT: /nope does not exist; nothing changes.',
    );
    expect(ls).toBe('ls: /nope: no such file or directory');
    const { fs: _, ...without } = SCENARIO;
    const [none] = await session(['ls'], without);
    expect(none).toBe('ls: this scenario has no file system (add an "fs" section to the scenario file)');
  });

  it('make a symbolic link with ln -s; ls shows where it points and stat shows the link itself', async () => {
    const [ln, ls, stat, write, bad] = await session([
      'ln -s ../data/f /link',
      'ls /',
      'stat /link',
      'write /link 10',
      'ln -x /a /b',
    ]);
    expect(ln).toBe('ln:\nt=0 · File system: ln -s ../data/f /link.');
    expect(ls).toContain('lrwxrwxrwx  1      root   9      1      0       link -> ../data/f');
    expect(stat).toContain('Type: symbolic link   Inode: 1   Links: 1');
    expect(stat).toContain('Target: ../data/f');
    expect(write).toContain('ENOENT: /link is a symbolic link to nothing (/../data does not exist); nothing changes.');
    expect(bad).toBe("ln: the only option is -s (a symbolic link), got '-x'");
  });

  it('ls and stat go through a link on the way, and ls lists the directory a link points at', async () => {
    const [, , , ls, stat, link] = await session([
      'mkdir /a',
      'write /a/f 10',
      'ln -s /a /l',
      'ls /l',
      'stat /l/f',
      'stat /l',
    ]);
    expect(ls).toContain(' f');
    expect(stat).toContain('  File: /l/f');
    expect(stat).toContain('Type: regular file');
    expect(link).toContain('Type: symbolic link');
  });

  it('chmod sets the bits in octal, and refuses a mode that is not one', async () => {
    const [, chmod, ls, bad] = await session(['touch /f', 'chmod 600 /f', 'ls /', 'chmod 9 /f']);
    expect(chmod).toBe('chmod:\nt=0 · File system: chmod 0600 /f.');
    expect(ls).toContain('-rw-------');
    expect(bad).toBe('chmod: mode must be octal from 0000 to 0777 (got "9")');
  });

  it('take a relative path from the working directory, which cd changes and pwd prints', async () => {
    const [touch, pwd, mkdir, cd, cdLink, write, ls, up, notDir, missing] = await session([
      'touch notes.txt',
      'pwd',
      'mkdir data',
      'cd data',
      'ln -s /data /here',
      'write ./log 10',
      'ls .',
      'cd ..',
      'cd /notes.txt',
      'cd nowhere',
    ]);
    expect(touch).toBe('touch:\nt=0 · File system: touch /notes.txt.');
    expect(pwd).toBe('/');
    expect(mkdir).toBe('mkdir:\nt=0 · File system: mkdir /data.');
    expect(cd).toBe('/data');
    expect(cdLink).toBe('ln:\nt=0 · File system: ln -s /data /here.');
    expect(write).toBe('write:\nt=0 · File system: write /data/log 10.');
    expect(ls).toContain('log');
    expect(up).toBe('/');
    expect(notDir).toBe('cd: /notes.txt: not a directory');
    expect(missing).toBe('cd: /nowhere: no such file or directory');
    const [, viaLink, there] = await session(['mkdir /d', 'cd /link-to-d', 'pwd']);
    expect(viaLink).toBe('cd: /link-to-d: no such file or directory');
    expect(there).toBe('/');
    const [, , followed, inside] = await session(['mkdir /d', 'ln -s d /l', 'cd /l', 'touch f']);
    expect(followed).toBe('/d');
    expect(inside).toBe('touch:\nt=0 · File system: touch /d/f.');
  });
});

describe('ledger commands', () => {
  it('verify-ledger and tamper on the ledger a validator writes', async () => {
    const scenario = {
      ...SCENARIO,
      processes: [
        {
          pid: 1,
          name: 'validator',
          type: 'BLOCKCHAIN_VALIDATOR',
          arrival: 0,
          bursts: [12],
          files: { every: 3, requests: [{ kind: 'write', path: '/ledger/chain.log', bytes: 100 }] },
        },
      ],
    };
    const [, tamper, verify, wrong] = await session(['run', 'tamper 1', 'verify-ledger', 'tamper 1 twice'], scenario);
    expect(tamper).toMatch(/^tamper:\nt=\d+ · Ledger: tamper 1: changed block 1: /);
    expect(verify).toMatch(/Ledger: verify-ledger: .*block 1/);
    expect(wrong).toBe("tamper: the word after HEIGHT can only be rehash, got 'twice'");
  });

  it('fsck finds nothing on a clean file system; after corrupt it says what it fixed, and a bad KIND is refused', async () => {
    const [, , clean, corrupt, fsck, again, bad] = await session([
      'mkdir /a',
      'write /a/f 2KiB',
      'fsck',
      'corrupt refcount',
      'fsck',
      'fsck',
      'corrupt everything',
    ]);
    expect(clean).toBe(
      'fsck:\nt=0 · File system: fsck checked blocks, directories, orphans, link counts and bitmaps: 5 of 5 passes found nothing; the file system is consistent, nothing to fix.',
    );
    expect(corrupt).toMatch(
      /^corrupt:\nt=0 · File system: corrupt refcount breaks it on purpose: INODE (2|3) refcnt (in|de)creased \(fsck.py's words\); fsck finds and repairs it\.$/,
    );
    expect(fsck).toMatch(
      /4 of 5 passes found nothing; fixed 1: inode (2|3)'s link count was \d; 1 entry names it: set to 1\.$/,
    );
    expect(again).toContain('nothing to fix.');
    expect(bad).toBe(`corrupt: KIND must be one of ${CORRUPTION_NAMES.join(', ')}, got 'everything'`);
  });
});
