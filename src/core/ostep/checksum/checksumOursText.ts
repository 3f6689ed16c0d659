import { CHECKSUM_NAMES } from '../../storage/checksum/checksumTypes';
import { bitName } from '../../storage/checksum/flips';
import { CHECKSUMS, checksumSteps } from '../../storage/checksum/registry';
import type { ChecksumOurs, DeviceAnswer, FlipAnswer } from './checksumOurs';
import { dataText } from './checksumText';

/** -T: each algorithm's running value, byte by byte, in its own words. */
function traceText(words: readonly number[]): string {
  return CHECKSUM_NAMES.map((name) => {
    const steps = checksumSteps(name, words).map((s) => `  ${s.explanation}\n`);
    return `${CHECKSUMS[name].label}, byte by byte (ours):\n${steps.join('')}\n`;
  }).join('');
}

/** The bits flipped: each by name, or a burst by its ends. */
function bitsText(bits: readonly number[]): string {
  const first = bits[0] as number;
  const last = bits[bits.length - 1] as number;
  const run = bits.length > 2 && bits.every((b, i) => b === first + i);
  return run
    ? `bits ${first} to ${last}, ${bitName(first)} to ${bitName(last)} (a burst of ${bits.length})`
    : bits.map((b) => `bit ${b} (${bitName(b)})`).join(', ');
}

function flipText(f: FlipAnswer, solve: boolean): string {
  let text = `Flip (ours): ${bitsText(f.bits)}\n`;
  if (f.why) text += `(${f.why})\n`;
  text += `\nAfter the flip:\n${dataText(f.flipped)}`;
  text += solve ? `${f.verdicts.map((v) => `${v.explanation}\n`).join('')}\n` : 'Which checksums catch it?\n\n';
  return text;
}

function deviceText(d: DeviceAnswer, flipped: boolean, solve: boolean): string {
  const n = d.reads.length;
  const faults = [
    ...d.latent.map((b) => `block ${b} has a latent sector error`),
    ...(flipped ? ['the flipped bits are corrupted on it, silently'] : []),
  ];
  let text =
    `Device (ours): the data in ${n} block${n === 1 ? '' : 's'} of ${d.blockBytes} byte${d.blockBytes === 1 ? '' : 's'}, ` +
    `each stored with its ${CHECKSUMS[d.algorithm].label}${d.mirror ? ', and a second copy' : ''}\n`;
  if (faults.length > 0) text += `Faults: ${faults.join('; ')}\n`;
  text += solve
    ? `Read back:\n${d.reads.map((r) => `  ${r.explanation}\n`).join('')}\n`
    : 'Which blocks read back, which are repaired and which fail?\n\n';
  return text;
}

/** Our sections, after checksum.py's text: the running values, the flip, the device. */
export function oursText(words: readonly number[], ours: ChecksumOurs, solve: boolean): string {
  let text = ours.trace ? traceText(words) : '';
  if (ours.flip) text += flipText(ours.flip, solve);
  if (ours.device) text += deviceText(ours.device, ours.flip !== undefined, solve);
  return text;
}
