import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ChecksumAnswers } from '../../core/index';
import { checksumScript } from '../../core/ostep/checksum/checksumScript';
import { optparse } from '../../core/ostep/optparse';
import { runScenario } from '../../core/ostep/runScenario';
import { checksumPicture } from './checksumPicture';
import { ChecksumView } from './ChecksumView';

function answerOf(args: string): ChecksumAnswers {
  const parsed = optparse(args.split(' '), checksumScript.specs, checksumScript.defaults);
  if (!parsed.ok) throw new Error(parsed.error);
  const r = checksumScript.solve(parsed.values, runScenario);
  if (!r.ok) throw new Error(r.error);
  return r.answer;
}

describe('checksumPicture', () => {
  it("draws the words' bits with the flipped ones marked, and each running value", () => {
    const p = checksumPicture(answerOf('-D 1,2,3,4 -c -M add'));
    expect(p.words.map((w) => w.hex)).toEqual(['0x01', '0x02', '0x03', '0x04']);
    expect(p.words[0]?.bits.map((b) => (b.set ? 1 : 0)).join('')).toBe('00000001');
    // bits 0 and 8: the lowest bit of words 0 and 1, drawn last in their column
    expect(p.words.map((w) => w.bits.filter((b) => b.flipped).map((b) => b.bit))).toEqual([[0], [0], [], []]);
    const rows = Object.fromEntries(p.rows.map((r) => [r.name, r]));
    expect(rows.add?.running.map((c) => c.text)).toEqual(['0x01', '0x03', '0x06', '0x0a']);
    expect(rows.fletcher?.final).toBe('10,20');
    expect(rows.add?.flip).toMatchObject({ caught: false, after: '0x0a' });
    expect(rows.crc32?.flip).toMatchObject({ caught: true, after: '0f42f69f' });
    expect(rows.add?.running[3]?.explanation).toBe('after byte 3 (0x04): sum 0x0a');
  });

  it('leaves CRC-32 out for words that are not bytes, and draws at most 64 words', () => {
    expect(checksumPicture(answerOf('-D -5,300 -c')).rows.map((r) => r.name)).toEqual(['add', 'xor', 'fletcher']);
    const big = checksumPicture(answerOf('-d 100 -c'));
    expect(big.words).toHaveLength(64);
    expect(big.hidden).toBe(36);
    expect(big.rows[0]?.running).toHaveLength(64);
  });
});

describe('ChecksumView', () => {
  it('shows the running values, which checksums catch the flip, and the blocks read back', () => {
    render(<ChecksumView answer={answerOf('-D 1,2,3,4 -c -M xor -b 2 -m')} />);
    const table = within(screen.getByRole('region', { name: 'Checksums' })).getByRole('table', {
      name: "Each checksum's running value, word by word",
    });
    expect(within(table).getByRole('columnheader', { name: 'word 0: 1' })).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: /^Xor/ })).toHaveTextContent('0x04 — missed');
    expect(within(table).getByRole('row', { name: /^CRC-32/ })).toHaveTextContent('caught');
    const reads = within(screen.getByRole('list', { name: 'Blocks read back' })).getAllByRole('listitem');
    expect(reads[0]).toHaveTextContent('silent corruption); the second copy checks out');
  });
});
