import { randomUUID } from 'node:crypto';
import type { SubgraphUnderTest } from '@nrm/testing';
import { adultInput, startIdentification } from './identification-harness';

// The presumption of childhood (docs/domain.md, "Age and the presumption of childhood") and the RA's age verification,
// against real PostgreSQL with the demo users' signed tokens.
const SUBMIT = `mutation Submit($input: SubmitInitialIdentificationInput!) {
  submitInitialIdentification(input: $input) { id status screening { meetsThreshold missingGroups } person { id reference } }
}`;
const SUMMARY = `query Person($id: ID!) { person(id: $id) { id summary { isChild presumedChild ageVerified ageBasis ageBand } } }`;
const VERIFY = `mutation Verify($input: RecordAgeVerificationInput!) {
  recordAgeVerification(input: $input) { id personId outcome method verifiedAt recordedBy recordedByAgencyId person { summary { isChild presumedChild ageVerified } } }
}`;
const VERIFICATIONS = `query V($personId: ID!) { ageVerifications(personId: $personId) { outcome method } }`;

interface Summary {
  isChild: boolean;
  presumedChild: boolean;
  ageVerified: boolean;
  ageBasis: string;
  ageBand: string;
}

// Act and purpose without means: a child meets the threshold, an adult does not.
const ACT_AND_PURPOSE = ['A01_RECRUITMENT_DECEPTIVE_OFFER', 'C02_FORCED_LABOUR_SERVICES'];

describe('age basis, presumption of childhood and age verification (real PostgreSQL, signed tokens)', () => {
  let subgraph: SubgraphUnderTest;

  beforeAll(async () => {
    subgraph = await startIdentification();
  }, 90_000);

  afterAll(async () => {
    await subgraph?.close();
  });

  async function submit(person: Record<string, unknown>, overrides: Record<string, unknown> = {}) {
    const base = adultInput();
    const result = await subgraph.graphql<{
      submitInitialIdentification: { id: string; status: string; screening: { meetsThreshold: boolean }; person: { id: string; reference: string } };
    }>(SUBMIT, { input: { ...base, person: { sex: 'FEMALE', citizenship: ['AL'], ...person }, ...overrides } }, await subgraph.tokenFor('police.tirana'));
    expect(result.errors).toBeUndefined();
    return result.data!.submitInitialIdentification;
  }

  async function summaryOf(personId: string, username = 'ra.officer'): Promise<Summary> {
    const result = await subgraph.graphql<{ person: { summary: Summary } }>(SUMMARY, { id: personId }, await subgraph.tokenFor(username));
    expect(result.errors).toBeUndefined();
    return result.data!.person.summary;
  }

  const verifyInput = (personId: string, overrides: Record<string, unknown> = {}) => ({
    personId,
    outcome: 'ADULT',
    method: 'IDENTITY_DOCUMENT',
    verifiedAt: new Date(Date.now() - 3600_000).toISOString(),
    ...overrides,
  });

  describe('the age basis of a submission', () => {
    it('takes a date of birth without a basis as STATED: an adult, not verified', async () => {
      const record = await submit({ dateOfBirth: '1990-05-01' });
      expect(await summaryOf(record.person.id)).toMatchObject({ isChild: false, presumedChild: false, ageVerified: false, ageBasis: 'STATED' });
    });

    it('takes a documented adult date of birth as verified', async () => {
      const record = await submit({ dateOfBirth: '1990-05-01', ageBasis: 'DOCUMENTED' });
      expect(await summaryOf(record.person.id)).toMatchObject({ isChild: false, ageVerified: true, ageBasis: 'DOCUMENTED' });
    });

    it('presumes a child on an estimate of 19, screens with the child rule and mandates the child protection unit', async () => {
      const record = await submit({ estimatedAge: 19 }, { indicatorCodes: ACT_AND_PURPOSE });
      expect(record.screening.meetsThreshold).toBe(true);
      expect(record.status).toBe('PRESUMED');
      expect(await summaryOf(record.person.id)).toMatchObject({ isChild: true, presumedChild: true, ageBasis: 'ESTIMATED', ageBand: 'AGE_18_20' });
      const [event] = await subgraph.dataSource.query(`SELECT payload FROM identification.outbox_event WHERE aggregate_id = $1`, [record.id]);
      expect(event.payload).toMatchObject({ isChild: true, childProtectionUnit: { agencyId: 'cpu-tirana', ofRegion: true } });
      // The unit of the area sees the presumed child, as for any child.
      expect((await summaryOf(record.person.id, 'cpw.tirana')).isChild).toBe(true);
    });

    it('takes an estimate of 21 as an adult: act and purpose alone do not meet the adult threshold', async () => {
      const record = await submit({ estimatedAge: 21 }, { indicatorCodes: ACT_AND_PURPOSE });
      expect(record.screening.meetsThreshold).toBe(false);
      expect(await summaryOf(record.person.id)).toMatchObject({ isChild: false, presumedChild: false });
    });

    it('presumes a child whose stated adult age is disputed', async () => {
      const record = await submit({ dateOfBirth: '1995-01-01', ageBasis: 'DISPUTED' });
      expect(await summaryOf(record.person.id)).toMatchObject({ isChild: true, presumedChild: true, ageBasis: 'DISPUTED' });
    });

    it('presumes a child with no age at all', async () => {
      const record = await submit({});
      expect(await summaryOf(record.person.id)).toMatchObject({ isChild: true, presumedChild: true, ageBasis: 'UNKNOWN' });
    });

    it('refuses UNKNOWN or a made-up basis as BAD_USER_INPUT naming the field', async () => {
      for (const ageBasis of ['UNKNOWN', 'GUESSED']) {
        const result = await subgraph.graphql(SUBMIT, { input: { ...adultInput(), person: { sex: 'FEMALE', citizenship: ['AL'], ageBasis } } }, await subgraph.tokenFor('police.tirana'));
        expect(result.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
      }
    });
  });

  describe('recordAgeVerification', () => {
    it('moves a presumed child to the adult pathway at once, audited, with one event for the unit of the area', async () => {
      const record = await submit({ estimatedAge: 19 });
      const result = await subgraph.graphql<{
        recordAgeVerification: { id: string; outcome: string; recordedByAgencyId: string; person: { summary: Summary } };
      }>(VERIFY, { input: verifyInput(record.person.id) }, await subgraph.tokenFor('ra.officer'));
      expect(result.errors).toBeUndefined();
      const verification = result.data!.recordAgeVerification;
      expect(verification).toMatchObject({ outcome: 'ADULT', recordedByAgencyId: 'responsible-authority' });
      expect(verification.person.summary).toEqual({ isChild: false, presumedChild: false, ageVerified: true });
      // Read-your-writes: the RA's very next read shows the adult pathway.
      expect(await summaryOf(record.person.id)).toMatchObject({ isChild: false, presumedChild: false, ageVerified: true });

      const events = await subgraph.dataSource.query(
        `SELECT payload FROM identification.outbox_event WHERE type = 'identification.age-verified' AND aggregate_id = $1`,
        [record.person.id],
      );
      expect(events).toHaveLength(1);
      expect(events[0].payload).toEqual({
        verificationId: verification.id,
        personId: record.person.id,
        reference: record.person.reference,
        outcome: 'ADULT',
        isChild: false,
        region: 'TIRANA',
        childProtectionUnit: { agencyId: 'cpu-tirana', ofRegion: true },
      });
      const audit = await subgraph.dataSource.query(
        `SELECT actor_username, action, basis, purpose, permission_id FROM identification.audit_entry WHERE person_id = $1 AND purpose = 'AGE_VERIFICATION'`,
        [record.person.id],
      );
      expect(audit).toEqual([{ actor_username: 'ra.officer', action: 'WRITE', basis: 'LEGAL_MANDATE', purpose: 'AGE_VERIFICATION', permission_id: verification.id }]);
      // The unit's mandate was for a child: a verified adult's record is closed to it.
      const cpu = await subgraph.graphql(SUMMARY, { id: record.person.id }, await subgraph.tokenFor('cpw.tirana'));
      expect(cpu.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    });

    it('keeps a verified child on the child pathway and mandates the unit for one stated as adult', async () => {
      const record = await submit({ dateOfBirth: '1999-01-01' });
      expect((await summaryOf(record.person.id)).isChild).toBe(false);
      const result = await subgraph.graphql(
        VERIFY,
        { input: verifyInput(record.person.id, { outcome: 'CHILD', method: 'CIVIL_REGISTRY', dateOfBirth: '2010-02-03' }) },
        await subgraph.tokenFor('ra.head'),
      );
      expect(result.errors).toBeUndefined();
      expect(await summaryOf(record.person.id)).toMatchObject({ isChild: true, presumedChild: false, ageVerified: true, ageBand: 'AGE_9_17' });
      expect((await summaryOf(record.person.id, 'cpw.tirana')).isChild).toBe(true);
    });

    it.each(['police.tirana', 'cpw.tirana', 'cm.shelter-a', 'psy.shelter-a', 'sfait.tirana', 'coordinator', 'auditor', 'admin'])(
      'refuses %s: the RA alone verifies an age',
      async (username) => {
        const record = await submit({ estimatedAge: 19 });
        const result = await subgraph.graphql(VERIFY, { input: verifyInput(record.person.id) }, await subgraph.tokenFor(username));
        expect(result.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
        expect((await summaryOf(record.person.id)).isChild).toBe(true);
      },
    );

    it('answers NOT_FOUND for an id that names no person, and BAD_USER_INPUT for one that is no id', async () => {
      const token = await subgraph.tokenFor('ra.officer');
      const unknown = await subgraph.graphql(VERIFY, { input: verifyInput(randomUUID()) }, token);
      expect(unknown.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
      const forged = await subgraph.graphql(VERIFY, { input: verifyInput("' OR 1=1 --") }, token);
      expect(forged.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    });

    it('refuses a verification dated in the future, and a date of birth that contradicts the outcome', async () => {
      const record = await submit({ estimatedAge: 19 });
      const token = await subgraph.tokenFor('ra.officer');
      const future = await subgraph.graphql(VERIFY, { input: verifyInput(record.person.id, { verifiedAt: new Date(Date.now() + 86_400_000).toISOString() }) }, token);
      expect(future.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['input.verifiedAt'] });
      const contradiction = await subgraph.graphql(VERIFY, { input: verifyInput(record.person.id, { dateOfBirth: '2012-01-01' }) }, token);
      expect(contradiction.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['input.dateOfBirth'] });
      const method = await subgraph.graphql(VERIFY, { input: verifyInput(record.person.id, { method: 'GUESSWORK' }) }, token);
      expect(method.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
      expect((await summaryOf(record.person.id)).isChild).toBe(true);
    });

    it('keeps no date of birth of a person recorded without consent to the interview', async () => {
      const record = await submit({ estimatedAge: 19 }, { interview: { consentToInterview: false } });
      const result = await subgraph.graphql(
        VERIFY,
        { input: verifyInput(record.person.id, { dateOfBirth: '1990-01-01' }) },
        await subgraph.tokenFor('ra.officer'),
      );
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', fields: ['input.dateOfBirth'] });
      const [row] = await subgraph.dataSource.query(`SELECT date_of_birth FROM identification.person WHERE id = $1`, [record.person.id]);
      expect(row.date_of_birth).toBeNull();
    });

    it('lists the verifications to the RA and to the recording agency, not to an unlinked agency', async () => {
      const record = await submit({ estimatedAge: 19 });
      await subgraph.graphql(VERIFY, { input: verifyInput(record.person.id) }, await subgraph.tokenFor('ra.officer'));
      const ra = await subgraph.graphql<{ ageVerifications: unknown[] }>(VERIFICATIONS, { personId: record.person.id }, await subgraph.tokenFor('ra.officer'));
      expect(ra.data!.ageVerifications).toEqual([{ outcome: 'ADULT', method: 'IDENTITY_DOCUMENT' }]);
      const own = await subgraph.graphql<{ ageVerifications: unknown[] }>(VERIFICATIONS, { personId: record.person.id }, await subgraph.tokenFor('police.tirana'));
      expect(own.errors).toBeUndefined();
      const other = await subgraph.graphql(VERIFICATIONS, { personId: record.person.id }, await subgraph.tokenFor('border.kakavije'));
      expect(other.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    });

    describe('clientRequestId (a retry after a lost answer)', () => {
      async function counts(personId: string): Promise<{ verifications: number; events: number; audits: number }> {
        const [row] = await subgraph.dataSource.query(
          `SELECT (SELECT count(*)::int FROM identification.age_verification WHERE person_id = $1) AS verifications,
                  (SELECT count(*)::int FROM identification.outbox_event WHERE type = 'identification.age-verified' AND aggregate_id = $1) AS events,
                  (SELECT count(*)::int FROM identification.audit_entry WHERE person_id = $1 AND purpose = 'AGE_VERIFICATION') AS audits`,
          [personId],
        );
        return row;
      }

      it('answers the same verification to the same input again: one row, one event, one audit entry, whoever of the RA retries', async () => {
        const record = await submit({ estimatedAge: 19 });
        const input = verifyInput(record.person.id, { clientRequestId: `age-${randomUUID()}` });
        const first = await subgraph.graphql<{ recordAgeVerification: { id: string } }>(VERIFY, { input }, await subgraph.tokenFor('ra.officer'));
        expect(first.errors).toBeUndefined();
        // The same human retrying with the id upper-cased is the same person.
        const retry = await subgraph.graphql<{ recordAgeVerification: { id: string } }>(
          VERIFY,
          { input: { ...input, personId: record.person.id.toUpperCase() } },
          await subgraph.tokenFor('ra.head'),
        );
        expect(retry.errors).toBeUndefined();
        expect(retry.data!.recordAgeVerification.id).toBe(first.data!.recordAgeVerification.id);
        expect(await counts(record.person.id)).toEqual({ verifications: 1, events: 1, audits: 1 });
      });

      it('records concurrent retries once', async () => {
        const record = await submit({ estimatedAge: 19 });
        const input = verifyInput(record.person.id, { clientRequestId: `age-${randomUUID()}` });
        const token = await subgraph.tokenFor('ra.officer');
        const results = await Promise.all([0, 1, 2].map(() => subgraph.graphql<{ recordAgeVerification: { id: string } }>(VERIFY, { input }, token)));
        for (const result of results) expect(result.errors).toBeUndefined();
        expect(new Set(results.map((result) => result.data!.recordAgeVerification.id)).size).toBe(1);
        expect(await counts(record.person.id)).toEqual({ verifications: 1, events: 1, audits: 1 });
      });

      it('refuses the same id with another input as CONFLICT naming input.clientRequestId, writing nothing', async () => {
        const record = await submit({ estimatedAge: 19 });
        const other = await submit({ estimatedAge: 19 });
        const clientRequestId = `age-${randomUUID()}`;
        const token = await subgraph.tokenFor('ra.officer');
        const input = verifyInput(record.person.id, { clientRequestId });
        expect((await subgraph.graphql(VERIFY, { input }, token)).errors).toBeUndefined();
        for (const changed of [
          { ...input, outcome: 'CHILD' },
          { ...input, method: 'CIVIL_REGISTRY' },
          { ...input, verifiedAt: new Date(Date.now() - 7200_000).toISOString() },
          { ...input, dateOfBirth: '1990-01-01' },
          { ...input, personId: other.person.id },
        ]) {
          const result = await subgraph.graphql(VERIFY, { input: changed }, token);
          expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', fields: ['input.clientRequestId'] });
          expect(result.errors?.[0]?.message).not.toContain(record.person.id);
        }
        expect(await counts(record.person.id)).toEqual({ verifications: 1, events: 1, audits: 1 });
        expect(await counts(other.person.id)).toEqual({ verifications: 0, events: 0, audits: 0 });
        expect(await summaryOf(record.person.id)).toMatchObject({ isChild: false, ageVerified: true });
      });

      it('records two verifications without an id, or with two ids, as before', async () => {
        const record = await submit({ estimatedAge: 19 });
        const token = await subgraph.tokenFor('ra.officer');
        const input = verifyInput(record.person.id);
        expect((await subgraph.graphql(VERIFY, { input }, token)).errors).toBeUndefined();
        expect((await subgraph.graphql(VERIFY, { input }, token)).errors).toBeUndefined();
        expect((await subgraph.graphql(VERIFY, { input: { ...input, clientRequestId: `age-${randomUUID()}` } }, token)).errors).toBeUndefined();
        expect((await subgraph.graphql(VERIFY, { input: { ...input, clientRequestId: `age-${randomUUID()}` } }, token)).errors).toBeUndefined();
        expect(await counts(record.person.id)).toEqual({ verifications: 4, events: 4, audits: 4 });
      });

      it('refuses a malformed id as BAD_USER_INPUT naming input.clientRequestId, and no other role may use one', async () => {
        const record = await submit({ estimatedAge: 19 });
        const token = await subgraph.tokenFor('ra.officer');
        for (const clientRequestId of ['short', 'x'.repeat(101), "age' OR 1=1 --", 'age\u0000nul-byte']) {
          const result = await subgraph.graphql(VERIFY, { input: verifyInput(record.person.id, { clientRequestId }) }, token);
          expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['input.clientRequestId'] });
        }
        const clientRequestId = `age-${randomUUID()}`;
        expect((await subgraph.graphql(VERIFY, { input: verifyInput(record.person.id, { clientRequestId }) }, token)).errors).toBeUndefined();
        // A replay by a role that may not verify is refused before anything is looked up.
        const replay = await subgraph.graphql(VERIFY, { input: verifyInput(record.person.id, { clientRequestId }) }, await subgraph.tokenFor('police.tirana'));
        expect(replay.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
        expect(JSON.stringify(replay.data ?? null)).not.toContain(record.person.id);
      });
    });
  });
});
