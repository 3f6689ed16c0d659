import { FLAG_WORDS } from '../../core/fs/openFiles';
import type { FsPicture } from '../../core/index';
import { groupedDigits } from '../../core/groupedDigits';

interface Props {
  fs: FsPicture;
  now: number;
  names: (pid: number) => string;
}

/**
 * The open-file tables at the current tick: each process's descriptors, each pointing at an entry of the one
 * system-wide open-file table, which holds the inode, the offset, the mode and how many descriptors share it.
 */
export function OpenFilesPanel({ fs, now, names }: Props) {
  const { open, orphans } = fs;
  const descriptors = Object.entries(open.tables)
    .map(([pid, fds]) => ({ pid: Number(pid), fds }))
    .sort((a, b) => a.pid - b.pid)
    .flatMap(({ pid, fds }) => fds.flatMap((at, fd) => (at === null ? [] : [{ pid, fd, at }])));
  const entries = open.entries.flatMap((e, at) => (e ? [{ at, e }] : []));
  return (
    <section className="open-files" aria-labelledby="open-files-title">
      <h2 id="open-files-title">Open files</h2>
      <p className="muted">
        A descriptor is a process&apos;s small number for an entry of the system-wide open-file table; the entry holds
        the inode, the offset of the next read or write and how many descriptors share it (dup makes two).
      </p>
      {descriptors.length === 0 ? (
        <p>No process has a file open at tick {now}. In the console: open PID PATH r, then read, seek and close.</p>
      ) : (
        <>
          <table>
            <caption>Descriptor tables</caption>
            <thead>
              <tr>
                <th scope="col">Process</th>
                <th scope="col">Descriptor</th>
                <th scope="col">Open-file entry</th>
              </tr>
            </thead>
            <tbody>
              {descriptors.map(({ pid, fd, at }) => (
                <tr key={`${pid}-${fd}`}>
                  <td>{names(pid)}</td>
                  <td>{fd}</td>
                  <td>→ entry {at}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <table>
            <caption>Open-file table</caption>
            <thead>
              <tr>
                <th scope="col">Entry</th>
                <th scope="col">Inode</th>
                <th scope="col">Opened as</th>
                <th scope="col">Mode</th>
                <th scope="col">Offset (bytes)</th>
                <th scope="col">References</th>
              </tr>
            </thead>
            <tbody>
              {entries.map(({ at, e }) => (
                <tr key={at}>
                  <td>{at}</td>
                  <td>→ inode {e.inum}</td>
                  <td>
                    {e.path}
                    {orphans.includes(e.inum) ? ' (deleted: kept until its last close)' : ''}
                  </td>
                  <td>{FLAG_WORDS[e.flags]}</td>
                  <td>{groupedDigits(e.offset)}</td>
                  <td>{e.refs}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
