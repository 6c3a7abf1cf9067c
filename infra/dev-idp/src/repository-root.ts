import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

const REALM_FILE = join('infra', 'keycloak', 'nrm-realm.json');

/**
 * The monorepo root: the nearest folder holding nx.json, or else the realm file, above this module (works from
 * `infra/dev-idp/src/` and from compiled `dist/infra/dev-idp/src/`), or else above the working directory (for a
 * build placed outside the repository).
 */
export function findRepositoryRoot(starts: readonly string[] = [__dirname, process.cwd()]): string {
  for (const start of starts) {
    const root =
      findUp(start, (folder) => existsSync(join(folder, 'nx.json'))) ??
      findUp(start, (folder) => existsSync(join(folder, REALM_FILE)));
    if (root) return root;
  }
  throw new Error(`Cannot find the repository root (a folder with nx.json or ${REALM_FILE}) above ${starts.join(' or ')}`);
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
