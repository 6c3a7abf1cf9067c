import { randomUUID } from 'node:crypto';
import { PERSON_EXPORT_SOURCE, type PersonExportSource } from '@nrm/service-kit';
import { raHeadPrincipal, startSubgraph, type SubgraphUnderTest } from '@nrm/testing';
import { formalIdentificationDefinition } from '../src/service-definition';

jest.setTimeout(60_000);

const LIST = `query List($personId: ID!) { formalIdentifications(personId: $personId) { id personId status requestedAt outcome } }`;

function subjectOf(token: string): string {
  const [, payload] = token.split('.');
  return (JSON.parse(Buffer.from(payload ?? '', 'base64url').toString('utf8')) as { sub: string }).sub;
}

describe('formal-identification subgraph', () => {
  let subgraph: SubgraphUnderTest;

  beforeAll(async () => {
    subgraph = await startSubgraph(formalIdentificationDefinition);
  });

  afterAll(async () => {
    await subgraph?.close();
  });

  // Rows written as fixtures: the workflow itself is formal-identification-workflow.int-spec.ts's.
  // At most one open formal identification per person: an earlier one is written concluded.
  async function record(personId: string, members: { police?: string; social?: string } = {}, concluded = false): Promise<string> {
    const id = randomUUID();
    await subgraph.dataSource.query(
      `INSERT INTO formal_identification.formal_identification
         (id, person_id, status, requested_by_agency_id, requested_by, police_member_id, social_member_id, outcome, concluded_at)
       VALUES ($1, $2, $5, 'responsible-authority', 'ra-user', $3, $4, $6, $7)`,
      [id, personId, members.police ?? null, members.social ?? null, concluded ? 'CONCLUDED' : 'REQUESTED', concluded ? 'NOT_VICTIM' : null, concluded ? new Date() : null],
    );
    return id;
  }

  it('is empty for a person without a formal identification', async () => {
    const result = await subgraph.graphql(LIST, { personId: randomUUID() }, await subgraph.tokenFor('ra.officer'));
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ formalIdentifications: [] });
  });

  it('shows the RA every formal identification of the person, and a group member only their own group', async () => {
    const police = await subgraph.tokenFor('sfait.tirana');
    const personId = randomUUID();
    const withPolice = await record(personId, { police: subjectOf(police) });
    const other = await record(personId, {}, true);

    const forRa = await subgraph.graphql<{ formalIdentifications: Array<{ id: string }> }>(LIST, { personId }, await subgraph.tokenFor('ra.head'));
    expect(forRa.data?.formalIdentifications.map((item) => item.id).sort()).toEqual([withPolice, other].sort());
    const forPolice = await subgraph.graphql<{ formalIdentifications: Array<{ id: string; status: string }> }>(LIST, { personId }, police);
    expect(forPolice.data?.formalIdentifications).toEqual([expect.objectContaining({ id: withPolice, status: 'REQUESTED' })]);
    const forSocial = await subgraph.graphql<{ formalIdentifications: unknown[] }>(LIST, { personId }, await subgraph.tokenFor('rdsss.tirana'));
    expect(forSocial.data?.formalIdentifications).toEqual([]);
  });

  it("lists a member's own groups (myFormalIdentifications) and answers one by id: the RA any, a member only their own, another group like an unknown id", async () => {
    const police = await subgraph.tokenFor('sfait.tirana');
    const social = await subgraph.tokenFor('rdsss.tirana');
    const personId = randomUUID();
    const theirs = await record(personId, { police: subjectOf(police), social: subjectOf(social) });
    const elsewhere = await record(randomUUID());

    const mine = await subgraph.graphql<{ myFormalIdentifications: Array<{ id: string }> }>(`{ myFormalIdentifications { id } }`, {}, police);
    expect(mine.data?.myFormalIdentifications.map((item) => item.id)).toContain(theirs);
    expect(mine.data?.myFormalIdentifications.map((item) => item.id)).not.toContain(elsewhere);
    const forWorker = await subgraph.graphql<{ myFormalIdentifications: Array<{ id: string }> }>(`{ myFormalIdentifications { id } }`, {}, await subgraph.tokenFor('cpw.tirana'));
    expect(forWorker.data?.myFormalIdentifications.map((item) => item.id)).not.toContain(theirs);

    const ONE = `query One($id: ID!) { formalIdentification(id: $id) { id personId status } }`;
    expect((await subgraph.graphql(ONE, { id: theirs }, social)).data).toEqual({ formalIdentification: { id: theirs, personId, status: 'REQUESTED' } });
    expect((await subgraph.graphql(ONE, { id: elsewhere }, await subgraph.tokenFor('ra.officer'))).errors).toBeUndefined();
    for (const [token, id] of [[await subgraph.tokenFor('cpw.tirana'), theirs], [police, elsewhere], [police, randomUUID()]] as const) {
      expect((await subgraph.graphql(ONE, { id }, token)).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    }
    expect((await subgraph.graphql(ONE, { id: randomUUID() }, await subgraph.tokenFor('ra.head'))).errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    expect((await subgraph.graphql(`{ myFormalIdentifications { id } }`, {}, await subgraph.tokenFor('ra.officer'))).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });

  it('refuses roles outside the formal identification work', async () => {
    for (const username of ['cm.shelter-a', 'police.tirana', 'coordinator']) {
      const result = await subgraph.graphql(LIST, { personId: randomUUID() }, await subgraph.tokenFor(username));
      expect(result.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    }
  });

  it('rejects a malformed person id naming the argument', async () => {
    const result = await subgraph.graphql(LIST, { personId: 'NRM-2026-000001' }, await subgraph.tokenFor('ra.officer'));
    expect(result.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: ['personId'] });
  });

  describe('GET /internal/person-export/:personId (its part of the subject access export)', () => {
    it('is refused without a token (401), to every role but the ra_head (403), the formal identification group included, and to the ra_head without an export request of identification (403)', async () => {
      const path = `/internal/person-export/${randomUUID()}`;
      const anonymous = await subgraph.get(path);
      expect([anonymous.status, anonymous.body]).toEqual([401, { code: 'UNAUTHENTICATED' }]);
      for (const username of ['ra.officer', 'sfait.tirana', 'rdsss.tirana', 'cm.shelter-a', 'auditor']) {
        const result = await subgraph.get(path, await subgraph.tokenFor(username));
        expect([username, result.status, result.body]).toEqual([username, 403, { code: 'FORBIDDEN' }]);
      }
      for (const url of [path, `${path}?exportRequest=not-an-id`]) {
        const result = await subgraph.get(url, await subgraph.tokenFor('ra.head'));
        expect([url, result.status, result.body]).toEqual([url, 403, { code: 'FORBIDDEN' }]);
      }
    });

    it("answers the person's formal identifications without the requester's and the group members' accounts", async () => {
      const police = await subgraph.tokenFor('sfait.tirana');
      const personId = randomUUID();
      const id = await record(personId, { police: subjectOf(police) });
      await record(randomUUID());
      // As the part answers once identification released it (the callback is covered in identification's person-rights spec).
      // A role outside the group's work asked first: a DENIED entry about the person in this service's chain.
      const refused = await subgraph.graphql(LIST, { personId }, await subgraph.tokenFor('police.tirana'));
      expect(refused.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      const requestId = randomUUID();
      const body = await subgraph.app
        .get<PersonExportSource>(PERSON_EXPORT_SOURCE)
        .export({ personId, reference: 'NRM-2026-000001', subjectAccessRequestId: requestId, principal: raHeadPrincipal() });
      const result = { body, text: JSON.stringify(body) };
      expect(result.body).toEqual({
        service: 'formal-identification',
        personId,
        data: {
          formalIdentifications: [expect.objectContaining({ id, person_id: personId, status: 'REQUESTED', requested_by_agency_id: 'responsible-authority' })],
          criminalReports: [],
          reflectionPeriods: [],
          residencePermits: [],
          auditTrail: [expect.objectContaining({ actor_agency_id: 'police-tirana', action: 'READ', decision: 'DENIED', reason: 'FORBIDDEN' })],
        },
      });
      const disclosures: unknown[] = await subgraph.dataSource.query(
        `SELECT actor_username, purpose, permission_id FROM formal_identification.audit_entry WHERE action = 'SUBJECT_ACCESS_DISCLOSURE' AND person_id = $1`,
        [personId],
      );
      expect(disclosures).toEqual([{ actor_username: 'ra.head', purpose: 'SUBJECT_ACCESS_REQUEST', permission_id: requestId }]);
      for (const key of ['requested_by', 'police_member_id', 'social_member_id']) expect(result.text).not.toContain(`"${key}"`);
      expect(result.text).not.toContain(subjectOf(police));
    });
  });
});
