import { describe, expect, it } from 'vitest';
import { optparse } from '../optparse';
import { runScenario } from '../runScenario';
import { vsfsExplain } from './vsfsExplain';
import { vsfsScript } from './vsfsScript';

describe('vsfsExplain', () => {
  it('says what each kind of operation took, freed and changed', () => {
    const parsed = optparse(['-s', '2', '-n', '8', '-c'], vsfsScript.specs, vsfsScript.defaults);
    if (!parsed.ok) throw new Error(parsed.error);
    const r = vsfsScript.solve(parsed.values, runScenario);
    if (!r.ok) throw new Error(r.error);
    const { initial, states, ops } = r.answer;
    const said = ops.map((op, i) => vsfsExplain(op, i === 0 ? initial : states[i - 1]!, states[i]!));
    expect(said).toEqual([
      'mkdir took inode 1 and data block 1, the lowest free of each; the block holds the new directory\'s "." and "..". / gains the entry (c,1), and its link count rises to 3: the new directory\'s ".." names it.',
      'creat took inode 2, the lowest free; an empty file has no data block yet (a:-1). /c gains the entry (h,2).',
      "link gave inode 2 (/c/h) a second name: /c gains the entry (p,2) and the inode's link count rises to 2. No inode or block is taken.",
      'unlink removed the entry (h,2) from /c; inode 2 has other names, so it stays, its link count down to 1.',
      "unlink removed the entry (p,2) from /c. It was inode 2's last name, so the inode is freed: the bitmap bits go back to 0.",
      'creat took inode 2, the lowest free; an empty file has no data block yet (a:-1). /c gains the entry (f,2).',
      expect.stringMatching(
        /^The write took data block 2, the lowest free, for \/c\/f \(inode 2\), and put "[a-z]" in it; the inode now points to block 2\./,
      ),
      "link gave inode 2 (/c/f) a second name: /c gains the entry (s,2) and the inode's link count rises to 2. No inode or block is taken.",
    ]);
  });
});
