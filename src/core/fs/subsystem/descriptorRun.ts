import { pcbOf } from '../../kernel/procs';
import type { SimState } from '../../kernel/state';
import { assertNever } from '../../assertNever';
import type { DescriptorOp } from '../fsOp';
import { fail } from '../operations';
import { closeFd, dupFd, openFile, readFd, seekFd, writeFd, type FdResult } from '../openFiles';
import { placementOf } from '../layout/nodeLayout';
import { uidOf } from './fileRequests';
import type { FsRun } from './state';

/**
 * A scheduled descriptor operation of process `op.pid`, acting as its user: the process must exist and not have
 * ended (its descriptors were closed when it did).
 */
export function applyDescriptorOp(st: SimState, run: FsRun, op: DescriptorOp): FdResult {
  const p = pcbOf(st, op.pid);
  if (!p) return fail('EINVAL', `there is no process P${op.pid}: descriptors belong to a process`);
  if (p.state === 'TERMINATED') return fail('EBADF', `P${op.pid} has ended; the kernel closed its descriptors`);
  const { fs, open } = run;
  switch (op.kind) {
    case 'open':
      return openFile(fs, open, op.pid, op.path, op.flags, uidOf(run, op.pid), placementOf(run.config));
    case 'read':
      return readFd(fs, open, op.pid, op.fd, op.bytes);
    case 'fdwrite':
      return writeFd(fs, open, op.pid, op.fd, op.bytes, placementOf(run.config));
    case 'seek':
      return seekFd(open, op.pid, op.fd, op.offset);
    case 'dup':
      return dupFd(open, op.pid, op.fd);
    case 'close':
      return closeFd(fs, open, op.pid, op.fd);
    default:
      return assertNever(op);
  }
}
