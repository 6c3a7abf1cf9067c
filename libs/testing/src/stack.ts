import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import pino from 'pino';
import { startDevIdentityProvider, type DevIdentityProvider } from '../../../infra/dev-idp/src/dev-identity-provider';
import {
  killAllOnExit,
  runToCompletion,
  startProcess,
  stopInOrder,
  type SupervisedProcess,
  waitUntilHealthy,
} from '../../../infra/scripts/process-supervisor.cjs';
import { type CaughtMessage, type MailCatcher, startMailCatcher } from '../../../infra/scripts/mail-catcher.cjs';
import { internalUrlVariable, REPOSITORY_ROOT, serviceList, subgraphUrlVariable, type ServiceEntry } from './service-list';
import { freePorts } from './ports';
import { SHARED_STACK_VARIABLE, type SharedStackAddress } from './shared-stack';
import { eventKeyEnv } from './run-event-keys';
import { passwordGrant } from './subgraph';

export interface StartStackOptions {
  /** Run each service's development seed (demo providers) once the subgraphs are ready. Default true. */
  seed?: boolean;
  /** LOG_LEVEL of the spawned services. Default `warn`; NRM_TEST_SHOW_LOGS=1 also streams their output. */
  logLevel?: string;
  /** Extra environment for every spawned service. */
  env?: Record<string, string>;
  /** Extra environment for the gateway only (e.g. MAX_QUERY_DEPTH). */
  gatewayEnv?: Record<string, string>;
  readyTimeoutMs?: number;
  /** Access token lifetime of the in-process identity provider. */
  accessTokenTtlSeconds?: number;
}

export interface GraphQLResponseError {
  message: string;
  path?: (string | number)[];
  /** Every error of this API carries a code (docs/api.md, Errors), so tests may read it directly. */
  extensions: Record<string, unknown> & { code: string; fields?: string[] };
}

export interface GraphQLResult<TData = Record<string, unknown>> {
  data: TData | null | undefined;
  errors: GraphQLResponseError[] | undefined;
  status: number;
  headers: Headers;
}

export interface Stack {
  /** The GraphQL endpoint, http://127.0.0.1:<port>/graphql. */
  gatewayUrl: string;
  /** http://127.0.0.1:<port>, for /health/*. */
  gatewayBaseUrl: string;
  issuer: string;
  /** Each subgraph's base URL (http://127.0.0.1:<port>), for health checks and direct calls. */
  subgraphUrls: Readonly<Record<string, string>>;
  /** An access token for a demo user (password grant, client nrm-cli), reused until shortly before it expires. */
  tokenFor(username: string): Promise<string>;
  graphql<TData = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
    headers?: Record<string, string>,
  ): Promise<GraphQLResult<TData>>;
  /** The development mail catch-all the services send e-mail to: its HTTP base (GET /messages). */
  mailUrl: string;
  /** The e-mails the catch-all holds, to one address when given (lower-case), oldest first. */
  mailTo(address?: string): Promise<CaughtMessage[]>;
  /** The last lines a spawned service printed, to explain a failure. */
  logsOf(name: string): string;
  stop(): Promise<void>;
}

export function distEntry(service: ServiceEntry): string {
  return join(REPOSITORY_ROOT, 'dist', service.dir, 'src', 'main.js');
}

/** A built service as a child of the test process (infra/scripts/process-supervisor.cjs); NRM_TEST_SHOW_LOGS=1 streams its output. */
export function spawnService(name: string, args: string[], env: NodeJS.ProcessEnv): SupervisedProcess {
  const show = process.env['NRM_TEST_SHOW_LOGS'] === '1';
  return startProcess({ name, args, env, cwd: REPOSITORY_ROOT, onLine: show ? (line) => process.stderr.write(`[${name}] ${line}\n`) : undefined });
}

/** Waits for a spawned service's health URL, polling as often as the tests' own waits do. */
export async function waitReady(service: SupervisedProcess, url: string, timeoutMs: number): Promise<void> {
  await waitUntilHealthy(service, url, { timeoutMs, intervalMs: 100 });
}

/**
 * How long a spawned service may take to answer /health/ready: 60 s, or NRM_TEST_READY_TIMEOUT_MS on a machine
 * busier than CI (several builds and test runs sharing two cores).
 */
export function defaultReadyTimeoutMs(): number {
  const configured = Number(process.env['NRM_TEST_READY_TIMEOUT_MS']);
  return Number.isInteger(configured) && configured > 0 ? configured : 60_000;
}

/**
 * The whole platform for end-to-end tests: the dev identity provider in this process, every subgraph of the built
 * supergraph and the gateway as child processes from dist/ (two code-first subgraphs cannot share a process), on
 * free ports, against the run's throwaway database and Redis database (see global-setup.ts).
 */
export async function startStack(options: StartStackOptions = {}): Promise<Stack> {
  // The e2e project's global setup starts one stack for every file that asks for the default one (see
  // e2e-global-setup.ts): a file then connects to it, and its stop() leaves it running for the next file.
  const shared = process.env[SHARED_STACK_VARIABLE];
  if (shared && Object.values(options).every((value) => value === undefined)) return connectToStack(JSON.parse(shared) as SharedStackAddress);
  return launchStack(options);
}

/** A client of a stack started elsewhere in the run: tokens and GraphQL through its gateway; stopping it stops nothing. */
export function connectToStack(address: SharedStackAddress): Stack {
  return {
    gatewayUrl: `${address.gatewayBaseUrl}/graphql`,
    gatewayBaseUrl: address.gatewayBaseUrl,
    issuer: address.issuer,
    subgraphUrls: address.subgraphUrls,
    ...stackClient(address.gatewayBaseUrl, address.issuer),
    ...mailClient(address.mailUrl),
    logsOf: () => '(the run\'s shared stack: its services log to the process that started it; NRM_TEST_SHOW_LOGS=1 streams them)',
    stop: async () => undefined,
  };
}

/** The e-mails the stack's mail catch-all received. */
function mailClient(mailUrl: string): Pick<Stack, 'mailUrl' | 'mailTo'> {
  return {
    mailUrl,
    mailTo: async (address) => {
      const response = await fetch(`${mailUrl}/messages${address ? `?to=${encodeURIComponent(address)}` : ''}`);
      if (!response.ok) throw new Error(`The mail catch-all answered ${response.status}`);
      return (await response.json()) as CaughtMessage[];
    },
  };
}

/** Signed tokens of the demo users (password grant, cached until shortly before expiry) and GraphQL through the gateway. */
function stackClient(gatewayBase: string, issuer: string): Pick<Stack, 'tokenFor' | 'graphql'> {
  const tokens = new Map<string, { token: string; expiresAt: number }>();
  const tokenFor = async (username: string): Promise<string> => {
    const cached = tokens.get(username);
    if (cached && cached.expiresAt - Date.now() > 30_000) return cached.token;
    const token = await passwordGrant(issuer, username);
    tokens.set(username, token);
    return token.token;
  };

  const graphql = async <TData = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
    headers: Record<string, string> = {},
  ): Promise<GraphQLResult<TData>> => {
    const response = await fetch(`${gatewayBase}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const text = await response.text();
    let body: { data?: TData | null; errors?: GraphQLResponseError[] };
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      throw new Error(`The gateway answered ${response.status} with a non-JSON body: ${text.slice(0, 300)}`);
    }
    return { data: body.data, errors: body.errors, status: response.status, headers: response.headers };
  };
  return { tokenFor, graphql };
}

/** A stack of its own, started now and stopped by its stop(). */
export async function launchStack(options: StartStackOptions = {}): Promise<Stack> {
  const { seed = true, logLevel = 'warn', readyTimeoutMs = defaultReadyTimeoutMs() } = options;
  const databaseUrl = process.env['DATABASE_URL'];
  const redisUrl = process.env['REDIS_URL'];
  if (!process.env['NRM_TEST_RUN_ID'] || !databaseUrl || !redisUrl) {
    // Never point a test stack at the development database by accident.
    throw new Error('startStack needs the test run set up by libs/testing global-setup (run it through the e2e Jest project)');
  }
  const services = serviceList();
  const supergraphFile = join(REPOSITORY_ROOT, 'infra', 'supergraph', 'supergraph.graphql');
  const gatewayEntry = distEntry(services.gateway);
  if (!existsSync(supergraphFile) || !existsSync(gatewayEntry)) {
    throw new Error(`The stack is not built (${relative(REPOSITORY_ROOT, gatewayEntry)} or the supergraph is missing): run \`npm run build\` first`);
  }
  const names = [...readFileSync(supergraphFile, 'utf8').matchAll(/@join__graph\(name:\s*"([^"]+)"/g)].map((match) => match[1]);
  const subgraphs = names.map((name) => {
    const service = services.subgraphs.find((entry) => entry.name === name);
    if (!service) throw new Error(`The supergraph routes to "${name}", which infra/scripts/services.mjs does not list`);
    if (!existsSync(distEntry(service))) throw new Error(`${relative(REPOSITORY_ROOT, distEntry(service))} is missing: run \`npm run build\``);
    return service;
  });

  const [idpPort, gatewayPort, ...subgraphPorts] = await freePorts(subgraphs.length + 2);
  const running: SupervisedProcess[] = [];
  let idp: DevIdentityProvider | undefined;
  let mail: MailCatcher | undefined;
  const removeExitGuard = killAllOnExit(() => running);

  const stop = async (): Promise<void> => {
    removeExitGuard();
    // The gateway first, so no request reaches a subgraph that is shutting down.
    const isGateway = (service: SupervisedProcess): boolean => service.name === services.gateway.name;
    await stopInOrder([running.filter(isGateway), running.filter((service) => !isGateway(service))]);
    await idp?.close();
    idp = undefined;
    await mail?.close();
    mail = undefined;
  };

  try {
    idp = await startDevIdentityProvider({
      port: idpPort,
      host: '127.0.0.1',
      issuer: `http://127.0.0.1:${idpPort}/realms/${services.devIdp.realm}`,
      accessTokenTtlSeconds: options.accessTokenTtlSeconds,
      logger: pino({ name: 'dev-identity-provider', level: logLevel }),
    });
    const issuer = idp.issuer;
    mail = await startMailCatcher();
    const common: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      LOG_LEVEL: logLevel,
      DATABASE_URL: databaseUrl,
      REDIS_URL: redisUrl,
      OIDC_ISSUER: issuer,
      OIDC_ALLOWED_CLIENTS: 'nrm-portal,nrm-cli',
      WORKERS_IN_PROCESS: 'true',
      RUN_MIGRATIONS_ON_BOOT: 'true',
      // E-mail goes to the stack's own catch-all, swept often so a test reads it within a second.
      SMTP_URL: mail.smtpUrl,
      MAIL_SWEEP_INTERVAL_SECONDS: '0.5',
      // Internal REST between services answers within milliseconds, but the suite shares two cores with every spawned
      // process and a first request after boot may wait seconds for a cold pool: the services' 3 s production default
      // then turns a slow answer into INTERNAL. A peer that is down still fails at once (connection refused).
      ...Object.fromEntries(
        ['IDENTIFICATION_TIMEOUT_MS', 'SHELTERS_TIMEOUT_MS', 'REFERRAL_TIMEOUT_MS', 'PEER_TIMEOUT_MS'].map((name) => [name, process.env[name] ?? '15000']),
      ),
      ...options.env,
    };
    const subgraphUrls: Record<string, string> = {};
    subgraphs.forEach((service, index) => {
      subgraphUrls[service.name] = `http://127.0.0.1:${subgraphPorts[index]}`;
    });
    // Service-to-service internal REST (shelters → identification's access facts, identification → every service's
    // audit chain and export part): <NAME>_INTERNAL_URL.
    const internalUrls = Object.fromEntries(Object.entries(subgraphUrls).map(([name, url]) => [internalUrlVariable(name), url]));
    subgraphs.forEach((service, index) => {
      const port = subgraphPorts[index];
      running.push(spawnService(service.name, [distEntry(service)], { ...common, ...internalUrls, ...eventKeyEnv(service.name), ...options.env, PORT: String(port) }));
    });
    await Promise.all(running.map((service) => waitReady(service, `${subgraphUrls[service.name]}/health/ready`, readyTimeoutMs)));

    if (seed) {
      for (const service of subgraphs.filter((entry) => entry.seed)) {
        const port = new URL(subgraphUrls[service.name]).port;
        const seeding = spawnService(`${service.name}-seed`, [distEntry(service), 'seed'], { ...common, ...eventKeyEnv(service.name), PORT: port });
        await runToCompletion(seeding);
      }
    }

    const gateway = spawnService(services.gateway.name, [gatewayEntry], {
      ...common,
      ...Object.fromEntries(subgraphs.map((service) => [subgraphUrlVariable(service.name), `${subgraphUrls[service.name]}/graphql`])),
      PORT: String(gatewayPort),
      SUPERGRAPH_FILE: supergraphFile,
      ...options.gatewayEnv,
    });
    running.push(gateway);
    const gatewayBase = `http://127.0.0.1:${gatewayPort}`;
    await waitReady(gateway, `${gatewayBase}/health/ready`, readyTimeoutMs);

    return {
      gatewayUrl: `${gatewayBase}/graphql`,
      issuer,
      gatewayBaseUrl: gatewayBase,
      subgraphUrls,
      ...stackClient(gatewayBase, issuer),
      ...mailClient(mail.httpUrl),
      logsOf: (name) => running.find((service) => service.name === name)?.output.join('\n') ?? '',
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
