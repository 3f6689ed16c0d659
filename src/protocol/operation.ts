import type { Access, FsOp, MemoryType, NetFault } from '../core/index';

/** An interactive change at the current tick. `process` for create is checked by the one validation step. */
export type OperationRequest =
  | { op: 'create'; process: unknown }
  | { op: 'kill' | 'suspend' | 'resume'; pid: number }
  | { op: 'setPriority'; pid: number; priority: number }
  | { op: 'allocate'; pid: number; bytes: number; memoryType: MemoryType; readOnly?: boolean; shareKey?: string }
  | { op: 'deallocate'; pid: number; address: number }
  | { op: 'access'; pid: number; address: number; access: Access }
  | { op: 'compact'; movePinned: boolean }
  | { op: 'malloc'; pid: number; bytes: number }
  | { op: 'free'; pid: number; allocation: number }
  | { op: 'fs'; action: FsOp }
  /** a fault on the cluster's network (only a scenario with a network has one) */
  | { op: 'net'; fault: NetFault };
