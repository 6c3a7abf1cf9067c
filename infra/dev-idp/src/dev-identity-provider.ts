import { generateKeyPair, randomBytes, type KeyObject } from 'node:crypto';
import { createServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';
import { calculateJwkThumbprint, type JWK } from 'jose';
import Provider, {
  type ClientModel,
  type Configuration,
  type GrantModel,
  type KoaContext,
  type Next,
  type ResourceServerInfo,
  type TokenModel,
} from 'oidc-provider';
import pino, { type Logger } from 'pino';
import {
  allowedOrigins,
  postLogoutRedirectUris,
  RealmDirectory,
  redirectUriMatches,
} from './keycloak-claims';
import { adminApi } from './admin-api';
import { messagesFor, pageLanguage } from './messages';
import { messagePage, logoutPage, pageSecurityHeaders } from './pages';
import { PASSWORD_GRANT_PARAMETERS, PASSWORD_GRANT_TYPE, passwordGrant } from './password-grant';
import { loadRealmDefinition, type ClientDefinition } from './realm-definition';
import { SIGN_IN_PATH, signInInteraction } from './sign-in';
import { userinfoEndpoint } from './userinfo';

export interface DevIdentityProviderOptions {
  port: number;
  host?: string;
  /** Defaults to `http://localhost:<port>/realms/<realm>`; its path is where the realm is served. */
  issuer?: string;
  /** Keycloak realm export; defaults to `infra/keycloak/nrm-realm.json` of the repository. */
  realmFile?: string;
  /** Keycloak partial import with the demo users; defaults to `infra/keycloak/dev/nrm-dev-import.json`. */
  devImportFile?: string;
  /** Defaults to the realm's `accessTokenLifespan`. */
  accessTokenTtlSeconds?: number;
  /** Where server errors go; defaults to a pino logger named `dev-identity-provider`. */
  logger?: Logger;
}

export interface DevIdentityProvider {
  /** The `iss` of every token. */
  issuer: string;
  /** The realm's base URL at the address actually listened on (differs from `issuer` when the port was 0). */
  url: string;
  close(): Promise<void>;
}

/** Keycloak's endpoint paths under a realm. */
export const KEYCLOAK_ROUTES = {
  authorization: '/protocol/openid-connect/auth',
  token: '/protocol/openid-connect/token',
  jwks: '/protocol/openid-connect/certs',
  userinfo: '/protocol/openid-connect/userinfo',
  end_session: '/protocol/openid-connect/logout',
  revocation: '/protocol/openid-connect/revoke',
  introspection: '/protocol/openid-connect/token/introspect',
} as const;

const SUPPORTED_SCOPES = ['openid', 'profile', 'email'];
/**
 * The secret of a confidential client whose definition names none (the realm export leaves secrets out: Keycloak
 * generates one on import, and each environment sets its own). Development and tests only.
 */
export const DEV_CLIENT_SECRET = 'nrm-dev-secret';
// Keycloak's built-in `account` audience; oidc-provider needs a resource indicator to issue JWT access tokens.
const ACCOUNT_RESOURCE = 'urn:keycloak:account';
const AUTHORIZATION_CODE_TTL_SECONDS = 60;
const SIGN_IN_TTL_SECONDS = 1800;

const generateRsaKeyPair = promisify(generateKeyPair);

/** A development stand-in for Keycloak's `nrm` realm: same paths, token shapes, users and clients. */
export async function startDevIdentityProvider(options: DevIdentityProviderOptions): Promise<DevIdentityProvider> {
  if (process.env.NODE_ENV === 'production') {
    throw new Error('The development identity provider refuses to run with NODE_ENV=production; use Keycloak.');
  }
  const logger = options.logger ?? pino({ name: 'dev-identity-provider' });
  const directory = new RealmDirectory(
    loadRealmDefinition({ realmFile: options.realmFile, devImportFile: options.devImportFile }),
  );
  const signingKey = await generateSigningKey();

  // Listen first so port 0 works: the default issuer names the port actually bound.
  let handle: RequestListener = (_req, res) => sendJson(res, 503, { error: 'starting' });
  const server = createServer((req, res) => handle(req, res));
  const host = options.host ?? '127.0.0.1';
  await listen(server, options.port, host);
  const { port } = server.address() as AddressInfo;

  try {
    const issuer = options.issuer ?? `http://localhost:${port}/realms/${directory.realm.name}`;
    const realmPath = new URL(issuer).pathname.replace(/\/$/, '');
    const provider = await createProvider({
      directory,
      issuer,
      realmPath,
      signingKey,
      accessTokenTtlSeconds: options.accessTokenTtlSeconds ?? directory.realm.accessTokenLifespan,
    });
    provider.on('server_error', (_ctx, error) => logger.error({ err: error }, 'identity provider error'));
    const admin = adminApi({ realm: directory.realm, issuer, publicKey: signingKey.publicKey });
    handle = realmRouter(realmPath, provider.callback(), admin);
    return {
      issuer,
      url: `http://${host.includes(':') ? `[${host}]` : host}:${port}${realmPath}`,
      close: () => close(server),
    };
  } catch (error) {
    await close(server);
    throw error;
  }
}

interface ProviderSetup {
  directory: RealmDirectory;
  issuer: string;
  realmPath: string;
  signingKey: SigningKey;
  accessTokenTtlSeconds: number;
}

async function createProvider({ directory, issuer, realmPath, signingKey, accessTokenTtlSeconds }: ProviderSetup): Promise<Provider> {
  const { realm } = directory;
  const resourceServer: ResourceServerInfo = {
    scope: SUPPORTED_SCOPES.join(' '),
    audience: 'account',
    accessTokenFormat: 'jwt',
    accessTokenTTL: accessTokenTtlSeconds,
    jwt: { sign: { alg: 'RS256' } },
  };

  const configuration: Partial<Configuration> = {
    clients: directory.clients.map(toClientMetadata),
    jwks: { keys: [signingKey.privateJwk] },
    // Signs the provider's own session and interaction cookies; they live no longer than this process.
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    scopes: SUPPORTED_SCOPES,
    claims: {
      // Keycloak's default client scopes add these to every token, whatever scope was asked for.
      openid: ['sub', 'preferred_username', ...directory.mappedClaimNames()],
      profile: ['name', 'given_name', 'family_name', 'preferred_username'],
      email: ['email', 'email_verified'],
    },
    routes: { ...KEYCLOAK_ROUTES },
    responseTypes: ['code'],
    features: {
      devInteractions: { enabled: false },
      dPoP: { enabled: false },
      // Keycloak's service accounts: a confidential client with serviceAccountsEnabled gets tokens for itself.
      clientCredentials: { enabled: true },
      pushedAuthorizationRequests: { enabled: false },
      // A client may introspect and revoke only the tokens issued to it.
      introspection: { enabled: true, allowedPolicy: ownTokensOnly },
      revocation: { enabled: true, allowedPolicy: ownTokensOnly },
      userinfo: { enabled: true },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: async (ctx: KoaContext, form: string) => {
          setPageHeaders(ctx, true);
          ctx.body = logoutPage(form, Boolean(ctx.oidc?.params.id_token_hint));
        },
        postLogoutSuccessSource: async (ctx: KoaContext) => {
          setPageHeaders(ctx, false);
          ctx.body = messagePage('You are logged out', 'You are logged out.');
        },
      },
      resourceIndicators: {
        enabled: true,
        // Keycloak ignores `resource`; every access token is for its `account` audience.
        defaultResource: async (_ctx: KoaContext, _client: ClientModel, oneOf?: string[]) => oneOf?.[0] ?? ACCOUNT_RESOURCE,
        useGrantedResource: async () => true,
        getResourceServerInfo: async () => resourceServer,
      },
    },
    formats: {
      customizers: {
        jwt: async (_ctx, token, jwt) => {
          if (token.kind === 'ClientCredentials' && token.clientId) {
            delete jwt.payload.client_id;
            Object.assign(jwt.payload, directory.serviceAccountTokenClaims(token.clientId) ?? {}, { scope: token.scope ?? 'profile email' });
            jwt.header = { typ: 'JWT' };
            return;
          }
          const user = token.accountId ? directory.user(token.accountId) : undefined;
          if (!user || !token.clientId) return;
          // Keycloak names the client `azp`, not `client_id`, and types its JWTs plainly.
          delete jwt.payload.client_id;
          Object.assign(jwt.payload, directory.accessTokenClaims(user, token.clientId), { scope: token.scope, sid: token.sid });
          jwt.header = { typ: 'JWT' };
        },
      },
    },
    ttl: {
      AccessToken: accessTokenTtlSeconds,
      ClientCredentials: accessTokenTtlSeconds,
      IdToken: accessTokenTtlSeconds,
      AuthorizationCode: AUTHORIZATION_CODE_TTL_SECONDS,
      Interaction: SIGN_IN_TTL_SECONDS,
      RefreshToken: realm.ssoSessionIdleTimeout,
      Session: realm.ssoSessionMaxLifespan,
      Grant: realm.ssoSessionMaxLifespan,
    },
    interactions: { url: async (_ctx, interaction) => `${realmPath}${SIGN_IN_PATH}${interaction.uid}` },
    findAccount: async (ctx, sub) => {
      const user = directory.user(sub);
      if (!user) return undefined;
      const clientId = ctx.oidc?.client?.clientId;
      return {
        accountId: user.id,
        claims: async (use) => ({
          ...directory.userClaims(user, clientId, use === 'userinfo' ? 'userinfo.token.claim' : 'id.token.claim'),
          sub: user.id,
        }),
      };
    },
    loadExistingGrant: (ctx) => grantCoveringRequest(provider, ctx),
    // Keycloak issues refresh tokens to every client allowed to use them, and keeps them valid when used.
    issueRefreshToken: async (_ctx, client) => client.grantTypeAllowed('refresh_token'),
    rotateRefreshToken: false,
    pkce: {
      required: (_ctx, client) =>
        client.clientAuthMethod === 'none' || directory.client(client.clientId)?.attributes['pkce.code.challenge.method'] === 'S256',
    },
    allowOmittingSingleRegisteredRedirectUri: false,
    clientBasedCORS: (_ctx, origin, client) => {
      const definition = directory.client(client.clientId);
      return definition !== undefined && allowedOrigins(definition).includes(origin);
    },
    renderError: async (ctx, out) => {
      setPageHeaders(ctx, false);
      // The title follows the asked language; the provider's own description of what went wrong stays in English.
      const language = pageLanguage(ctx.oidc?.params['ui_locales'], ctx.get('accept-language'));
      ctx.body = messagePage(messagesFor(language).errorTitle, out.error_description ?? out.error ?? 'Unexpected error', language);
    },
  };

  const provider = new Provider(issuer, configuration);
  // Keycloak accepts redirect URIs ending in `*` as prefixes; oidc-provider compares exactly.
  provider.Client.prototype.redirectUriAllowed = function redirectUriAllowed(this: ClientModel, value: string) {
    return redirectUriMatches(this.redirectUris, value);
  };
  provider.Client.prototype.postLogoutRedirectUriAllowed = function postLogoutRedirectUriAllowed(this: ClientModel, value: string) {
    return redirectUriMatches(this.postLogoutRedirectUris, value);
  };
  // Keycloak puts the session id (`sid`) in every token; oidc-provider only for back-channel logout clients.
  provider.Client.prototype.includeSid = () => true;
  provider.registerGrantType(
    PASSWORD_GRANT_TYPE,
    passwordGrant({ provider, directory, supportedScopes: SUPPORTED_SCOPES, resource: ACCOUNT_RESOURCE, resourceServer }),
    PASSWORD_GRANT_PARAMETERS,
  );

  const signIn = signInInteraction({ provider, directory, realmPath });
  const userinfo = userinfoEndpoint({ directory, issuer, publicKey: signingKey.publicKey });
  provider.use(async (ctx: KoaContext, next: Next) => {
    if (ctx.path.startsWith(SIGN_IN_PATH)) return signIn(ctx);
    if (ctx.path === KEYCLOAK_ROUTES.userinfo) return userinfo(ctx);
    await next();
    addKeycloakTokenFields(ctx);
  });

  // Fail at start, not at first sign-in, when a client definition is one oidc-provider rejects.
  await Promise.all(directory.clients.map((client) => provider.Client.find(client.clientId)));
  return provider;
}

async function ownTokensOnly(_ctx: KoaContext, client: ClientModel, token: TokenModel): Promise<boolean> {
  return token.clientId === client.clientId;
}

/** Keycloak never asks these clients for consent: the grant simply covers what the request asks for. */
async function grantCoveringRequest(provider: Provider, ctx: KoaContext): Promise<GrantModel | undefined> {
  const oidc = ctx.oidc;
  const accountId = oidc?.session.accountId;
  const clientId = oidc?.client?.clientId;
  if (!oidc || !accountId || !clientId) return undefined;
  const existingId = oidc.result?.consent?.grantId ?? oidc.session.grantIdFor(clientId);
  const grant = (existingId ? await provider.Grant.find(existingId) : undefined) ?? new provider.Grant({ accountId, clientId });
  const scope = [...oidc.requestParamScopes].join(' ');
  grant.addOIDCScope(scope);
  for (const resource of Object.keys(oidc.resourceServers)) grant.addResourceScope(resource, scope);
  await grant.save();
  return grant;
}

/** Keycloak's token responses also say how long the refresh token lives and which session they belong to. */
function addKeycloakTokenFields(ctx: KoaContext): void {
  const body = ctx.body;
  if (ctx.oidc?.route !== 'token' || ctx.status !== 200 || !isRecord(body) || typeof body.refresh_token !== 'string') return;
  const { RefreshToken: refreshToken, AccessToken: accessToken } = ctx.oidc.entities;
  const now = Math.floor(Date.now() / 1000);
  body.refresh_expires_in = refreshToken?.exp ? Math.max(refreshToken.exp - now, 0) : (refreshToken?.expiration ?? 0);
  body['not-before-policy'] = 0;
  if (accessToken?.sid) body.session_state = accessToken.sid;
}

function toClientMetadata(client: ClientDefinition): Record<string, unknown> {
  const grantTypes = [
    ...(client.standardFlowEnabled ? ['authorization_code'] : []),
    ...(client.directAccessGrantsEnabled ? [PASSWORD_GRANT_TYPE] : []),
  ];
  if (grantTypes.length > 0) grantTypes.push('refresh_token');
  if (client.serviceAccountsEnabled && !client.publicClient) grantTypes.push('client_credentials');
  return {
    client_id: client.clientId,
    ...(client.publicClient
      ? { token_endpoint_auth_method: 'none' }
      : { token_endpoint_auth_method: 'client_secret_basic', client_secret: client.secret ?? DEV_CLIENT_SECRET }),
    grant_types: grantTypes,
    response_types: client.standardFlowEnabled ? ['code'] : [],
    redirect_uris: client.standardFlowEnabled ? client.redirectUris : [],
    post_logout_redirect_uris: client.standardFlowEnabled ? postLogoutRedirectUris(client) : [],
  };
}

/** Serves the provider under the realm path, as Keycloak does, plus the health probes every process has. */
function realmRouter(
  realmPath: string,
  callback: (req: IncomingMessage, res: ServerResponse) => Promise<void>,
  admin: (req: IncomingMessage, res: ServerResponse) => Promise<boolean>,
): RequestListener {
  return (req, res) => {
    const url = req.url ?? '/';
    const path = url.split('?', 1)[0] ?? '/';
    if (req.method === 'GET' && (path === '/health/live' || path === '/health/ready')) {
      sendJson(res, 200, { status: 'ok' });
      return;
    }
    if (path.startsWith(`/admin${realmPath}/`)) {
      admin(req, res).then(
        (handled) => {
          if (!handled) sendJson(res, 404, { error: 'HTTP 404 Not Found' });
        },
        () => sendJson(res, 500, { error: 'unknown_error' }),
      );
      return;
    }
    if (!path.startsWith(`${realmPath}/`)) {
      sendJson(res, 404, { error: 'Realm does not exist' });
      return;
    }
    // oidc-provider derives its mount path from `originalUrl`, so endpoint URLs keep the realm prefix.
    Object.assign(req, { originalUrl: url, url: url.slice(realmPath.length) });
    void callback(req, res);
  };
}

interface SigningKey {
  privateJwk: JWK;
  publicKey: KeyObject;
}

async function generateSigningKey(): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateRsaKeyPair('rsa', { modulusLength: 2048 });
  const privateJwk = privateKey.export({ format: 'jwk' }) as JWK;
  const kid = await calculateJwkThumbprint(publicKey.export({ format: 'jwk' }) as JWK);
  return { privateJwk: { ...privateJwk, kid, alg: 'RS256', use: 'sig' }, publicKey };
}

function setPageHeaders(ctx: KoaContext, inlineScript: boolean): void {
  ctx.type = 'html';
  for (const [header, value] of Object.entries(pageSecurityHeaders({ inlineScript }))) ctx.set(header, value);
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

function close(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    // Keep-alive connections would otherwise hold close() open until they time out.
    server.closeAllConnections();
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
