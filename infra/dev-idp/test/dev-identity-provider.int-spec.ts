import { createHash, randomBytes } from 'node:crypto';
import { createRemoteJWKSet, decodeJwt, decodeProtectedHeader, jwtVerify, type JWTPayload } from 'jose';
import pino from 'pino';
import { DEV_CLIENT_SECRET, startDevIdentityProvider, type DevIdentityProvider } from '../src/dev-identity-provider';

const PORTAL_REDIRECT = 'http://localhost:3000/auth/callback';

interface TokenResponse {
  access_token: string;
  refresh_token: string;
  expires_in: number;
  refresh_expires_in: number;
  token_type: string;
  scope: string;
  id_token?: string;
}

interface Discovery {
  issuer: string;
  jwks_uri: string;
  token_endpoint: string;
  authorization_endpoint: string;
  userinfo_endpoint: string;
}

interface KeycloakAccessToken extends JWTPayload {
  azp?: string;
  typ?: string;
  preferred_username?: string;
  agency_id?: string;
  agency_type?: string;
  scope?: string;
  sid?: string;
  realm_access?: { roles: string[] };
}

/** A port in the 18080+ range unlikely to collide with parallel runs. */
function unusedPort(): number {
  return 18080 + Math.floor(Math.random() * 1000);
}

function form(fields: Record<string, string>): RequestInit {
  return {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  };
}

/** Just enough of a cookie jar to walk a browser flow by hand: cookies keyed by name, sent to every path. */
class CookieJar {
  private readonly cookies = new Map<string, string>();

  store(response: Response): void {
    for (const header of response.headers.getSetCookie()) {
      const [pair = ''] = header.split(';');
      const separator = pair.indexOf('=');
      const name = pair.slice(0, separator);
      const value = pair.slice(separator + 1);
      if (/expires=Thu, 01 Jan 1970/i.test(header) || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

describe('dev identity provider', () => {
  let idp: DevIdentityProvider;
  let discovery: Discovery;
  let verify: (token: string) => Promise<KeycloakAccessToken>;

  beforeAll(async () => {
    const port = unusedPort();
    idp = await startDevIdentityProvider({
      port,
      issuer: `http://127.0.0.1:${port}/realms/nrm`,
      logger: pino({ level: 'silent' }),
    });
    discovery = (await (await fetch(`${idp.url}/.well-known/openid-configuration`)).json()) as Discovery;
    const keys = createRemoteJWKSet(new URL(discovery.jwks_uri));
    verify = async (token) =>
      (await jwtVerify<KeycloakAccessToken>(token, keys, { issuer: discovery.issuer, algorithms: ['RS256'] })).payload;
  });

  afterAll(async () => {
    await idp?.close();
  });

  async function passwordGrant(username: string, password: string, clientId = 'nrm-cli', scope?: string): Promise<Response> {
    return fetch(discovery.token_endpoint, form({
      grant_type: 'password',
      client_id: clientId,
      username,
      password,
      ...(scope ? { scope } : {}),
    }));
  }

  it('serves Keycloak paths under /realms/nrm in its discovery document', () => {
    expect(discovery.issuer).toBe(idp.issuer);
    expect(discovery).toMatchObject({
      authorization_endpoint: `${idp.url}/protocol/openid-connect/auth`,
      token_endpoint: `${idp.url}/protocol/openid-connect/token`,
      jwks_uri: `${idp.url}/protocol/openid-connect/certs`,
      userinfo_endpoint: `${idp.url}/protocol/openid-connect/userinfo`,
      end_session_endpoint: `${idp.url}/protocol/openid-connect/logout`,
      revocation_endpoint: `${idp.url}/protocol/openid-connect/revoke`,
      introspection_endpoint: `${idp.url}/protocol/openid-connect/token/introspect`,
    });
  });

  it('issues Keycloak-shaped tokens to a demo user through the password grant of nrm-cli', async () => {
    const response = await passwordGrant('cm.shelter-a', 'demo-password');
    expect(response.status).toBe(200);
    const body = (await response.json()) as TokenResponse;
    expect(body).toMatchObject({ token_type: 'Bearer', expires_in: 300, scope: 'profile email' });
    expect(body.refresh_expires_in).toBeGreaterThan(0);
    expect(typeof body.refresh_token).toBe('string');

    expect(decodeProtectedHeader(body.access_token)).toMatchObject({ alg: 'RS256', kid: expect.any(String) });
    const claims = await verify(body.access_token);
    expect(claims).toMatchObject({
      iss: idp.issuer,
      sub: '00000000-0000-4000-8000-000000000009',
      azp: 'nrm-cli',
      aud: 'account',
      typ: 'Bearer',
      preferred_username: 'cm.shelter-a',
      agency_id: 'shelter-a',
      agency_type: 'SHELTER_NGO',
      scope: 'profile email',
      sid: expect.any(String),
      jti: expect.any(String),
    });
    expect(claims.realm_access?.roles).toContain('case_manager');
    expect(claims.exp! - claims.iat!).toBe(300);
  });

  it('adds an id token when openid is asked for', async () => {
    const body = (await (await passwordGrant('admin', 'demo-password', 'nrm-cli', 'openid')).json()) as TokenResponse;
    expect(body.scope).toBe('openid profile email');
    const idToken = await verify(body.id_token ?? '');
    expect(idToken).toMatchObject({ aud: 'nrm-cli', sub: '00000000-0000-4000-8000-000000000014', agency_id: 'platform', agency_type: 'PLATFORM' });
  });

  it('answers a wrong password with 401 invalid_grant, as Keycloak does', async () => {
    const response = await passwordGrant('cm.shelter-a', 'not-the-password');
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: 'invalid_grant', error_description: 'Invalid user credentials' });
  });

  it('rejects an unknown client', async () => {
    const response = await passwordGrant('cm.shelter-a', 'demo-password', 'no-such-client');
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: 'invalid_client' });
  });

  it('refuses the password grant to nrm-portal', async () => {
    const response = await passwordGrant('cm.shelter-a', 'demo-password', 'nrm-portal');
    expect(response.status).toBe(400);
  });

  it('refreshes tokens with the refresh_token grant, keeping user and session', async () => {
    const first = (await (await passwordGrant('ra.head', 'demo-password')).json()) as TokenResponse;
    const response = await fetch(discovery.token_endpoint, form({
      grant_type: 'refresh_token',
      client_id: 'nrm-cli',
      refresh_token: first.refresh_token,
    }));
    expect(response.status).toBe(200);
    const refreshed = (await response.json()) as TokenResponse;
    const [before, after] = await Promise.all([verify(first.access_token), verify(refreshed.access_token)]);
    expect(after).toMatchObject({ sub: before.sub, sid: before.sid, agency_id: 'responsible-authority', azp: 'nrm-cli' });
    expect(after.jti).not.toBe(before.jti);
    expect(refreshed.refresh_expires_in).toBeGreaterThan(0);
  });

  it('answers userinfo for its access tokens and refuses a forged one', async () => {
    const body = (await (await passwordGrant('auditor', 'demo-password')).json()) as TokenResponse;
    const ok = await fetch(discovery.userinfo_endpoint, { headers: { authorization: `Bearer ${body.access_token}` } });
    expect(await ok.json()).toMatchObject({ sub: '00000000-0000-4000-8000-000000000013', preferred_username: 'auditor', agency_id: 'oversight', agency_type: 'OVERSIGHT' });

    const [header, payload] = body.access_token.split('.');
    const forged = await fetch(discovery.userinfo_endpoint, { headers: { authorization: `Bearer ${header}.${payload}.AAAA` } });
    expect(forged.status).toBe(401);
  });

  it('serves a sign-in page with Keycloak element ids and completes code + PKCE for nrm-portal', async () => {
    const jar = new CookieJar();
    const verifier = randomBytes(32).toString('base64url');
    const challenge = createHash('sha256').update(verifier).digest('base64url');
    const authorize = new URL(discovery.authorization_endpoint);
    authorize.search = new URLSearchParams({
      client_id: 'nrm-portal',
      response_type: 'code',
      scope: 'openid',
      redirect_uri: PORTAL_REDIRECT,
      state: 'state-123',
      code_challenge: challenge,
      code_challenge_method: 'S256',
    }).toString();

    const started = await fetch(authorize, { redirect: 'manual' });
    jar.store(started);
    expect(started.status).toBe(303);
    const signInUrl = new URL(started.headers.get('location') ?? '', authorize);
    expect(signInUrl.pathname).toMatch(/^\/realms\/nrm\/login-actions\/authenticate\//);

    const page = await fetch(signInUrl, { headers: { cookie: jar.header() } });
    const html = await page.text();
    expect(page.status).toBe(200);
    expect(html).toContain('id="username"');
    expect(html).toContain('id="password"');
    expect(html).toContain('id="kc-login"');
    expect(html).not.toMatch(/(src|href)="https?:/);

    const rejected = await fetch(signInUrl, {
      ...form({ username: 'cpw.tirana', password: 'wrong' }),
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar.header() },
      redirect: 'manual',
    });
    expect(rejected.status).toBe(200);
    expect(await rejected.text()).toContain('Invalid username or password.');

    const signedIn = await fetch(signInUrl, {
      ...form({ username: 'cpw.tirana', password: 'demo-password' }),
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar.header() },
      redirect: 'manual',
    });
    jar.store(signedIn);
    expect(signedIn.status).toBe(303);

    const resumed = await fetch(new URL(signedIn.headers.get('location') ?? '', signInUrl), {
      headers: { cookie: jar.header() },
      redirect: 'manual',
    });
    jar.store(resumed);
    expect(resumed.status).toBe(303);
    const callback = new URL(resumed.headers.get('location') ?? '');
    expect(`${callback.origin}${callback.pathname}`).toBe(PORTAL_REDIRECT);
    expect(callback.searchParams.get('state')).toBe('state-123');
    const code = callback.searchParams.get('code');
    expect(code).toBeTruthy();

    const exchanged = await fetch(discovery.token_endpoint, {
      ...form({
        grant_type: 'authorization_code',
        client_id: 'nrm-portal',
        code: code ?? '',
        redirect_uri: PORTAL_REDIRECT,
        code_verifier: verifier,
      }),
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'http://localhost:3000' },
    });
    expect(exchanged.status).toBe(200);
    expect(exchanged.headers.get('access-control-allow-origin')).toBe('http://localhost:3000');
    const tokens = (await exchanged.json()) as TokenResponse;
    expect(typeof tokens.refresh_token).toBe('string');
    const claims = await verify(tokens.access_token);
    expect(claims).toMatchObject({
      azp: 'nrm-portal',
      aud: 'account',
      typ: 'Bearer',
      sub: '00000000-0000-4000-8000-000000000006',
      preferred_username: 'cpw.tirana',
      agency_id: 'cpu-tirana',
      agency_type: 'CHILD_PROTECTION_UNIT',
      sid: expect.any(String),
    });
    expect(claims.realm_access?.roles).toContain('child_protection_worker');
    const idToken = await verify(tokens.id_token ?? '');
    expect(idToken).toMatchObject({ aud: 'nrm-portal', agency_id: 'cpu-tirana' });
  });

  /** Starts a code flow for nrm-portal with the given extra parameters; answers the sign-in page's URL and cookies. */
  async function startSignIn(extra: Record<string, string>): Promise<{ signInUrl: URL; jar: CookieJar }> {
    const jar = new CookieJar();
    const challenge = createHash('sha256').update(randomBytes(32).toString('base64url')).digest('base64url');
    const authorize = new URL(discovery.authorization_endpoint);
    authorize.search = new URLSearchParams({
      client_id: 'nrm-portal',
      response_type: 'code',
      scope: 'openid',
      redirect_uri: PORTAL_REDIRECT,
      state: 'state-456',
      code_challenge: challenge,
      code_challenge_method: 'S256',
      ...extra,
    }).toString();
    const started = await fetch(authorize, { redirect: 'manual' });
    jar.store(started);
    expect(started.status).toBe(303);
    return { signInUrl: new URL(started.headers.get('location') ?? '', authorize), jar };
  }

  it('renders the sign-in page and its errors in Albanian when ui_locales asks for sq, in English otherwise', async () => {
    const albanian = await startSignIn({ ui_locales: 'sq' });
    const page = await (await fetch(albanian.signInUrl, { headers: { cookie: albanian.jar.header() } })).text();
    expect(page).toContain('<html lang="sq">');
    expect(page).toContain('Hyni në llogarinë tuaj');
    expect(page).toContain('<label for="username">Emri i përdoruesit</label>');
    expect(page).toContain('<label for="password">Fjalëkalimi</label>');
    expect(page).toMatch(/<button id="kc-login"[^>]*>Hyr<\/button>/);
    expect(page).not.toContain('Sign in to your account');

    const rejected = await fetch(albanian.signInUrl, {
      ...form({ username: 'cpw.tirana', password: 'wrong' }),
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: albanian.jar.header() },
      redirect: 'manual',
    });
    const rejectedPage = await rejected.text();
    expect(rejectedPage).toContain('<span id="input-error">Emri i përdoruesit ose fjalëkalimi është i pasaktë.</span>');
    expect(rejectedPage).toContain('<html lang="sq">');

    // A sign-in link without its interaction cookie: the timed-out page, in the browser's language.
    const timedOut = await fetch(albanian.signInUrl, { headers: { 'accept-language': 'sq-AL,sq;q=0.9,en;q=0.5' } });
    const timedOutPage = await timedOut.text();
    expect(timedOutPage).toContain('Na vjen keq...');
    expect(timedOutPage).toContain('Koha për hyrjen mbaroi.');

    // Another language than the two offered, or none: English.
    for (const extra of [{ ui_locales: 'de' }, {}] as Record<string, string>[]) {
      const english = await startSignIn(extra);
      const englishPage = await (await fetch(english.signInUrl, { headers: { cookie: english.jar.header() } })).text();
      expect(englishPage).toContain('<html lang="en">');
      expect(englishPage).toContain('Sign in to your account');
      expect(englishPage).toMatch(/<button id="kc-login"[^>]*>Sign In<\/button>/);
    }
  });

  it('sends nrm-portal back with an error when the request has no PKCE challenge', async () => {
    const authorize = new URL(discovery.authorization_endpoint);
    authorize.search = new URLSearchParams({
      client_id: 'nrm-portal',
      response_type: 'code',
      scope: 'openid',
      redirect_uri: PORTAL_REDIRECT,
    }).toString();
    const response = await fetch(authorize, { redirect: 'manual' });
    // Without a code_challenge the request is sent back to the portal with an error, never to sign-in.
    const location = new URL(response.headers.get('location') ?? '', authorize);
    expect(location.searchParams.get('error')).toBe('invalid_request');
  });

  it('refuses a redirect URI outside the registered pattern', async () => {
    const authorize = new URL(discovery.authorization_endpoint);
    authorize.search = new URLSearchParams({
      client_id: 'nrm-portal',
      response_type: 'code',
      scope: 'openid',
      redirect_uri: 'http://evil.example/callback',
      code_challenge: 'x'.repeat(43),
      code_challenge_method: 'S256',
    }).toString();
    const response = await fetch(authorize, { redirect: 'manual' });
    expect(response.status).toBe(400);
  });
});

describe('dev identity provider: the admin API the directory sync reads', () => {
  let idp: DevIdentityProvider;
  let adminBase: string;
  let tokenEndpoint: string;

  beforeAll(async () => {
    const port = unusedPort();
    idp = await startDevIdentityProvider({ port, issuer: `http://127.0.0.1:${port}/realms/nrm`, logger: pino({ level: 'silent' }) });
    adminBase = `http://127.0.0.1:${port}/admin/realms/nrm`;
    tokenEndpoint = `${idp.url}/protocol/openid-connect/token`;
  });

  afterAll(async () => {
    await idp?.close();
  });

  async function directoryToken(secret = DEV_CLIENT_SECRET): Promise<Response> {
    return fetch(tokenEndpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: `Basic ${Buffer.from(`nrm-directory:${secret}`).toString('base64')}`,
      },
      body: new URLSearchParams({ grant_type: 'client_credentials' }).toString(),
    });
  }

  async function serviceAccountToken(): Promise<string> {
    const response = await directoryToken();
    expect(response.status).toBe(200);
    return ((await response.json()) as TokenResponse).access_token;
  }

  const get = (path: string, token?: string) => fetch(`${adminBase}${path}`, token ? { headers: { authorization: `Bearer ${token}` } } : {});

  it('gives nrm-directory a service-account token carrying realm-management view-users, and refuses a wrong secret', async () => {
    const token = await serviceAccountToken();
    const claims = decodeJwt(token) as KeycloakAccessToken & { resource_access?: Record<string, { roles: string[] }> };
    expect(claims).toMatchObject({ azp: 'nrm-directory', typ: 'Bearer', preferred_username: 'service-account-nrm-directory' });
    expect(claims.resource_access?.['realm-management']?.roles).toEqual(['view-users']);
    expect(claims.agency_id).toBeUndefined();
    expect((await directoryToken('wrong-secret')).status).toBe(401);
  });

  it('refuses every admin endpoint without a token (401) and to a demo user without view-users, even platform_admin (403)', async () => {
    const paths = ['/groups?briefRepresentation=false', '/users?briefRepresentation=false', '/roles/ra_head/users'];
    for (const path of paths) expect({ path, status: (await get(path)).status }).toEqual({ path, status: 401 });
    for (const username of ['admin', 'ra.head', 'police.tirana']) {
      const grant = await fetch(tokenEndpoint, form({ grant_type: 'password', client_id: 'nrm-cli', username, password: 'demo-password' }));
      const { access_token: token } = (await grant.json()) as TokenResponse;
      for (const path of paths) expect({ username, path, status: (await get(path, token)).status }).toEqual({ username, path, status: 403 });
    }
    expect((await get('/groups', 'not-a-token')).status).toBe(401);
  });

  it('lists agencies as groups with their attributes, users with theirs (no service account), and a role\'s holders, paged', async () => {
    const token = await serviceAccountToken();
    const groups = (await (await get('/groups?briefRepresentation=false&first=0&max=1000', token)).json()) as Array<{ name: string; attributes: Record<string, string[]> }>;
    const gjirokaster = groups.find((group) => group.attributes.agency_id?.[0] === 'cpu-gjirokaster');
    expect(gjirokaster?.attributes).toMatchObject({ agency_type: ['CHILD_PROTECTION_UNIT'], region: ['GJIROKASTER'] });
    expect(groups.filter((group) => group.attributes.agency_type?.[0] === 'CHILD_PROTECTION_UNIT').length).toBe(13);

    const users = (await (await get('/users?briefRepresentation=false&first=0&max=1000', token)).json()) as Array<{ username: string; attributes: Record<string, string[]> }>;
    expect(users.map((user) => user.username)).not.toContain('service-account-nrm-directory');
    expect(users.find((user) => user.username === 'psy.shelter-a')?.attributes.team_function).toEqual(['PSYCHOLOGIST']);
    const firstPage = (await (await get('/users?first=0&max=5', token)).json()) as unknown[];
    const secondPage = (await (await get('/users?first=5&max=5', token)).json()) as Array<{ username: string }>;
    expect(firstPage).toHaveLength(5);
    expect(secondPage[0]?.username).toBe(users[5]?.username);

    const heads = (await (await get('/roles/ra_head/users', token)).json()) as Array<{ username: string }>;
    expect(heads.map((user) => user.username).sort()).toEqual(['ra.deputy', 'ra.head']);
    expect((await get('/roles/no_such_role/users', token)).status).toBe(404);
  });
});

describe('dev identity provider in production', () => {
  const original = process.env.NODE_ENV;
  afterEach(() => {
    process.env.NODE_ENV = original;
  });

  it('refuses to start when NODE_ENV=production', async () => {
    process.env.NODE_ENV = 'production';
    await expect(startDevIdentityProvider({ port: unusedPort(), logger: pino({ level: 'silent' }) })).rejects.toThrow(
      /NODE_ENV=production/,
    );
  });
});
