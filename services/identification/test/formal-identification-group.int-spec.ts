import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { EventEnvelope, EventPayloads, EventType } from '@nrm/events';
import type { SubgraphUnderTest } from '@nrm/testing';
import { adultInput, startIdentification } from './identification-harness';

jest.setTimeout(90_000);

/*
 * Identification's side of formal identification: the internal endpoints the formal-identification service calls with
 * the acting user's token (person facts, directory members, the group's links, the status), and the events that make
 * the same changes durably, in any order, never reviving a concluded group's access.
 */

const SUBMIT = `mutation($input: SubmitInitialIdentificationInput!) { submitInitialIdentification(input: $input) { person { id reference } } }`;
const SUMMARY = `query($id: ID!) { person(id: $id) { id summary { identificationStatus } } }`;

function subjectOf(token: string): string {
  const [, payload] = token.split('.');
  return (JSON.parse(Buffer.from(payload ?? '', 'base64url').toString('utf8')) as { sub: string }).sub;
}

describe('formal identification in identification', () => {
  let subgraph: SubgraphUnderTest;

  beforeAll(async () => {
    subgraph = await startIdentification();
  });

  afterAll(async () => {
    await subgraph?.close();
  });

  async function identified(child = false): Promise<{ personId: string; reference: string }> {
    const input = adultInput(child ? { person: { givenName: 'Vogel', familyName: 'Test', dateOfBirth: '2013-04-01', sex: 'FEMALE', citizenship: ['AL'], languages: ['sq'] } } : {});
    const result = await subgraph.graphql<{ submitInitialIdentification: { person: { id: string; reference: string } } }>(SUBMIT, { input }, await subgraph.tokenFor('police.tirana'));
    expect(result.errors).toBeUndefined();
    const { id, reference } = result.data!.submitInitialIdentification.person;
    return { personId: id, reference };
  }

  async function deliver<T extends EventType>(type: T, payload: EventPayloads[T]): Promise<void> {
    const event: EventEnvelope<T> = {
      id: randomUUID(),
      type,
      aggregateId: randomUUID(),
      payload,
      occurredAt: new Date().toISOString(),
      correlationId: null,
      producer: 'formal-identification',
    };
    await expect(subgraph.consumer!.handle(event)).resolves.toBe('processed');
  }

  async function statusOf(personId: string): Promise<string | undefined> {
    const result = await subgraph.graphql<{ person: { summary: { identificationStatus: string } } }>(SUMMARY, { id: personId }, await subgraph.tokenFor('ra.officer'));
    return result.data?.person.summary.identificationStatus;
  }

  async function summaryAs(username: string, personId: string): Promise<string> {
    const result = await subgraph.graphql<{ person: { summary: unknown } | null }>(SUMMARY, { id: personId }, await subgraph.tokenFor(username));
    return result.data?.person?.summary ? 'ALLOWED' : (result.errors?.[0]?.extensions.code ?? 'NONE');
  }

  async function post(path: string, username: string, body: Record<string, unknown>): Promise<number> {
    const response = await request(subgraph.app.getHttpServer())
      .post(path)
      .set('authorization', `Bearer ${await subgraph.tokenFor(username)}`)
      .set('content-type', 'application/json')
      .send(body);
    return response.status;
  }

  describe('GET /internal/formal-identification/persons/:personId', () => {
    it("answers the RA the person's facts: flags, codes and the child's mandated unit, no personal data", async () => {
      const adult = await identified();
      const child = await identified(true);
      const ra = await subgraph.tokenFor('ra.officer');
      const forAdult = await subgraph.get(`/internal/formal-identification/persons/${adult.personId}`, ra);
      expect(forAdult).toMatchObject({
        status: 200,
        body: { personId: adult.personId, reference: adult.reference, isChild: false, region: 'TIRANA', foreignNational: false, identificationStatus: 'PRESUMED', childProtectionUnitIds: [] },
      });
      expect(forAdult.text).not.toContain('Arta');
      const forChild = await subgraph.get<{ isChild: boolean; childProtectionUnitIds: string[] }>(`/internal/formal-identification/persons/${child.personId}`, ra);
      expect(forChild.body).toMatchObject({ isChild: true, childProtectionUnitIds: ['cpu-tirana'] });
    });

    it('is 404 for an unknown or malformed id, 403 to everyone but the RA and 401 without a token', async () => {
      const ra = await subgraph.tokenFor('ra.officer');
      expect((await subgraph.get(`/internal/formal-identification/persons/${randomUUID()}`, ra)).status).toBe(404);
      expect((await subgraph.get(`/internal/formal-identification/persons/not-an-id`, ra)).status).toBe(404);
      const { personId } = await identified();
      for (const username of ['sfait.tirana', 'police.tirana', 'cm.shelter-a']) {
        expect([username, (await subgraph.get(`/internal/formal-identification/persons/${personId}`, await subgraph.tokenFor(username))).status]).toEqual([username, 403]);
      }
      expect((await subgraph.get(`/internal/formal-identification/persons/${personId}`)).status).toBe(401);
    });
  });

  describe('GET /internal/formal-identification/members/:userId', () => {
    it("answers the RA a directory user's roles, agency and its type, and 404 for an unknown one", async () => {
      const ra = await subgraph.tokenFor('ra.officer');
      const sfait = subjectOf(await subgraph.tokenFor('sfait.tirana'));
      const found = await subgraph.get(`/internal/formal-identification/members/${sfait}`, ra);
      expect(found).toMatchObject({ status: 200, body: { id: sfait, roles: ['formal_id_police'], agencyId: 'police-sfait-tirana', agencyType: 'STATE_POLICE' } });
      expect(found.text).not.toContain('@');
      expect((await subgraph.get(`/internal/formal-identification/members/${randomUUID()}`, ra)).status).toBe(404);
      expect((await subgraph.get(`/internal/formal-identification/members/${sfait}`, await subgraph.tokenFor('sfait.tirana'))).status).toBe(403);
    });
  });

  describe('the group and the status', () => {
    it('links the members at once on the RA call, ends the link on a member conclusion, and refuses a conclusion from outside the group', async () => {
      const { personId } = await identified();
      const formalIdentificationId = randomUUID();
      const requestedAt = new Date().toISOString();
      expect(await post('/internal/formal-identification/requests', 'ra.officer', { formalIdentificationId, personId, requestedAt })).toBe(200);
      expect(await statusOf(personId)).toBe('FORMAL_ID_REQUESTED');
      expect(await summaryAs('sfait.tirana', personId)).toBe('FORBIDDEN');
      expect(await post('/internal/formal-identification/groups', 'sfait.tirana', { formalIdentificationId, personId, agencyIds: ['police-sfait-tirana'] })).toBe(403);
      expect(await post('/internal/formal-identification/groups', 'ra.officer', { formalIdentificationId, personId, agencyIds: ['police-sfait-tirana', 'rdsss-tirana'] })).toBe(200);
      expect(await summaryAs('sfait.tirana', personId)).toBe('ALLOWED');
      expect(await summaryAs('rdsss.tirana', personId)).toBe('ALLOWED');

      const conclusion = { formalIdentificationId, personId, agencyIds: ['police-sfait-tirana', 'rdsss-tirana'], requestedAt, outcome: 'VICTIM' };
      expect(await post('/internal/formal-identification/conclusions', 'cpw.tirana', conclusion)).toBe(403);
      expect(await post('/internal/formal-identification/conclusions', 'ra.officer', conclusion)).toBe(403);
      expect(await statusOf(personId)).toBe('FORMAL_ID_REQUESTED');
      expect(await post('/internal/formal-identification/conclusions', 'rdsss.tirana', conclusion)).toBe(200);
      expect(await statusOf(personId)).toBe('VICTIM');
      expect(await summaryAs('sfait.tirana', personId)).toBe('FORBIDDEN');
      // Once ended, even a member cannot conclude again.
      expect(await post('/internal/formal-identification/conclusions', 'sfait.tirana', { ...conclusion, outcome: 'NOT_VICTIM' })).toBe(403);
      expect(await statusOf(personId)).toBe('VICTIM');
    });

    it('refuses bytes no form would send (400)', async () => {
      const { personId } = await identified();
      expect(await post('/internal/formal-identification/groups', 'ra.officer', { formalIdentificationId: 'x', personId, agencyIds: ['police-sfait-tirana'] })).toBe(400);
      expect(await post('/internal/formal-identification/groups', 'ra.officer', { formalIdentificationId: randomUUID(), personId, agencyIds: ["'; DROP TABLE x"] })).toBe(400);
      expect(await post('/internal/formal-identification/requests', 'ra.officer', { formalIdentificationId: randomUUID(), personId, requestedAt: 'yesterday' })).toBe(400);
    });

    it('applies the events in any order: a conclusion seen before its convening leaves no access, and a late request never overwrites the outcome', async () => {
      const { personId, reference } = await identified();
      const formalIdentificationId = randomUUID();
      const requestedAt = new Date().toISOString();
      const members = [
        { agencyId: 'police-sfait-tirana', role: 'formal_id_police' },
        { agencyId: 'rdsss-tirana', role: 'formal_id_social' },
      ];
      await deliver('formal_identification.concluded', { formalIdentificationId, personId, reference, requestedAt, outcome: 'NOT_VICTIM', memberAgencyIds: ['police-sfait-tirana', 'rdsss-tirana'] });
      await deliver('formal_identification.convened', { formalIdentificationId, personId, reference, requestedAt, scheduledAt: requestedAt, members });
      await deliver('formal_identification.requested', { formalIdentificationId, personId, reference, isChild: false, requestedAt, dueAt: requestedAt });
      expect(await statusOf(personId)).toBe('NOT_VICTIM');
      expect(await summaryAs('sfait.tirana', personId)).toBe('FORBIDDEN');

      // A newer request takes over; an older formal identification's late conclusion does not.
      const newer = randomUUID();
      const newerAt = new Date(Date.parse(requestedAt) + 60_000).toISOString();
      await deliver('formal_identification.requested', { formalIdentificationId: newer, personId, reference, isChild: false, requestedAt: newerAt, dueAt: newerAt });
      expect(await statusOf(personId)).toBe('FORMAL_ID_REQUESTED');
      await deliver('formal_identification.concluded', { formalIdentificationId, personId, reference, requestedAt, outcome: 'VICTIM', memberAgencyIds: ['police-sfait-tirana'] });
      expect(await statusOf(personId)).toBe('FORMAL_ID_REQUESTED');
      await deliver('formal_identification.convened', { formalIdentificationId: newer, personId, reference, requestedAt: newerAt, scheduledAt: newerAt, members });
      expect(await summaryAs('rdsss.tirana', personId)).toBe('ALLOWED');
      await deliver('formal_identification.concluded', { formalIdentificationId: newer, personId, reference, requestedAt: newerAt, outcome: 'VICTIM', memberAgencyIds: ['police-sfait-tirana', 'rdsss-tirana'] });
      expect(await statusOf(personId)).toBe('VICTIM');
      expect(await summaryAs('rdsss.tirana', personId)).toBe('FORBIDDEN');
    });
  });
});
