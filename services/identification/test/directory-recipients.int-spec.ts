import request from 'supertest';
import type { SubgraphUnderTest } from '@nrm/testing';
import { startIdentification } from './identification-harness';

/*
 * GET /internal/directory/recipients: the notifications service's mail worker learns who of an audience has an e-mail
 * address and in which language (docs/notifications.md). Staff contact facts only, and only with the recipients key.
 */

const KEY = 'nrm-dev-directory-recipients-key';

describe('the recipients endpoint of the directory', () => {
  let subgraph: SubgraphUnderTest;

  beforeAll(async () => {
    subgraph = await startIdentification();
  });

  afterAll(async () => {
    await subgraph?.close();
  });

  const ask = (query: string, key: string | null = KEY) => {
    const call = request(subgraph.app.getHttpServer()).get(`/internal/directory/recipients?${query}`).set('accept', 'application/json');
    return key === null ? call : call.set('x-nrm-directory-key', key);
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

  it('is a 404 without the key or with a wrong one, even with a valid user token', async () => {
    expect((await ask('agencyId=responsible-authority&roles=ra_officer', null)).status).toBe(404);
    expect((await ask('agencyId=responsible-authority&roles=ra_officer', 'x'.repeat(KEY.length))).status).toBe(404);
    const withToken = await request(subgraph.app.getHttpServer())
      .get('/internal/directory/recipients?agencyId=responsible-authority&roles=ra_officer')
      .set('authorization', `Bearer ${await subgraph.tokenFor('ra.head')}`);
    expect(withToken.status).toBe(404);
    expect(withToken.text).not.toContain('@');
  });

  it('refuses an unknown role, a malformed agency and an audience of nobody', async () => {
    expect((await ask('agencyId=responsible-authority&roles=superuser')).status).toBe(400);
    expect((await ask("agencyId=Robert'); DROP&roles=ra_officer")).status).toBe(400);
    expect((await ask('agencyId=responsible-authority')).status).toBe(400);
  });
});
