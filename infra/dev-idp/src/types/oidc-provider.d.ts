// oidc-provider ships no type declarations; this covers only the surface the dev identity provider uses.
declare module 'oidc-provider' {
  import type { IncomingMessage, ServerResponse } from 'node:http';
  import type { JSONWebKeySet } from 'jose';

  export interface OidcParams {
    readonly [name: string]: string | undefined;
  }

  export interface ClientModel {
    readonly clientId: string;
    readonly clientAuthMethod: string;
    readonly redirectUris: string[];
    readonly postLogoutRedirectUris: string[];
    grantTypeAllowed(type: string): boolean;
    redirectUriAllowed(value: string): boolean;
    postLogoutRedirectUriAllowed(value: string): boolean;
    includeSid(): boolean;
  }

  export interface ClientStatic {
    readonly prototype: ClientModel;
    find(id: string): Promise<ClientModel | undefined>;
  }

  export interface ResourceServerInfo {
    scope: string;
    audience?: string;
    accessTokenTTL?: number;
    accessTokenFormat?: 'opaque' | 'jwt';
    jwt?: { sign?: { alg: string; kid?: string } };
  }

  export interface ResourceServerModel {
    readonly audience?: string;
    readonly scope: string;
    identifier(): string;
  }

  export type ResourceServerStatic = new (identifier: string, info: ResourceServerInfo) => ResourceServerModel;

  export interface GrantModel {
    readonly jti: string;
    accountId?: string;
    clientId?: string;
    addOIDCScope(scope: string): void;
    addOIDCClaims(claims: string[]): void;
    addResourceScope(resource: string, scope: string): void;
    getOIDCScope(): string;
    getResourceScope(resource: string): string;
    save(): Promise<string>;
  }

  export interface GrantStatic {
    new (properties: { accountId: string; clientId: string }): GrantModel;
    find(id: string): Promise<GrantModel | undefined>;
  }

  /** Access and refresh tokens share these members (oidc-provider's BaseToken). */
  export interface TokenModel {
    readonly kind: string;
    jti?: string;
    accountId?: string;
    clientId?: string;
    grantId?: string;
    gty?: string;
    scope?: string;
    sid?: string;
    resource?: string;
    exp?: number;
    iat?: number;
    readonly expiration: number;
    resourceServer?: ResourceServerModel;
    save(): Promise<string>;
  }

  export interface TokenProperties {
    accountId: string;
    client: ClientModel;
    grantId: string;
    gty: string;
    sid?: string;
    scope?: string;
    resource?: string;
    rotations?: number;
  }

  export type TokenStatic = new (properties: TokenProperties) => TokenModel;

  export interface IdTokenModel {
    scope: string;
    mask: Record<string, null>;
    rejected: string[];
    set(claim: string, value: unknown): void;
    issue(options: { use: 'idtoken' }): Promise<string>;
  }

  export type IdTokenStatic = new (claims: Record<string, unknown>, options: { ctx: KoaContext }) => IdTokenModel;

  export interface OidcContext {
    readonly route: string;
    readonly issuer: string;
    readonly client?: ClientModel;
    readonly params: OidcParams;
    readonly entities: {
      readonly AccessToken?: TokenModel;
      readonly RefreshToken?: TokenModel;
      readonly Client?: ClientModel;
    };
    readonly resourceServers: Readonly<Record<string, ResourceServerModel>>;
    readonly requestParamScopes: Set<string>;
    readonly session: { readonly accountId?: string; grantIdFor(clientId: string): string | undefined };
    readonly result?: { readonly consent?: { readonly grantId?: string } };
    entity(name: string, value: unknown): void;
  }

  /** The slice of Koa's context the provider's middleware and hooks receive. */
  export interface KoaContext {
    readonly method: string;
    readonly path: string;
    readonly req: IncomingMessage;
    readonly res: ServerResponse;
    readonly oidc: OidcContext | undefined;
    status: number;
    body: unknown;
    type: string;
    get(header: string): string;
    set(header: string, value: string): void;
    /** Sets Location; keeps the status when it is already a redirect status. */
    redirect(url: string): void;
  }

  export type Next = () => Promise<void>;
  export type Middleware = (ctx: KoaContext, next: Next) => Promise<void>;

  export interface AccountClaims {
    sub: string;
    [claim: string]: unknown;
  }

  export interface Account {
    accountId: string;
    claims(use: string, scope: string): Promise<AccountClaims>;
  }

  export interface InteractionPrompt {
    readonly name: string;
    readonly reasons: string[];
    readonly details: Readonly<Record<string, unknown>>;
  }

  export interface InteractionModel {
    readonly uid: string;
    readonly prompt: InteractionPrompt;
    readonly params: OidcParams;
    readonly session?: { readonly accountId?: string };
    readonly grantId?: string;
  }

  export interface InteractionResult {
    login?: { accountId: string; remember?: boolean };
    consent?: { grantId: string };
    error?: string;
    error_description?: string;
  }

  export interface JwtStructure {
    header: Record<string, unknown> | undefined;
    payload: Record<string, unknown>;
  }

  export interface Configuration {
    clients: ReadonlyArray<Record<string, unknown>>;
    jwks: JSONWebKeySet;
    cookies: { keys: string[]; long?: Record<string, unknown>; short?: Record<string, unknown> };
    claims: Record<string, string[] | null>;
    scopes: string[];
    features: Record<string, Record<string, unknown>>;
    formats: { customizers: { jwt: (ctx: KoaContext, token: TokenModel, jwt: JwtStructure) => Promise<void> } };
    ttl: Record<string, number | ((ctx: KoaContext, token: TokenModel) => number)>;
    interactions: { url: (ctx: KoaContext, interaction: InteractionModel) => Promise<string> };
    findAccount: (ctx: KoaContext, sub: string) => Promise<Account | undefined>;
    loadExistingGrant: (ctx: KoaContext) => Promise<GrantModel | undefined>;
    issueRefreshToken: (ctx: KoaContext, client: ClientModel) => Promise<boolean>;
    rotateRefreshToken: boolean;
    pkce: { required: (ctx: KoaContext, client: ClientModel) => boolean };
    routes: Record<string, string>;
    responseTypes: string[];
    clientBasedCORS: (ctx: KoaContext, origin: string, client: ClientModel) => boolean;
    renderError: (ctx: KoaContext, out: Record<string, string>, error: Error) => Promise<void>;
    allowOmittingSingleRegisteredRedirectUri: boolean;
    conformIdTokenClaims: boolean;
  }

  export class Provider {
    constructor(issuer: string, configuration: Partial<Configuration>);
    readonly issuer: string;
    proxy: boolean;
    readonly Client: ClientStatic;
    readonly Grant: GrantStatic;
    readonly AccessToken: TokenStatic;
    readonly RefreshToken: TokenStatic;
    readonly IdToken: IdTokenStatic;
    readonly ResourceServer: ResourceServerStatic;
    callback(): (req: IncomingMessage, res: ServerResponse) => Promise<void>;
    use(middleware: Middleware): this;
    on(event: 'server_error', listener: (ctx: KoaContext, error: Error) => void): this;
    registerGrantType(name: string, handler: (ctx: KoaContext) => Promise<void>, parameters: string[]): void;
    interactionDetails(req: IncomingMessage, res: ServerResponse): Promise<InteractionModel>;
    interactionResult(req: IncomingMessage, res: ServerResponse, result: InteractionResult): Promise<string>;
  }

  export class OIDCProviderError extends Error {
    readonly status: number;
    readonly error: string;
    readonly error_description?: string;
  }

  export const errors: {
    readonly OIDCProviderError: typeof OIDCProviderError;
    readonly InvalidRequest: new (description?: string) => OIDCProviderError;
    readonly InvalidScope: new (description: string, scope: string) => OIDCProviderError;
    readonly InvalidGrant: new (detail?: string) => OIDCProviderError;
    readonly SessionNotFound: new (description?: string) => OIDCProviderError;
  };

  export default Provider;
}
