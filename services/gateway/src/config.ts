import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { baseConfigSchema, ConfigurationError, loadConfig, z } from '@nrm/config';

/** The gateway holds no data: it needs no database, Redis or token verification settings, only where to route. */
export const gatewayConfigSchema = baseConfigSchema
  .pick({ NODE_ENV: true, LOG_LEVEL: true, HOST: true, SHUTDOWN_GRACE_MS: true })
  .extend({
    PORT: z.coerce.number().int().min(1).max(65_535).default(4000),
    /** The supergraph composed at build time (`npm run build`); relative paths resolve from the working directory. */
    SUPERGRAPH_FILE: z.string().min(1).optional(),
    MAX_QUERY_DEPTH: z.coerce.number().int().min(1).max(64).default(12),
    MAX_QUERY_COMPLEXITY: z.coerce.number().int().min(1).default(2_000),
    /** Aliased fields in one operation (through fragments): each alias repeats a field's work at no extra depth. */
    MAX_QUERY_ALIASES: z.coerce.number().int().min(0).max(10_000).default(30),
    MAX_QUERY_DIRECTIVES: z.coerce.number().int().min(0).max(10_000).default(30),
    /** Lexical tokens of one document: bounds parsing before any other check runs. */
    MAX_QUERY_TOKENS: z.coerce.number().int().min(100).max(1_000_000).default(10_000),
    /** Largest accepted request body; GraphQL documents and their variables are small. */
    MAX_REQUEST_BYTES: z.coerce.number().int().min(1_024).max(10_000_000).default(1_000_000),
    SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(30_000),
    /** Browser origins allowed to call the API (the portal), comma-separated; empty disables CORS. */
    CORS_ORIGINS: z
      .string()
      .default('')
      .transform((value) => value.split(',').map((item) => item.trim()).filter(Boolean)),
  });

export type GatewayConfig = Omit<z.infer<typeof gatewayConfigSchema>, 'SUPERGRAPH_FILE'> & {
  SUPERGRAPH_FILE: string;
  /** Per-subgraph URL overrides from SUBGRAPH_URL_<NAME>, keyed by the variable's suffix (e.g. FORMAL_IDENTIFICATION). */
  subgraphUrls: ReadonlyMap<string, string>;
};

const SUBGRAPH_URL_PREFIX = 'SUBGRAPH_URL_';

/** The env variable that overrides a subgraph's URL: SUBGRAPH_URL_ + its name in upper snake case. */
export function subgraphUrlVariable(subgraphName: string): string {
  return `${SUBGRAPH_URL_PREFIX}${subgraphName.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;
}

export function loadGatewayConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const parsed = loadConfig(gatewayConfigSchema, env);
  const issues: string[] = [];
  const subgraphUrls = new Map<string, string>();
  for (const [key, value] of Object.entries(env)) {
    if (!key.startsWith(SUBGRAPH_URL_PREFIX) || value === undefined || value === '') continue;
    if (!/^https?:\/\/[^\s]+$/.test(value) || !URL.canParse(value)) {
      issues.push(`${key}: must be an http(s) URL`);
      continue;
    }
    subgraphUrls.set(key, value);
  }
  const supergraphFile = parsed.SUPERGRAPH_FILE
    ? isAbsolute(parsed.SUPERGRAPH_FILE)
      ? parsed.SUPERGRAPH_FILE
      : resolve(parsed.SUPERGRAPH_FILE)
    : defaultSupergraphFile();
  if (issues.length) throw new ConfigurationError(issues);
  return { ...parsed, SUPERGRAPH_FILE: supergraphFile, subgraphUrls };
}

/** infra/supergraph/supergraph.graphql of the repository holding this file, from src/ or from dist/. */
function defaultSupergraphFile(start: string = __dirname): string {
  const relativeFile = join('infra', 'supergraph', 'supergraph.graphql');
  for (let folder = start; ; folder = dirname(folder)) {
    if (existsSync(join(folder, 'package.json')) && existsSync(join(folder, 'infra', 'supergraph'))) return join(folder, relativeFile);
    if (dirname(folder) === folder) return resolve(relativeFile);
  }
}
