import { randomUUID } from 'node:crypto';
import { generateKeyPair, SignJWT } from 'jose';
import { startStack, type GraphQLResult, type Stack } from '@nrm/testing';

const CATALOG = '{ indicatorCatalog { code group } }';
const SUBMIT = `mutation Submit($input: SubmitInitialIdentificationInput!) { submitInitialIdentification(input: $input) { id status } }`;

function adultInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    clientRequestId: `e2e-${randomUUID()}`,
    person: { givenName: 'Gateway', familyName: 'Probe', dateOfBirth: '1994-05-06', sex: 'FEMALE', citizenship: ['AL'], languages: ['sq'] },
    venue: 'INLAND',
    region: 'TIRANA',
    indicatorCodes: ['A01_RECRUITMENT_DECEPTIVE_OFFER', 'B01_THREATS', 'C01_SEXUAL_EXPLOITATION'],
    exploitationTypes: ['SEXUAL'],
    interview: { consentToInterview: true, language: 'sq', interpreterUsed: false, privateSetting: true },
    immediateNeeds: ['MEDICAL'],
    ...overrides,
  };
}

/** A selection nested `depth` fields deep under indicatorCatalog, whatever the schema allows. */
function nestedQuery(depth: number): string {
  let selection = 'code';
  for (let level = 2; level < depth; level += 1) selection = `code { ${selection} }`;
  return `{ indicatorCatalog { ${selection} } }`;
}

function codesOf(result: GraphQLResult): string[] {
  return (result.errors ?? []).map((error) => error.extensions.code);
}

describe('gateway (every subgraph spawned from dist, real tokens from the dev identity provider)', () => {
  let stack: Stack;
  /** Every response of the suite, to check that none carries a stack trace. */
  const seen: GraphQLResult[] = [];
  const call = async (...args: Parameters<Stack['graphql']>): Promise<GraphQLResult> => {
    const result = await stack.graphql(...args);
    seen.push(result);
    return result;
  };

  beforeAll(async () => {
    stack = await startStack();
  }, 120_000);

  afterAll(async () => {
    await stack?.stop();
  }, 30_000);

  it('answers /health/live and /health/ready once the supergraph is loaded', async () => {
    const live = await fetch(`${stack.gatewayBaseUrl}/health/live`);
    const ready = await fetch(`${stack.gatewayBaseUrl}/health/ready`);
    expect(live.status).toBe(200);
    expect(ready.status).toBe(200);
    expect(((await ready.json()) as { subgraphs: string[] }).subgraphs).toContain('identification');
  });

  it('serves an authenticated staff member the indicator catalogue through the identification subgraph', async () => {
    const result = await call(CATALOG, undefined, await stack.tokenFor('police.tirana'));
    expect(result.errors).toBeUndefined();
    const catalog = (result.data as { indicatorCatalog: { code: string; group: string }[] }).indicatorCatalog;
    expect(catalog.length).toBeGreaterThan(0);
    expect(new Set(catalog.map((indicator) => indicator.group))).toEqual(new Set(['ACT', 'MEANS', 'PURPOSE']));
  });

  it('answers GraphQL without an ETag or X-Powered-By header, at the gateway and at every subgraph', async () => {
    const token = await stack.tokenFor('police.tirana');
    const endpoints = [stack.gatewayUrl, ...Object.values(stack.subgraphUrls).map((base) => `${base}/graphql`)];
    expect(endpoints.length).toBeGreaterThan(1);
    for (const url of endpoints) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      expect({ url, status: response.status }).toEqual({ url, status: 200 });
      // Answers are per caller and never cached: no body hashing, and no advertising of the server.
      expect({ url, etag: response.headers.get('etag'), poweredBy: response.headers.get('x-powered-by') }).toEqual({ url, etag: null, poweredBy: null });
    }
  });

  it('lets the subgraph refuse a request without a token as UNAUTHENTICATED', async () => {
    const result = await call(CATALOG);
    expect(result.data?.['indicatorCatalog'] ?? null).toBeNull();
    expect(codesOf(result)).toEqual(['UNAUTHENTICATED']);
    expect(result.errors?.[0].path).toEqual(['indicatorCatalog']);
  });

  it('refuses a garbage bearer token as UNAUTHENTICATED', async () => {
    const result = await call(CATALOG, undefined, 'not-a-jwt');
    expect(codesOf(result)).toEqual(['UNAUTHENTICATED']);
  });

  it('refuses a well-formed token with the right claims signed by another key as UNAUTHENTICATED', async () => {
    const { privateKey } = await generateKeyPair('RS256');
    const now = Math.floor(Date.now() / 1000);
    const forged = await new SignJWT({
      typ: 'Bearer',
      azp: 'nrm-cli',
      preferred_username: 'police.tirana',
      agency_id: 'police-tirana',
      agency_type: 'STATE_POLICE',
      realm_access: { roles: ['first_responder'] },
    })
      .setProtectedHeader({ alg: 'RS256', kid: 'forged-key', typ: 'JWT' })
      .setIssuer(stack.issuer)
      .setSubject(randomUUID())
      .setAudience('account')
      .setIssuedAt(now)
      .setExpirationTime(now + 300)
      .setJti(randomUUID())
      .sign(privateKey);
    const result = await call(CATALOG, undefined, forged);
    expect(result.data?.['indicatorCatalog'] ?? null).toBeNull();
    expect(codesOf(result)).toEqual(['UNAUTHENTICATED']);
  });

  it('keeps a subgraph FORBIDDEN with its path when a role may not submit', async () => {
    const result = await call(SUBMIT, { input: adultInput() }, await stack.tokenFor('cm.shelter-a'));
    expect(codesOf(result)).toEqual(['FORBIDDEN']);
    expect(result.errors?.[0].path).toEqual(['submitInitialIdentification']);
  });

  it('names the field of a malformed variable as BAD_USER_INPUT without echoing the value', async () => {
    const input = adultInput();
    const result = await call(
      SUBMIT,
      { input: { ...input, person: { ...(input['person'] as object), sex: 'SECRET_VALUE_X' } } },
      await stack.tokenFor('police.tirana'),
    );
    expect(result.status).toBe(400);
    expect(codesOf(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0].extensions.fields).toEqual(['input.person.sex']);
    expect(JSON.stringify(result)).not.toContain('SECRET_VALUE_X');
  });

  it('refuses a query nested deeper than the limit with BAD_USER_INPUT before any subgraph is called', async () => {
    const result = await call(nestedQuery(14), undefined, await stack.tokenFor('police.tirana'));
    expect(result.status).toBe(400);
    expect(result.data ?? null).toBeNull();
    expect(new Set(codesOf(result))).toEqual(new Set(['BAD_USER_INPUT']));
    expect(result.errors?.map((error) => error.message)).toContain('Query depth exceeds the limit of 12');
  });

  it('refuses a query whose estimated cost exceeds the complexity limit with BAD_USER_INPUT', async () => {
    // Few aliases (those have their own limit), each a large page: the cost multiplies by the page size.
    const pages = Array.from({ length: 5 }, (_, index) => `p${index}: initialIdentifications(first: 100) { edges { node { id region venue } } }`).join(' ');
    const result = await call(`{ ${pages} }`, undefined, await stack.tokenFor('police.tirana'));
    expect(result.status).toBe(400);
    expect(codesOf(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0].message).toMatch(/^Query complexity \d+ exceeds the limit of \d+$/);
  });

  it('answers a malformed JSON body with BAD_USER_INPUT as JSON, not an HTML error page', async () => {
    const response = await fetch(stack.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(response.status).toBe(400);
    const body = (await response.json()) as GraphQLResult;
    seen.push({ ...body, status: response.status, headers: response.headers });
    expect(codesOf({ ...body, status: response.status, headers: response.headers })).toEqual(['BAD_USER_INPUT']);
  });

  it('refuses a body that is not JSON with a client error, not a server error', async () => {
    const response = await fetch(stack.gatewayUrl, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: CATALOG });
    expect(response.status).toBe(400);
  });

  it('accepts the caller\u2019s correlation id and echoes it; replaces one that is not a UUID or trace id', async () => {
    const token = await stack.tokenFor('police.tirana');
    const correlationId = randomUUID();
    const accepted = await call(CATALOG, undefined, token, { 'x-correlation-id': correlationId });
    expect(accepted.errors).toBeUndefined();
    expect(accepted.headers.get('x-correlation-id')).toBe(correlationId);

    const replaced = await call(CATALOG, undefined, token, { 'x-correlation-id': 'has spaces; and "quotes"' });
    expect(replaced.errors).toBeUndefined();
    const generated = replaced.headers.get('x-correlation-id');
    expect(generated).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });

  it('returns no stack trace in any error of this suite', () => {
    const withErrors = seen.filter((result) => result.errors?.length);
    expect(withErrors.length).toBeGreaterThan(5);
    for (const result of withErrors) {
      expect(JSON.stringify(result.errors)).not.toMatch(/stacktrace|\bat [\w.<>]+ \(/i);
    }
  });
});
