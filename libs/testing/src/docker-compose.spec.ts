import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { loadConfig, z } from '@nrm/config';
import { EVENT_PRODUCERS, type ServiceName } from '@nrm/events';
import { eventSignerFromConfig, eventVerifierFromConfig } from '@nrm/service-kit';
import { loadGatewayConfig } from '../../../services/gateway/src/config';
import { REPOSITORY_ROOT, serviceList, subgraphUrlVariable, type ServiceEntry } from './service-list';

// Keeps docker-compose.yml consistent with infra/scripts/services.mjs and with what each service's config schema
// needs to boot in a container.

interface ComposeService {
  image?: string;
  build?: { context?: string; dockerfile?: string };
  environment?: Record<string, string | number | boolean>;
  healthcheck?: { test?: string[] | string };
  depends_on?: Record<string, { condition?: string }>;
  profiles?: string[];
  volumes?: string[];
  command?: string[] | string;
}

interface ComposeFile {
  services: Record<string, ComposeService>;
}

const compose = parse(readFileSync(join(REPOSITORY_ROOT, 'docker-compose.yml'), 'utf8'), { merge: true }) as ComposeFile;
const services = serviceList();
const subgraphs = services.subgraphs.filter((service) => existsSync(join(REPOSITORY_ROOT, service.dir, 'src', 'config.ts')));
const platform: ServiceEntry[] = [...subgraphs, services.gateway];

/** The `.env` that `node infra/scripts/event-keys.mjs compose-env` writes: the secrets compose interpolates. */
const dotEnv: Record<string, string> = Object.fromEntries(
  execFileSync(process.execPath, [join(REPOSITORY_ROOT, 'infra', 'scripts', 'event-keys.mjs'), 'compose-env'], { encoding: 'utf8' })
    .split('\n')
    .filter((line) => /^[A-Z_]+=/.test(line))
    .map((line) => {
      const at = line.indexOf('=');
      return [line.slice(0, at), line.slice(at + 1).replace(/^'(.*)'$/, '$1')];
    }),
);

/** Compose's `${NAME}` and `${NAME:?message}` substitution, from the generated `.env`. */
function interpolate(value: string): string {
  return value.replace(/\$\{([A-Z0-9_]+)(:\?[^}]*)?\}/g, (_match, name: string) => {
    const substituted = dotEnv[name];
    if (substituted === undefined) throw new Error(`docker-compose.yml uses \${${name}}, which event-keys.mjs compose-env does not write`);
    return substituted;
  });
}

function environmentOf(name: string): Record<string, string> {
  const environment = compose.services[name]?.environment ?? {};
  return Object.fromEntries(Object.entries(environment).map(([key, value]) => [key, interpolate(String(value))]));
}

type AnyObjectSchema = z.ZodObject<z.ZodRawShape>;

/** The zod object schema a service's src/config.ts exports (e.g. referralConfigSchema). */
async function configSchemaOf(service: ServiceEntry): Promise<AnyObjectSchema> {
  const module = (await import(join(REPOSITORY_ROOT, service.dir, 'src', 'config.ts'))) as Record<string, unknown>;
  const schemas = Object.values(module).filter((value): value is AnyObjectSchema => value instanceof z.ZodObject);
  if (schemas.length !== 1) throw new Error(`${service.dir}/src/config.ts should export exactly one zod object schema, found ${schemas.length}`);
  return schemas[0];
}

/** Keys with no default: the service cannot boot without them. */
function requiredKeys(schema: AnyObjectSchema): string[] {
  return Object.entries(schema.shape)
    .filter(([, field]) => !(field as z.ZodType).safeParse(undefined).success)
    .map(([key]) => key);
}

/** Keys whose default points at this machine: right for `npm start`, wrong inside a container. */
function loopbackDefaultKeys(schema: AnyObjectSchema): string[] {
  return Object.entries(schema.shape)
    .filter(([, field]) => {
      const parsed = (field as z.ZodType).safeParse(undefined);
      return parsed.success && /127\.0\.0\.1|localhost/.test(String(parsed.data));
    })
    .map(([key]) => key);
}

describe('docker-compose.yml', () => {
  it('runs Redis with a password, which every service connects with', () => {
    const command = compose.services['redis']?.command;
    expect(Array.isArray(command) ? command.map(interpolate) : []).toEqual(expect.arrayContaining(['--requirepass', dotEnv['REDIS_PASSWORD']]));
    expect(dotEnv['REDIS_PASSWORD']).toMatch(/^[0-9a-f]{48}$/);
    for (const service of subgraphs) expect(new URL(environmentOf(service.name)['REDIS_URL'] ?? '').password).toBe(dotEnv['REDIS_PASSWORD']);
  });

  it.each(subgraphs.map((service) => [service.name, service] as const))(
    '%s: signs its events with its own key and holds the public key of every producer it hears from',
    async (name, service) => {
      const config = loadConfig(await configSchemaOf(service), environmentOf(name)) as Parameters<typeof eventSignerFromConfig>[1];
      expect(() => eventVerifierFromConfig(name as ServiceName, config)).not.toThrow();
      if (Object.values(EVENT_PRODUCERS).includes(name as ServiceName)) expect(() => eventSignerFromConfig(name as ServiceName, config)).not.toThrow();
      // Its own private key, nobody else's.
      const others = subgraphs.filter((other) => other.name !== name).map((other) => environmentOf(other.name)['EVENT_SIGNING_KEY']);
      expect(others).not.toContain(environmentOf(name)['EVENT_SIGNING_KEY']);
    },
  );

  it('runs PostgreSQL 15, Redis 7 with an append-only file, and Keycloak importing the nrm realm', () => {
    expect(compose.services['postgres']?.image).toBe('postgres:15');
    expect(compose.services['redis']?.image).toBe('redis:7');
    expect(compose.services['redis']?.command).toEqual(expect.arrayContaining(['--appendonly', 'yes']));
    const keycloak = compose.services['keycloak'];
    expect(keycloak?.image).toMatch(/^quay\.io\/keycloak\/keycloak:26/);
    expect(keycloak?.command).toEqual(['start-dev', '--import-realm']);
    expect(keycloak?.volumes).toContain('./infra/keycloak/nrm-realm.json:/opt/keycloak/data/import/nrm-realm.json:ro');
  });

  it('imports the demo users only under the dev profile', () => {
    const devImport = compose.services['keycloak-dev-import'];
    expect(devImport?.profiles).toEqual(['dev']);
    expect(devImport?.volumes?.some((volume) => volume.startsWith('./infra/keycloak/dev/nrm-dev-import.json:'))).toBe(true);
    const others = Object.entries(compose.services).filter(([name]) => name !== 'keycloak-dev-import');
    expect(others.every(([, service]) => !JSON.stringify(service).includes('nrm-dev-import'))).toBe(true);
  });

  it.each(platform.map((service) => [service.name, service] as const))(
    '%s: built from the one Dockerfile, on its port, in production mode, with a readiness healthcheck',
    (name, service) => {
      const entry = compose.services[name];
      expect(entry).toBeDefined();
      expect(entry?.build?.dockerfile).toBe('infra/docker/Dockerfile');
      const environment = environmentOf(name);
      expect(environment['SERVICE']).toBe(name);
      expect(environment['PORT']).toBe(String(service.port));
      expect(environment['NODE_ENV']).toBe('production');
      // Inside a container 127.0.0.1 is unreachable from the other containers.
      expect(environment['HOST']).toBe('0.0.0.0');
      expect(JSON.stringify(entry?.healthcheck?.test)).toContain('/health/ready');
    },
  );

  it.each(subgraphs.map((service) => [service.name, service] as const))(
    '%s: sets every variable without a default and every default that points at localhost',
    async (name, service) => {
      const schema = await configSchemaOf(service);
      const environment = environmentOf(name);
      const needed = [...requiredKeys(schema), ...loopbackDefaultKeys(schema)];
      expect(needed).toEqual(expect.arrayContaining(['DATABASE_URL', 'REDIS_URL', 'OIDC_ISSUER', 'HOST']));
      expect(needed.filter((key) => !(key in environment))).toEqual([]);
      expect(environment['OIDC_ALLOWED_CLIENTS']).toBe('nrm-portal');
      expect(environment['OIDC_ISSUER']).toBe('http://keycloak:8080/realms/nrm');
    },
  );

  it.each(subgraphs.map((service) => [service.name, service] as const))(
    '%s: its config schema accepts its compose environment, production rules included',
    async (name, service) => {
      const schema = await configSchemaOf(service);
      expect(() => loadConfig(schema, environmentOf(name))).not.toThrow();
    },
  );

  it('gateway: its config accepts its compose environment and routes to every subgraph by service name', () => {
    const environment = environmentOf('gateway');
    const config = loadGatewayConfig(environment);
    for (const service of subgraphs) {
      expect(config.subgraphUrls.get(subgraphUrlVariable(service.name))).toBe(`http://${service.name}:${service.port}/graphql`);
    }
    const dependsOn = compose.services['gateway']?.depends_on ?? {};
    for (const service of subgraphs) expect(dependsOn[service.name]?.condition).toBe('service_healthy');
  });
});
