import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

export interface ServiceEntry {
  name: string;
  port: number;
  dir: string;
  seed?: boolean;
}

export interface ServiceList {
  root: string;
  subgraphs: ServiceEntry[];
  gateway: ServiceEntry;
  devIdp: ServiceEntry & { realm: string };
  portal: ServiceEntry;
}

let cached: ServiceList | undefined;

/** The repository root: libs/testing/src is three levels down. */
export const REPOSITORY_ROOT = join(__dirname, '..', '..', '..');

/**
 * The platform's process list from infra/scripts/services.mjs, the single source the scripts use. It is an ES
 * module and Jest runs CommonJS, so ask Node to print it.
 */
export function serviceList(): ServiceList {
  cached ??= JSON.parse(
    execFileSync(process.execPath, [join(REPOSITORY_ROOT, 'infra', 'scripts', 'services.mjs')], { encoding: 'utf8' }),
  ) as ServiceList;
  return cached;
}

export function subgraphUrlVariable(name: string): string {
  return `SUBGRAPH_URL_${name.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;
}

/** The env variable another service reads a subgraph's internal REST base URL from, e.g. SHELTERS_INTERNAL_URL. */
export function internalUrlVariable(name: string): string {
  return `${name.toUpperCase().replace(/[^A-Z0-9]/g, '_')}_INTERNAL_URL`;
}
