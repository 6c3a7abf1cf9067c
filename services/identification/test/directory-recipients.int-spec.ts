import request from 'supertest';
import { serviceAccountGrant, type SubgraphUnderTest } from '@nrm/testing';
import { startIdentification } from './identification-harness';

/*
 * GET /internal/directory/recipients: the notifications service's mail worker learns who of an audience has an e-mail
 * address and in which language (docs/notifications.md). Staff contact facts only, and only for the notifications
 * service's own identity: a client-credentials token of its service account (nrm-notifications).
 */

describe('the recipients endpoint of the directory', () => {
  let subgraph: SubgraphUnderTest;
  let notifications: string;

  beforeAll(async () => {
    subgraph = await startIdentification();
    notifications = await serviceAccountGrant(subgraph.issuer, 'nrm-notifications');
  });

  afterAll(async () => {
    await subgraph?.close();
  });

  const ask = (query: string, token: string | null = notifications) => {
    const call = request(subgraph.app.getHttpServer()).get(`/internal/directory/recipients?${query}`).set('accept', 'application/json');
    return token === null ? call : call.set('authorization', `Bearer ${token}`);
  };

  it("answers an agency's holders of the roles with their address and language, nothing else", async () => {
    const response = await ask('agencyId=responsible-authority&roles=ra_officer,ra_head');
    expect(response.status).toBe(200);
    const body = response.body as Array<Record<string, unknown>>;
    expect(body.map((user) => user.email).sort()).toEqual(['ra.deputy@mail.nrm.local', 'ra.head@mail.nrm.local', 'ra.officer@mail.nrm.local']);
    expect(body.every((user) => Object.keys(user).sort().join() === 'email,id,locale')).toBe(true);
    expect(body.find((user) => user.email === 'ra.officer@mail.nrm.local')?.locale).toBe('sq');
  });

  it('adds the members holding the team function, whatever their role', async () => {
    const response = await ask('agencyId=shelter-a&roles=case_manager&teamFunction=PSYCHOLOGIST');
    expect((response.body as Array<{ email: string }>).map((user) => user.email).sort()).toEqual(['cm.shelter-a@mail.nrm.local', 'psy.shelter-a@mail.nrm.local']);
  });

  it('answers the one user named, of that agency only (a plan action\'s team member)', async () => {
    const psychologist = '00000000-0000-4000-8000-000000000010';
    const response = await ask(`agencyId=shelter-a&userId=${psychologist}`);
    expect(response.status).toBe(200);
    expect((response.body as Array<{ id: string; email: string }>).map((user) => [user.id, user.email])).toEqual([[psychologist, 'psy.shelter-a@mail.nrm.local']]);
    expect((await ask(`agencyId=shelter-b&userId=${psychologist}`)).body).toEqual([]);
    expect((await ask(`userId=${psychologist}`)).status).toBe(400);
    expect((await ask('agencyId=shelter-a&userId=psy.shelter-a')).status).toBe(400);
  });

  it('refuses a call without a token, with a forged one, a user\'s token (whatever the role) and another service\'s', async () => {
    const query = 'agencyId=responsible-authority&roles=ra_officer';
    expect((await ask(query, null)).status).toBe(401);
    // The notifications token with its signature altered.
    const [header, payload, signature] = notifications.split('.');
    const forged = `${header}.${payload}.${signature!.slice(0, -4)}${signature!.slice(-4) === 'AAAA' ? 'BBBB' : 'AAAA'}`;
    expect((await ask(query, forged)).status).toBe(401);
    // Its claims re-encoded to name another client, signature kept: the signature no longer verifies.
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString('utf8')) as Record<string, unknown>;
    const renamed = `${header}.${Buffer.from(JSON.stringify({ ...claims, azp: 'nrm-cli' })).toString('base64url')}.${signature}`;
    expect((await ask(query, renamed)).status).toBe(401);
    for (const username of ['ra.head', 'admin', 'cm.shelter-a']) {
      const asUser = await ask(query, await subgraph.tokenFor(username));
      expect(asUser.status).toBe(403);
      expect(asUser.text).not.toContain('@');
    }
    // The directory sync's service account is another service: its token is valid, and refused here.
    const directory = await ask(query, await serviceAccountGrant(subgraph.issuer, 'nrm-directory'));
    expect(directory.status).toBe(403);
    expect(directory.text).not.toContain('@');
  });

  it('refuses an unknown role, a malformed agency and an audience of nobody', async () => {
    expect((await ask('agencyId=responsible-authority&roles=superuser')).status).toBe(400);
    expect((await ask("agencyId=Robert'); DROP&roles=ra_officer")).status).toBe(400);
    expect((await ask('agencyId=responsible-authority')).status).toBe(400);
  });
});
