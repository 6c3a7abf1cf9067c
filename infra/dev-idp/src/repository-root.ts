import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

const REALM_FILE = join('infra', 'keycloak', 'nrm-realm.json');

/**
 * The monorepo root: the nearest folder above `start` holding nx.json, or else the nearest holding the realm
 * file. Walking up works both from `infra/dev-idp/src/` and from compiled `dist/infra/dev-idp/src/`.
 */
export function findRepositoryRoot(start: string = __dirname): string {
  const byNx = findUp(start, (folder) => existsSync(join(folder, 'nx.json')));
  const root = byNx ?? findUp(start, (folder) => existsSync(join(folder, REALM_FILE)));
  if (!root) throw new Error(`Cannot find the repository root (a folder with nx.json or ${REALM_FILE}) above ${start}`);
  return root;
}

function findUp(start: string, isRoot: (folder: string) => boolean): string | undefined {
  let folder = start;
  for (;;) {
    if (isRoot(folder)) return folder;
    const parent = dirname(folder);
    if (parent === folder) return undefined;
    folder = parent;
  }
}
