import { randomUUID } from 'node:crypto';
import type { SubgraphUnderTest } from '@nrm/testing';
import { adultInput, startIdentification } from './identification-harness';

// What the identification subgraph tells a caller who reaches it with bad input or no link to the person: never a
// driver message, never the person's reference, never whether an unlinked person exists or is a child.
const SUBMIT = `mutation Submit($input: SubmitInitialIdentificationInput!) {
  submitInitialIdentification(input: $input) { person { id reference } }
}`;
const PERSON = `query Person($id: ID!) { person(id: $id) { id summary { sex } } }`;
const GRANT = `mutation Grant($input: GrantConsentInput!) { grantConsent(input: $input) { id } }`;
const DRIVER_WORDS = /invalid byte sequence|encoding|UTF8|0x00|violates|relation|column|syntax|QueryFailed|postgres/i;

interface AuditRow {
  actor_username: string;
  action: string;
  decision: string;
  categories: string[];
  reason: string | null;
}

describe('identification entry points (real PostgreSQL, signed tokens)', () => {
  let subgraph: SubgraphUnderTest;

  beforeAll(async () => {
    subgraph = await startIdentification();
  }, 90_000);

  afterAll(async () => {
    await subgraph?.close();
  });

  async function submitPerson(): Promise<{ id: string; reference: string }> {
    const result = await subgraph.graphql<{ submitInitialIdentification: { person: { id: string; reference: string } } }>(
      SUBMIT,
      { input: adultInput() },
      await subgraph.tokenFor('police.tirana'),
    );
    expect(result.errors).toBeUndefined();
    return result.data!.submitInitialIdentification.person;
  }

  async function entriesFor(personId: string): Promise<AuditRow[]> {
    return subgraph.dataSource.query(
      `SELECT actor_username, action, decision, categories, reason FROM identification.audit_entry WHERE person_id = $1 ORDER BY seq`,
      [personId],
    );
  }

  describe('GET /internal/access-facts/:personId', () => {
    it('answers an agency with no link to the person exactly as for an unknown person, and audits the attempt', async () => {
      const person = await submitPerson();
      const token = await subgraph.tokenFor('ngo.outreach');
      const unlinked = await subgraph.get(`/internal/access-facts/${person.id}`, token);
      const unknown = await subgraph.get(`/internal/access-facts/${randomUUID()}`, token);
      expect(unlinked.status).toBe(404);
      expect(unlinked.status).toBe(unknown.status);
      expect(unlinked.text).toBe(unknown.text);
      expect(unlinked.text).not.toMatch(/isChild|reference/);
      expect(await entriesFor(person.id)).toEqual([
        { actor_username: 'ngo.outreach', action: 'READ', decision: 'DENIED', categories: ['SUMMARY'], reason: 'FORBIDDEN' },
      ]);
    });

    it('answers the recording agency and the RA, whose links to the person are facts', async () => {
      const person = await submitPerson();
      const recorder = await subgraph.get<{ recordingAgency: boolean }>(`/internal/access-facts/${person.id}`, await subgraph.tokenFor('police.tirana'));
      expect(recorder.status).toBe(200);
      expect(recorder.body.recordingAgency).toBe(true);
      const ra = await subgraph.get<{ isChild: boolean }>(`/internal/access-facts/${person.id}`, await subgraph.tokenFor('ra.officer'));
      expect(ra.status).toBe(200);
      expect(ra.body.isChild).toBe(false);
    });
  });

  describe('denials', () => {
    it("name neither the person's reference nor id when an unlinked agency reads the person", async () => {
      const person = await submitPerson();
      const result = await subgraph.graphql(PERSON, { id: person.id }, await subgraph.tokenFor('ngo.outreach'));
      expect(result.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      expect(result.text).not.toContain(person.reference);
      expect(result.text).not.toContain(person.id);
    });

    it("name neither the person's reference nor id when an unlinked agency records consent", async () => {
      const person = await submitPerson();
      const result = await subgraph.graphql(
        GRANT,
        { input: { personId: person.id, granteeAgencyId: 'shelter-a', purpose: 'REFERRAL_ASSISTANCE', categories: ['IDENTITY'], givenBy: 'PERSON', evidenceReference: 'CF-2026-0300' } },
        await subgraph.tokenFor('ngo.outreach'),
      );
      expect(result.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      expect(result.text).not.toContain(person.reference);
      expect(result.text).not.toContain(person.id);
    });
  });

  describe('bad input', () => {
    async function submitWith(person: Record<string, unknown>) {
      const input = adultInput();
      return subgraph.graphql(SUBMIT, { input: { ...input, person: { ...(input.person as object), ...person } } }, await subgraph.tokenFor('police.tirana'));
    }

    it('refuses a NUL byte in a name as BAD_USER_INPUT naming the field, with no driver message', async () => {
      const result = await submitWith({ givenName: 'Ar\u0000ta' });
      expect(result.errors).toHaveLength(1);
      expect(result.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', fields: ['input.person.givenName'] } });
      expect(result.errors![0]!.message).not.toMatch(DRIVER_WORDS);
    });

    it('refuses a line break in a name (a one-line field by its DTO) as BAD_USER_INPUT naming the field', async () => {
      const result = await submitWith({ familyName: 'Hoxha\nTirana' });
      expect(result.errors?.map((error) => error.extensions)).toEqual([{ code: 'BAD_USER_INPUT', fields: ['input.person.familyName'] }]);
    });

    it('refuses a 200,000-character name as BAD_USER_INPUT naming the field', async () => {
      const result = await submitWith({ givenName: 'a'.repeat(200_000) });
      expect(result.errors).toHaveLength(1);
      expect(result.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', fields: ['input.person.givenName'] } });
      expect(result.text.length).toBeLessThan(2_000);
    });

    it('refuses a body over the size limit as BAD_USER_INPUT on the body, not as an internal error', async () => {
      const result = await submitWith({ givenName: 'a'.repeat(1_100_000) });
      expect(result.status).toBe(413);
      expect(result.errors).toEqual([{ message: 'The request body is too large', extensions: { code: 'BAD_USER_INPUT', fields: ['body'] } }]);
    });
  });

  describe('correlation ids', () => {
    it('never stores a client correlation id that is not a UUID: a name sent as one is in no audit entry', async () => {
      const person = await submitPerson();
      const smuggled = 'Arta-Hoxha-born-1998-03-02';
      const result = await subgraph.graphql(PERSON, { id: person.id }, await subgraph.tokenFor('ra.officer'), { 'x-correlation-id': smuggled });
      expect(result.errors).toBeUndefined();
      const rows: Array<{ correlation_id: string | null }> = await subgraph.dataSource.query(
        `SELECT correlation_id FROM identification.audit_entry WHERE person_id = $1`,
        [person.id],
      );
      expect(rows).toHaveLength(1);
      expect(rows[0]!.correlation_id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      const anywhere: Array<{ count: number }> = await subgraph.dataSource.query(
        `SELECT count(*)::int AS count FROM identification.audit_entry e WHERE row_to_json(e)::text LIKE '%Hoxha%'`,
      );
      expect(anywhere[0]!.count).toBe(0);
    });

    it("keeps a client's UUID as the correlation id of its audit entry", async () => {
      const person = await submitPerson();
      const correlationId = randomUUID();
      await subgraph.graphql(PERSON, { id: person.id }, await subgraph.tokenFor('ra.officer'), { 'x-correlation-id': correlationId });
      const rows: Array<{ correlation_id: string }> = await subgraph.dataSource.query(
        `SELECT correlation_id FROM identification.audit_entry WHERE person_id = $1`,
        [person.id],
      );
      expect(rows.map((row) => row.correlation_id)).toEqual([correlationId]);
    });
  });
});
