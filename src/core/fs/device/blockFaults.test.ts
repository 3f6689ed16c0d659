// Tests may read files; the core itself never does.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { explain } from '../../kernel/explain';
import type { Scenario } from '../../scenario/types';
import { validateScenario } from '../../scenario/validate';
import { run, simulate } from '../../testing/run';
import { fsOpText, parseFsOp } from '../fsOp';

const load = (file: string): Scenario => {
  const v = validateScenario(
    JSON.parse(readFileSync(new URL(`../../../../public/scenarios/${file}`, import.meta.url), 'utf8')),
  );
  if (!v.ok) throw new Error(v.errors.map((e) => e.message).join('; '));
  return v.scenario;
};
const PRESET = 'storage-checksums-raid1.json';

/** The preset with its device changed (the same faults, the same reads). */
const withDevice = (device: Record<string, unknown>): Scenario => {
  const s = load(PRESET);
  return { ...s, fs: { ...(s.fs as NonNullable<Scenario['fs']>), device: { ...s.fs?.device, ...device } as never } };
};
const narration = (s: Scenario): string[] => simulate(s).state.events.map((e) => explain(e));

describe('checksums on the node device', () => {
  it('the preset: the CRC-32 and the drive catch every fault, the mirror repairs each, no wrong data', () => {
    expect(run(load(PRESET)).fs?.checksum).toEqual({
      algorithm: 'crc32',
      detected: 2,
      repaired: 3,
      undetected: 0,
      unreadable: 1,
    });
    const said = narration(load(PRESET));
    expect(said).toContain(
      "Device: P1's read: block 12 is corrupt: its CRC-32 over the bytes read differs from the one stored with them; it is rebuilt from its mirror on disk 1 and written back, and the read returns the right data.",
    );
  });

  it('XOR misses the two flips of block 12; without a checksum nothing is detected; RAID 0 fails the reads with EIO', () => {
    expect(run(withDevice({ checksum: 'xor' })).fs?.checksum).toMatchObject({ detected: 1, undetected: 3 });
    expect(narration(withDevice({ checksum: 'xor' }))).toContainEqual(
      expect.stringContaining('the flips cancel (XOR misses the same bit flipped in two bytes)'),
    );
    const none = run(withDevice({ checksum: 'none' })).fs?.checksum;
    expect(none).toMatchObject({ detected: 0, undetected: 5, unreadable: 1, repaired: 1 });
    expect(narration(withDevice({ checksum: 'none' }))).toContainEqual(
      expect.stringContaining('reads back wrong (1 bit flipped at rest) and nothing notices'),
    );
    const r0 = withDevice({ level: 0 });
    const said = narration(r0);
    expect(said).toContainEqual(expect.stringContaining('RAID 0 keeps no second copy, so the read fails (EIO)'));
    expect(said).toContainEqual(
      expect.stringContaining('fails, EIO: device block 9 could not be read or repaired; it carries on'),
    );
    expect(run(r0).fs?.checksum?.repaired).toBe(0);
  });

  it('on the simple device the faults are found on every read (no copy to repair from: each read fails again)', () => {
    const s = withDevice({});
    const simple: Scenario = {
      ...s,
      fs: {
        ...(s.fs as NonNullable<Scenario['fs']>),
        device: { requestTicks: 4, blockTicks: 1, checksum: 'fletcher' },
      },
    };
    expect(run(simple).fs?.checksum).toMatchObject({ algorithm: 'fletcher', detected: 5, unreadable: 3, repaired: 0 });
  });

  it('refuses a block past the device, naming the limit, and changes nothing', () => {
    const s = load(PRESET);
    const past: Scenario = {
      ...s,
      operations: [...s.operations, { tick: 10, op: 'fs', action: { kind: 'badSector', block: 96 } }],
    };
    const said = narration(past);
    expect(said).toContainEqual(
      expect.stringContaining('block must be a device block from 0 to 95 (the device holds 96), not 96'),
    );
    expect(run(past).fs?.checksum).toEqual(run(s).fs?.checksum);
  });

  it('a scenario without a checksum or a fault reports none; the schema names the algorithms', () => {
    expect(run(load('storage-raid5-rebuild.json')).fs?.checksum).toBeUndefined();
    const bad = validateScenario({ ...load(PRESET), fs: { blocks: 64, device: { checksum: 'md5' } } });
    expect(bad.ok ? [] : bad.errors.map((e) => [e.path, e.message])).toContainEqual([
      'fs.device.checksum',
      expect.stringContaining('none, additive, xor, fletcher, crc32'),
    ]);
  });

  it('types as corrupt-block and bad-sector', () => {
    expect(parseFsOp('corrupt-block 5')).toEqual({ ok: true, op: { kind: 'corruptBlock', block: 5 } });
    expect(parseFsOp('bad-sector 7')).toEqual({ ok: true, op: { kind: 'badSector', block: 7 } });
    expect(parseFsOp('bad-sector x').ok).toBe(false);
    const onMember = parseFsOp('corrupt-block 5 1');
    expect(onMember).toEqual({ ok: true, op: { kind: 'corruptBlock', block: 5, disk: 1 } });
    expect(onMember.ok && fsOpText(onMember.op)).toBe('corrupt-block 5 1');
    expect(parseFsOp('bad-sector 5 x')).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('disk') },
    });
  });
});
