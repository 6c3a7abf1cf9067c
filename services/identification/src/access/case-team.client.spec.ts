import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AuthenticatedRequest, Principal } from '@nrm/auth';
import { AgencyType, Role } from '@nrm/domain';
import type { Clock, ServiceRuntime } from '@nrm/service-kit';
import type { IdentificationConfig } from '../config';
import { CaseTeamClient } from './case-team.client';

/** A stand-in for the shelters service's internal endpoint: answers what `reply` says and records what it was asked. */
async function shelters(reply: (request: IncomingMessage) => { status: number; body: string } | null): Promise<{ server: Server; url: string; asked: IncomingMessage[] }> {
  const asked: IncomingMessage[] = [];
  const server = createServer((request, response) => {
    asked.push(request);
    const answer = reply(request);
    if (answer === null) return; // never answers: the client's timeout
    response.writeHead(answer.status, { 'content-type': 'application/json' });
    response.end(answer.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, asked };
}

function principal(roles: Role[]): Principal {
  return {
    subject: randomUUID(),
    username: 'psy.shelter-a',
    roles,
    agencyId: 'shelter-a',
    agencyType: AgencyType.SHELTER_NGO,
    clientId: 'nrm-cli',
    tokenId: undefined,
    expiresAt: new Date(Date.now() + 3_600_000),
    correlationId: null,
  };
}

const request = (): AuthenticatedRequest => ({ headers: { authorization: 'Bearer caller-token' } }) as unknown as AuthenticatedRequest;

let nowMs = Date.parse('2026-12-02T12:00:00Z');
const clock = { now: () => new Date(nowMs) } as Clock;

function client(url: string): CaseTeamClient {
  return new CaseTeamClient({ config: { SHELTERS_INTERNAL_URL: url, PEER_TIMEOUT_MS: 300 } } as unknown as ServiceRuntime<IdentificationConfig>, clock);
}

describe('CaseTeamClient', () => {
  const personId = randomUUID();
  let stub: Awaited<ReturnType<typeof shelters>> | undefined;

  afterEach(async () => {
    const server = stub?.server;
    stub = undefined;
    if (!server) return;
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it("asks shelters with the caller's own token, once per request and person, and believes a yes about this person only", async () => {
    stub = await shelters(() => ({ status: 200, body: JSON.stringify({ personId, onCaseTeam: true }) }));
    const teams = client(stub.url);
    const staff = principal([Role.SHELTER_STAFF]);
    const first = request();
    expect(await teams.onCaseTeam(first, staff, personId)).toBe(true);
    expect(await teams.onCaseTeam(first, staff, personId)).toBe(true);
    expect(stub.asked).toHaveLength(1);
    expect(stub.asked[0]!.url).toBe(`/internal/case-team/person/${personId}`);
    expect(stub.asked[0]!.headers.authorization).toBe('Bearer caller-token');
    // A new request asks again: never cached across requests, so a change of the team holds on the next read.
    expect(await teams.onCaseTeam(request(), staff, personId)).toBe(true);
    expect(stub.asked).toHaveLength(2);
    // A yes about another person is no yes.
    expect(await teams.onCaseTeam(request(), staff, randomUUID())).toBe(false);
  });

  it('lets a recent yes stand for the access-facts endpoint only, never a no, and never past its time', async () => {
    let onTeam = true;
    stub = await shelters(() => ({ status: 200, body: JSON.stringify({ personId, onCaseTeam: onTeam }) }));
    const teams = client(stub.url);
    const staff = principal([Role.SHELTER_STAFF]);
    // No yes yet: asked.
    expect(await teams.onCaseTeam(request(), staff, personId, { recentYes: true })).toBe(true);
    expect(stub.asked).toHaveLength(1);
    expect(await teams.onCaseTeam(request(), staff, personId, { recentYes: true })).toBe(true);
    expect(stub.asked).toHaveLength(1);
    // A read of a category always asks, and a no ends the yes at once for the endpoint too.
    onTeam = false;
    expect(await teams.onCaseTeam(request(), staff, personId)).toBe(false);
    expect(await teams.onCaseTeam(request(), staff, personId, { recentYes: true })).toBe(false);
    expect(stub.asked).toHaveLength(3);
    // Another user of the same shelter does not ride on someone else's yes.
    onTeam = true;
    expect(await teams.onCaseTeam(request(), staff, personId)).toBe(true);
    onTeam = false;
    expect(await teams.onCaseTeam(request(), { ...staff, subject: randomUUID() }, personId, { recentYes: true })).toBe(false);
    // Past its time, the yes is asked again.
    nowMs += 30_000;
    expect(await teams.onCaseTeam(request(), staff, personId, { recentYes: true })).toBe(false);
  });

  it('does not ask for callers the case team does not bind', async () => {
    stub = await shelters(() => ({ status: 200, body: JSON.stringify({ personId, onCaseTeam: true }) }));
    const teams = client(stub.url);
    for (const roles of [[Role.CASE_MANAGER], [Role.SHELTER_HEAD], [Role.SHELTER_STAFF, Role.CASE_MANAGER], [Role.RA_OFFICER]]) {
      expect(await teams.onCaseTeam(request(), principal(roles), personId)).toBeUndefined();
    }
    expect(stub.asked).toHaveLength(0);
  });

  it.each([
    ['a no', { status: 200, body: JSON.stringify({ personId, onCaseTeam: false }) }],
    ['a truthy non-boolean', { status: 200, body: JSON.stringify({ personId, onCaseTeam: 'true' }) }],
    ['a malformed body', { status: 200, body: 'not json' }],
    ['a refusal', { status: 403, body: '{}' }],
    ['a 404', { status: 404, body: '{}' }],
    ['an error', { status: 500, body: '{}' }],
    ['no answer in time', null],
  ] as const)('fails closed on %s: not on the team', async (_, answer) => {
    stub = await shelters(() => answer);
    expect(await client(stub.url).onCaseTeam(request(), principal([Role.SHELTER_STAFF]), personId)).toBe(false);
  });

  it('fails closed when shelters is not there at all', async () => {
    expect(await client('http://127.0.0.1:1').onCaseTeam(request(), principal([Role.SHELTER_STAFF]), personId)).toBe(false);
  });
});
