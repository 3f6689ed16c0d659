import { describe, expect, it } from 'vitest';
import { forge, impersonate, replay, tamper } from './attacks';
import { openChannel } from './channel';
import { nodeIdentity, publicIdentity } from './identity';
import { seal } from './seal';
import type { Envelope } from './types';

const [a, b, m] = [0, 1, 2].map((i) => nodeIdentity(4, i));
const made = openChannel('signed', a!, publicIdentity(b!));
if (!made.ok) throw new Error(made.message);
const e: Envelope = seal(a!, { ...made.channel, sent: 0x01_02_03 }, Uint8Array.of(1, 2, 3), 'tx #7').envelope;

describe('tamper', () => {
  it('flips every bit of one byte of the field chosen, and nothing else', () => {
    const body = tamper(e, 'body', 4);
    expect(body.ok && body.envelope.body).toEqual(Uint8Array.of(1, 0xfd, 3));
    expect(body.ok && { ...body.envelope, body: e.body }).toEqual(e);
    expect(e.body).toEqual(Uint8Array.of(1, 2, 3));
    const header = tamper(e, 'header', 0);
    expect(header.ok && header.envelope.header).toBe('\u008bx #7');
    const signature = tamper(e, 'signature', 64);
    expect(signature.ok && signature.envelope.signature[0]).toBe(e.signature[0]! ^ 0xff);
  });

  it('changes one byte of the counter, among its low six', () => {
    expect(e.counter).toBe(0x01_02_04);
    const at = (i: number) => {
      const t = tamper(e, 'counter', i);
      return t.ok ? t.envelope.counter : NaN;
    };
    expect([at(0), at(1), at(2), at(5), at(6)]).toEqual([
      0x01_02_fb, 0x01_fd_04, 0xfe_02_04, 0xff_0000_01_02_04, 0x01_02_fb,
    ]);
  });

  it('refuses a field the mode leaves empty, and a byte that is not one', () => {
    expect(tamper(e, 'nonce', 0)).toEqual({
      ok: false,
      field: 'nonce',
      message: "the envelope's nonce is empty in this mode: there is no byte to change",
    });
    expect(tamper(e, 'body', -1)).toMatchObject({ ok: false, field: 'at' });
    expect(tamper(e, 'body', 0.5)).toMatchObject({ ok: false, field: 'at' });
  });
});

describe('replay, impersonate and forge', () => {
  it('replay sends equal bytes in arrays of its own', () => {
    const again = replay(e);
    expect(again).toEqual(e);
    expect(again.body).not.toBe(e.body);
    expect(again.signature).not.toBe(e.signature);
  });

  it("claim the victim's id on the attacker's own channel, which counts the message", () => {
    const mine = openChannel('encrypted', m!, publicIdentity(b!));
    if (!mine.ok) throw new Error(mine.message);
    for (const attack of [impersonate, forge]) {
      const { envelope, channel } = attack(m!, mine.channel, a!.id, Uint8Array.of(9), 'x');
      expect(envelope).toMatchObject({ from: a!.id, to: b!.id, counter: 1 });
      expect(envelope.signature.length).toBe(64);
      expect(channel.sent).toBe(1);
      expect(mine.channel.sent).toBe(0);
    }
  });
});
