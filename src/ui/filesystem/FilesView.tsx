import { SubjectPresets } from '../workload/SubjectPresets';
import { useMemo, useState } from 'react';
import { useShallow } from '../app/useShallow';
import type { FsOp, FsPicture } from '../../core/index';
import { layoutGroups } from '../../core/fs/layout/nodeLayout';
import { groupedDigits as n } from '../../core/groupedDigits';
import type { AppState } from '../../store/types';
import { useApp, useAppStore } from '../app/StoreContext';
import { operateAndAnswer } from '../memory/operateAndAnswer';
import { useProcessLabel } from '../naming/useNaming';
import { Stage, type PanelContent } from '../stage/Stage';
import { AllocationChoice } from './AllocationChoice';
import { CrashPanel } from './CrashPanel';
import { DiskMap } from './DiskMap';
import { pictureBlocks } from './pictureBlocks';
import { NodeAllocationFigures } from './NodeAllocationFigures';
import { DeviceQueue } from './DeviceQueue';
import { FileOperationForm } from './FileOperationForm';
import { FileTree } from './FileTree';
import { InodeInspector } from './InodeInspector';
import { MountedFile } from './MountedFile';
import { MOUNTS } from '../../core/fs/vfs/mounts';
import { mountedTree } from '../../core/fs/vfs/mountedTrees';
import { entriesUnder } from '../../core/fs/vfs/tree';
import { LayoutsChoice } from './LayoutsChoice';
import { LedgerPanel } from './LedgerPanel';
import { NodeLog } from './LogCleaner';
import { ModelCachePanel } from './ModelCachePanel';
import { NodeJournalPanel } from './NodeJournalPanel';
import { OpenFilesPanel } from './OpenFilesPanel';
import { PageCachePanel } from './PageCachePanel';
import { turnOnFileSystem } from './turnOnFileSystem';
import './filesystem.css';

const selectFiles = (s: AppState) => ({
  fs: s.fs,
  scenario: s.scenario,
  hasFs: s.scenario?.fs !== undefined,
  now: s.frame?.tick ?? 0,
  processes: s.slowFrame?.processes,
  slowTick: s.slowFrame?.tick ?? 0,
  memory: s.memory,
});

/** The disk map in words: what holds the blocks, and where the selected name's are. */
function diskSummary(fs: FsPicture, selected: string): string {
  const f = fs.figures;
  const dirBlocks = fs.inodes.reduce((sum, i) => sum + (i.inode.kind === 'dir' ? i.inode.blocks.length : 0), 0);
  const entry = fs.tree.find((e) => e.path === selected);
  const inode = entry && fs.inodes.find((i) => i.inum === entry.inum)?.inode;
  const mine = inode ? `; ${selected} holds ${n(inode.blocks.length)} of them` : '';
  const groups = layoutGroups(fs.config);
  const ffs = groups ? `, ${n(groups.count)} cylinder groups of ${n(groups.blocksPerGroup)} blocks` : '';
  return `Disk map${ffs}: ${n(f.usedBlocks)} of ${n(f.blocks)} data blocks in use, ${n(f.usedBlocks - dirBlocks)} by files and ${n(dirBlocks)} by directories, ${n(f.blocks - f.usedBlocks)} free${mine}`;
}

/**
 * The Files view: the node's file system at the current tick. The tree and the selected name's inode are the
 * picture; the block device's queue and a file operation are panels. An operation goes to the simulation at the
 * current tick, so it is recorded and replayed like every other.
 */
export function FilesView() {
  const store = useAppStore();
  const { fs, scenario, hasFs, now, processes, slowTick, memory } = useApp(useShallow(selectFiles));
  const label = useProcessLabel();
  const [selected, setSelected] = useState('/');
  const disk = useMemo(() => (fs ? pictureBlocks(fs) : null), [fs]);
  const mounted = useMemo(
    () =>
      fs
        ? MOUNTS.filter((m) => m.point !== '/').map((mount) => ({
            mount,
            entries: entriesUnder(
              mountedTree(mount, fs, { tick: slowTick, processes: processes ?? [], memory }),
              mount.point,
            ),
          }))
        : [],
    [fs, slowTick, processes, memory],
  );
  if (!hasFs) {
    return (
      <section className="panel" aria-labelledby="fs-off">
        <h2 id="fs-off">This node has no file system</h2>
        <p>
          The scenario has no fs section, so processes do no file I/O. Give the node a file system of 1,024 blocks of 4
          KiB with 256 inodes on a simple block device, or load a preset of files and storage.
        </p>
        <button type="button" className="primary" onClick={() => void turnOnFileSystem(store)}>
          Add a file system
        </button>
        <SubjectPresets subject="files" title="Presets of files and storage" />
      </section>
    );
  }
  if (!fs || !scenario || !disk) return <p className="muted">Loading the file system…</p>;
  const selectedInum = fs.tree.find((e) => e.path === selected)?.inum ?? null;
  const inMount = mounted.flatMap((names) => {
    const entry = names.entries.find((e) => e.path === selected);
    return entry ? [{ names, entry }] : [];
  })[0];
  const names = (pid: number) => label(processes?.find((p) => p.pid === pid) ?? { pid });
  const panels: PanelContent = {
    device: { render: () => <DeviceQueue fs={fs} now={now} names={names} /> },
    cache: {
      render: () => (
        <PageCachePanel fs={fs} onSync={() => void operateAndAnswer(store, { op: 'fs', action: { kind: 'sync' } })} />
      ),
    },
    operations: {
      render: () => (
        <>
          <FileOperationForm onOperate={(op: FsOp) => operateAndAnswer(store, { op: 'fs', action: op })} />
          {fs.figures.journal && (
            <NodeJournalPanel
              journal={fs.figures.journal}
              onCrash={() => operateAndAnswer(store, { op: 'fs', action: { kind: 'crash' } })}
            />
          )}
        </>
      ),
    },
    open: { render: () => <OpenFilesPanel fs={fs} now={now} names={names} /> },
    models: { render: () => <ModelCachePanel fs={fs} /> },
    crash: { render: () => <CrashPanel scenario={scenario} /> },
    allocation: { render: () => <AllocationChoice scenario={scenario} /> },
    layouts: { render: () => <LayoutsChoice scenario={scenario} /> },
    ledger: {
      render: () => (
        <LedgerPanel
          ledger={fs.ledger}
          verdict={fs.verdict}
          onVerify={() => void operateAndAnswer(store, { op: 'fs', action: { kind: 'verify' } })}
          onTamper={(height, rehash) =>
            void operateAndAnswer(store, { op: 'fs', action: { kind: 'tamper', height, rehash } })
          }
        />
      ),
    },
  };
  const picture = (
    <div className="files-picture">
      <div className="files-side">
        <FileTree fs={fs} mounted={mounted} selected={selected} onSelect={setSelected} />
        {inMount ? (
          <MountedFile mounted={inMount.names} entry={inMount.entry} tick={slowTick} />
        ) : (
          <InodeInspector fs={fs} path={selected} />
        )}
      </div>
      <DiskMap
        disk={disk}
        selected={selectedInum}
        label="Disk map"
        summary={diskSummary(fs, selected)}
        row={layoutGroups(fs.config)?.blocksPerGroup}
        onSelectBlock={(block) => {
          const owner = disk.owner[block] ?? -1;
          const path = fs.tree.find((e) => e.inum === owner)?.path;
          if (path !== undefined) setSelected(path);
        }}
      />
      {fs.figures.lfs && fs.log && <NodeLog log={fs.figures.lfs} disk={fs.log} selected={selectedInum} />}
      <NodeAllocationFigures fs={fs} />
    </div>
  );
  return <Stage view="files" label="Files" picture={picture} panels={panels} />;
}
