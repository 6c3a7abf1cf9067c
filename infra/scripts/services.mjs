// The one list of platform processes. Build, start, test harness and the docker-compose check all read it, so a new
// subgraph is added here once.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Federated subgraphs, in the order they are started. `seed` marks services with a development seed command. */
export const SUBGRAPHS = [
  { name: 'identification', port: 4001, dir: 'services/identification' },
  { name: 'referral', port: 4002, dir: 'services/referral', seed: true },
  { name: 'formal-identification', port: 4003, dir: 'services/formal-identification' },
  { name: 'shelters', port: 4004, dir: 'services/shelters' },
  { name: 'reporting', port: 4005, dir: 'services/reporting' },
  { name: 'notifications', port: 4006, dir: 'services/notifications' },
];

/**
 * Node flags for every platform process. A young generation of at most 4 MiB per semi-space: with V8's 16 MiB default
 * each process idles ~30 MiB larger (the stack then passes 1 GiB), with 1 MiB the collector runs so often under load
 * that a submission costs ~25% more CPU (bench/submit-identification.mjs: 6.9 ms at 1 MiB, 5.2 ms at 4 and at 16).
 */
export const NODE_FLAGS = (process.env.NRM_NODE_FLAGS ?? '--max-semi-space-size=4').split(' ').filter(Boolean);

export const GATEWAY = { name: 'gateway', port: 4000, dir: 'services/gateway' };
export const DEV_IDP = { name: 'dev-idp', port: 8080, dir: 'infra/dev-idp', realm: 'nrm' };
export const PORTAL = { name: 'portal', port: 3000, dir: 'services/portal' };
/** The development mail catch-all (infra/scripts/mail-catcher.cjs): SMTP on smtpPort, what arrived on GET /messages of port. */
export const MAIL_CATCHER = { name: 'mail', port: 1080, smtpPort: 1025 };

/** Where a service's compiled entry lives, e.g. dist/services/referral/src/main.js. */
export function distEntry(service) {
  return join(ROOT, 'dist', service.dir, 'src', 'main.js');
}

export function sourceEntry(service) {
  return join(ROOT, service.dir, 'src', 'main.ts');
}

/** A subgraph whose source does not exist yet is skipped (the platform is being written service by service). */
export function existingSubgraphs() {
  return SUBGRAPHS.filter((service) => existsSync(sourceEntry(service)));
}

/** The env variable that overrides a subgraph's URL in the gateway, e.g. SUBGRAPH_URL_FORMAL_IDENTIFICATION. */
export function subgraphUrlVariable(name) {
  return `SUBGRAPH_URL_${name.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;
}

/**
 * The env variable a service reads another subgraph's internal REST base URL from (access facts, audit chains, export
 * parts), e.g. SHELTERS_INTERNAL_URL.
 */
export function internalUrlVariable(name) {
  return `${name.toUpperCase().replace(/[^A-Z0-9]/g, '_')}_INTERNAL_URL`;
}

// `node infra/scripts/services.mjs` prints the list as JSON, for the TypeScript test harness (CommonJS under Jest).
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.stdout.write(JSON.stringify({ root: ROOT, subgraphs: SUBGRAPHS, gateway: GATEWAY, devIdp: DEV_IDP, portal: PORTAL }));
}
