import { z } from 'zod';
import { eventKeysConfigShape } from './event-keys';

/** Thrown at boot when the environment is invalid; names the variables at fault, never their values. */
export class ConfigurationError extends Error {
  constructor(readonly issues: string[]) {
    super(`Invalid configuration: ${issues.join('; ')}`);
    this.name = 'ConfigurationError';
  }
}

const booleanFromEnv = z
  .enum(['true', 'false', '1', '0'])
  .transform((value) => value === 'true' || value === '1');

/**
 * A PostgreSQL role name; empty means none. Used for DATABASE_APP_ROLE, the restricted role a service's pool switches
 * to (a service sets its own default; `DATABASE_APP_ROLE=` turns the switch off where the login role is already
 * restricted).
 */
const databaseRoleFromEnv = z
  .string()
  .trim()
  .regex(/^([a-z_][a-z0-9_]{0,62})?$/, 'expected a lower-case SQL identifier')
  .transform((value) => value || undefined);

/** DATABASE_APP_ROLE with a service's default when the variable is absent; an empty value still turns it off. */
function databaseRoleWithDefault(role: string) {
  // Not `.default()`: zod would also put the default back in place of the empty value's `undefined`.
  return z.preprocess((value) => (value === undefined ? role : value), databaseRoleFromEnv);
}

/** Variables every service process shares. */
export const baseConfigSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z.url().default('postgres://postgres@127.0.0.1:5432/nrm'),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  /** Role the service's pool runs as (never the migrations); see databaseRoleFromEnv. */
  DATABASE_APP_ROLE: databaseRoleFromEnv.optional(),
  REDIS_URL: z.url().default('redis://127.0.0.1:6379'),
  /** Keycloak realm URL, e.g. https://id.example.gov/realms/nrm. */
  OIDC_ISSUER: z.url().default('http://localhost:8080/realms/nrm'),
  /** Clients whose tokens this API accepts (the token's `azp`). */
  OIDC_ALLOWED_CLIENTS: z
    .string()
    .default('nrm-portal,nrm-cli')
    .transform((value) => value.split(',').map((item) => item.trim()).filter(Boolean)),
  /** Accept an http issuer in production: only where the identity provider is reached over a private network. */
  OIDC_ALLOW_INSECURE_ISSUER: booleanFromEnv.default(false),
  OIDC_CLOCK_SKEW_SECONDS: z.coerce.number().int().min(0).max(300).default(30),
  /**
   * Where a process that runs workers serves Prometheus metrics (`GET /metrics`): its own port, never the API's, which
   * the gateway fronts. Unset: no metrics endpoint. Bind it to an address only the monitoring network reaches.
   */
  METRICS_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  METRICS_HOST: z.string().min(1).default('127.0.0.1'),
  /** Run the outbox relay and event consumers inside the API process (one process per service). */
  WORKERS_IN_PROCESS: booleanFromEnv.default(true),
  /** Apply pending migrations before serving; production runs `node main.js migrate` as a release step instead. */
  RUN_MIGRATIONS_ON_BOOT: booleanFromEnv.default(true),
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(120_000).default(10_000),
  /**
   * How long a consumer's claim on an event lasts unless renewed (BullMQ's lock, renewed while the handler runs): a
   * worker that dies mid-event has that event taken over by another worker after about this long.
   */
  EVENT_LOCK_MS: z.coerce.number().int().min(1_000).max(600_000).default(30_000),
  ...eventKeysConfigShape,
  /*
   * A subgraph's own query limits, for callers that reach its port without the gateway. Above the gateway's
   * (MAX_QUERY_*): the gateway's plans wrap a client's selection in `_entities`, one level deeper, with its aliases.
   */
  GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(2).max(64).default(16),
  GRAPHQL_MAX_COMPLEXITY: z.coerce.number().int().min(1).default(4_000),
  GRAPHQL_MAX_ALIASES: z.coerce.number().int().min(0).max(10_000).default(60),
  GRAPHQL_MAX_DIRECTIVES: z.coerce.number().int().min(0).max(10_000).default(60),
  /** Lexical tokens of one document: bounds parsing before any other check runs. */
  GRAPHQL_MAX_TOKENS: z.coerce.number().int().min(100).max(1_000_000).default(20_000),
  /** Largest accepted request body of a subgraph (the gateway forwards documents and representations). */
  MAX_REQUEST_BYTES: z.coerce.number().int().min(1_024).max(10_000_000).default(1_000_000),
});

export type BaseConfig = z.infer<typeof baseConfigSchema>;

/** The configuration of every service that keeps an audit chain (spread into its schema). */
export const auditChainConfigShape = {
  /** Denied attempts about persons the service does not know, written per user and minute; the rest are counted in a log line. */
  AUDIT_UNKNOWN_PERSON_DENIALS_PER_MINUTE: z.coerce.number().int().positive().default(10),
};

/**
 * The clients whose service accounts may read a producing service's published events (`GET /internal/events`,
 * docs/events.md, "The published events, in bulk"): spread into every producing service's schema. Outside any user's
 * request, so the caller shows its own client-credentials token (docs/architecture.md, "Service accounts"); the
 * reporting service's rebuild of the statistics, client `nrm-reporting`.
 */
export const eventHistoryConfigShape = {
  EVENT_HISTORY_CLIENTS: z
    .string()
    .default('nrm-reporting')
    .transform((value) => value.split(',').map((client) => client.trim()).filter((client) => client.length > 0)),
};

/** Parses and validates the environment once; refuses to return on any bad value. */
export function loadConfig<S extends z.ZodType>(schema: S, env: NodeJS.ProcessEnv = process.env): z.infer<S> {
  const result = schema.safeParse(env);
  if (!result.success) {
    const issues = result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
    throw new ConfigurationError(issues);
  }
  if (isRecord(result.data)) assertSigningKeyNamed(result.data);
  if (isRecord(result.data) && result.data['NODE_ENV'] === 'production') {
    assertProductionSafe(result.data);
  }
  return result.data;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** A signing key without its id could not be told apart from the next one while keys rotate. */
function assertSigningKeyNamed(config: Record<string, unknown>): void {
  if ((config['EVENT_SIGNING_KEY'] === undefined) !== (config['EVENT_SIGNING_KEY_ID'] === undefined)) {
    throw new ConfigurationError(['EVENT_SIGNING_KEY_ID: EVENT_SIGNING_KEY and EVENT_SIGNING_KEY_ID are set together']);
  }
}

/** Development conveniences that must never reach a deployment. */
function assertProductionSafe(config: Record<string, unknown>): void {
  const clients = config['OIDC_ALLOWED_CLIENTS'];
  if (Array.isArray(clients) && clients.includes('nrm-cli')) {
    throw new ConfigurationError(['OIDC_ALLOWED_CLIENTS: the password-grant client nrm-cli is not allowed in production']);
  }
  const issuer = config['OIDC_ISSUER'];
  if (typeof issuer === 'string' && !issuer.startsWith('https://') && config['OIDC_ALLOW_INSECURE_ISSUER'] !== true) {
    throw new ConfigurationError(['OIDC_ISSUER: must use https in production (or set OIDC_ALLOW_INSECURE_ISSUER on a private network)']);
  }
}

/**
 * `REGION=agency-id` pairs separated by commas, e.g. which child protection unit serves which region. Region codes
 * are upper-cased; a malformed pair fails the boot.
 */
export function regionAgencyMap(defaultValue: string) {
  return z
    .string()
    .default(defaultValue)
    .transform((value, context) => {
      const map = new Map<string, string>();
      for (const pair of value.split(',').map((item) => item.trim()).filter(Boolean)) {
        const [region, agency, extra] = pair.split('=');
        if (!region || !agency || extra !== undefined) {
          context.addIssue({ code: 'custom', message: 'expected REGION=agency-id pairs separated by commas' });
          return z.NEVER;
        }
        map.set(region.toUpperCase(), agency);
      }
      return map;
    });
}

/**
 * Logs why a process could not start (the variables at fault, or the error's name and message, never values) and
 * makes it exit with 1, even if some handle would keep the event loop alive.
 */
export function reportBootFailure(logger: { fatal(details: object, message: string): void }, error: unknown): void {
  if (error instanceof ConfigurationError) {
    logger.fatal({ issues: error.issues }, 'refusing to start: invalid configuration');
  } else {
    logger.fatal({ err: error instanceof Error ? `${error.name}: ${error.message}` : 'unknown' }, 'failed to start');
  }
  process.exitCode = 1;
  // Give the logger a tick to flush.
  setTimeout(() => process.exit(1), 100).unref();
}

export { z, booleanFromEnv, databaseRoleFromEnv, databaseRoleWithDefault };
