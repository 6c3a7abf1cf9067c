import pino, { type Logger } from 'pino';
import { z } from 'zod';
import { startDevIdentityProvider } from './dev-identity-provider';

const EnvironmentSchema = z.object({
  NODE_ENV: z.string().optional(),
  DEV_IDP_PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  DEV_IDP_HOST: z.string().min(1).default('127.0.0.1'),
  DEV_IDP_ISSUER: z.url({ protocol: /^https?$/ }).default('http://localhost:8080/realms/nrm'),
  DEV_IDP_TOKEN_TTL: z.coerce.number().int().positive().default(900),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

async function main(): Promise<void> {
  const parsed = EnvironmentSchema.safeParse(process.env);
  const logger = createLogger(parsed.success ? parsed.data.LOG_LEVEL : 'info');
  if (!parsed.success) {
    logger.fatal({ issues: z.flattenError(parsed.error).fieldErrors }, 'invalid environment');
    process.exit(1);
  }
  const env = parsed.data;
  if (env.NODE_ENV === 'production') {
    logger.fatal('the development identity provider refuses to run with NODE_ENV=production; use Keycloak');
    process.exit(1);
  }

  const idp = await startDevIdentityProvider({
    port: env.DEV_IDP_PORT,
    host: env.DEV_IDP_HOST,
    issuer: env.DEV_IDP_ISSUER,
    accessTokenTtlSeconds: env.DEV_IDP_TOKEN_TTL,
    logger,
  });
  logger.info({ issuer: idp.issuer, url: idp.url, accessTokenTtlSeconds: env.DEV_IDP_TOKEN_TTL }, 'dev identity provider listening');

  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    idp.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

/** JSON lines; credentials are redacted as a second line of defence, since nothing here logs them on purpose. */
function createLogger(level: string): Logger {
  return pino({
    name: 'dev-identity-provider',
    level,
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: ['password', '*.password', 'token', '*.token', 'authorization', '*.authorization'], censor: '[redacted]' },
  });
}

main().catch((error: unknown) => {
  // The logger may not exist yet; a fresh one keeps the JSON line format.
  createLogger('info').fatal({ err: error }, 'dev identity provider failed to start');
  process.exit(1);
});
