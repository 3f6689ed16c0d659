import type { FieldError } from '../../scenario/fieldErrors';
import { AFS_LIMITS, type AfsSpec } from './afsSpec';

const err = (path: string, limit: string, message: string): FieldError => ({ path, limit, message });

/**
 * The rules of `network.afs` that need more than one field: its server and clients are nodes of the cluster, each
 * node one role, file names unique, every action names one of the files, and all the schedules together hold at
 * most AFS_LIMITS.maxActions actions.
 */
export function afsErrors(afs: AfsSpec, place: ReadonlyMap<string, number>): FieldError[] {
  const errors: FieldError[] = [];
  const nodes = [...place.keys()].join(', ');
  const known = (path: string, id: string): void => {
    if (!place.has(id))
      errors.push(
        err(path, 'the id of a node of the cluster', `${path} "${id}" is not a node of the cluster (${nodes})`),
      );
  };
  known('network.afs.server', afs.server);
  const roles = new Map<string, string>([[afs.server, 'network.afs.server']]);
  afs.clients.forEach((c, i) => {
    const path = `network.afs.clients[${i}].node`;
    known(path, c.node);
    const taken = roles.get(c.node);
    if (taken !== undefined)
      errors.push(
        err(
          path,
          'a node with no other AFS role',
          `${path} "${c.node}" is already ${taken}; a node is the server or one client`,
        ),
      );
    else roles.set(c.node, path);
  });
  const files = new Set<string>();
  afs.files.forEach((f, i) => {
    const path = `network.afs.files[${i}].name`;
    if (files.has(f.name))
      errors.push(err(path, 'a unique file name', `${path} "${f.name}" is already a file of the server`));
    files.add(f.name);
  });
  let total = 0;
  afs.clients.forEach((c, i) =>
    c.actions.forEach((a, j) => {
      total++;
      const path = `network.afs.clients[${i}].actions[${j}].file`;
      if (!files.has(a.file))
        errors.push(
          err(
            path,
            'a file of the server',
            `${path} "${a.file}" is not a file of the server (${[...files].join(', ') || 'none'})`,
          ),
        );
    }),
  );
  if (total > AFS_LIMITS.maxActions)
    errors.push(
      err(
        'network.afs.clients',
        `at most ${AFS_LIMITS.maxActions} actions`,
        `network.afs.clients hold ${total} actions in all; at most ${AFS_LIMITS.maxActions}`,
      ),
    );
  return errors;
}
