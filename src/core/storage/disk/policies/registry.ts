import type { DiskPolicyName } from '../diskTypes';
import { bsatf } from './bsatf';
import { clook } from './clook';
import { cscan } from './cscan';
import type { DiskPolicy } from './diskPolicy';
import { fifo } from './fifo';
import { look } from './look';
import { satf } from './satf';
import { scan } from './scan';
import { sstf } from './sstf';

/** Every disk scheduling policy by name (the type makes a missing one a compile error). */
export const DISK_POLICIES: Readonly<Record<DiskPolicyName, DiskPolicy>> = {
  FIFO: fifo,
  SSTF: sstf,
  SATF: satf,
  BSATF: bsatf,
  SCAN: scan,
  'C-SCAN': cscan,
  LOOK: look,
  'C-LOOK': clook,
};
