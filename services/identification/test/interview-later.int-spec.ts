import { randomUUID } from 'node:crypto';
import type { SubgraphUnderTest } from '@nrm/testing';
import { adultInput, startIdentification } from './identification-harness';

// An interview held after the submission (docs/domain.md, "An interview later"): the first interview of a person who
// declined it at first, and the continuation of one suspended for distress.
const SUBMIT = `mutation Submit($input: SubmitInitialIdentificationInput!) {
  submitInitialIdentification(input: $input) { id status person { id reference } }
}`;
const RECORD = `mutation Record($input: RecordInitialInterviewInput!) {
  recordInitialInterview(input: $input) { id status interviewConsented screening { meetsThreshold } interview { consentToInterview language sessions { kind recordedByAgencyId } } }
}`;
const RESUME = `mutation Resume($input: ResumeInterviewInput!) {
  resumeInterview(input: $input) { id status screening { meetsThreshold missingGroups } interview { suspendedForDistress sessions { kind recordedByAgencyId suspendedForDistress } } }
}`;
const PERSON = `query Person($id: ID!) { person(id: $id) { summary { isChild presumedChild identificationStatus } identity { givenName familyName estimatedAge } } }`;
const FACTS = (personId: string) => `/internal/access-facts/${personId}`;

const ACT = 'A01_RECRUITMENT_DECEPTIVE_OFFER';
const MEANS = 'B01_THREAT_TO_PERSON';
const PURPOSE = 'C02_FORCED_LABOUR_SERVICES';

describe('interviews held after the submission (real PostgreSQL, signed tokens)', () => {
  let subgraph: SubgraphUnderTest;

  beforeAll(async () => {
    subgraph = await startIdentification();
  }, 90_000);

  afterAll(async () => {
    await subgraph?.close();
  });

  async function submit(overrides: Record<string, unknown>, username = 'police.tirana') {
    const result = await subgraph.graphql<{ submitInitialIdentification: { id: string; status: string; person: { id: string; reference: string } } }>(
      SUBMIT,
      { input: adultInput(overrides) },
      await subgraph.tokenFor(username),
    );
    expect(result.errors).toBeUndefined();
    return result.data!.submitInitialIdentification;
  }

  const declined = () => submit({ interview: { consentToInterview: false } });
  const suspended = () =>
    submit({ indicatorCodes: [ACT, PURPOSE], interview: { consentToInterview: true, language: 'sq', suspendedForDistress: true } });

  const recordInput = (identificationId: string, overrides: Record<string, unknown> = {}) => ({
    identificationId,
    interview: { consentToInterview: true, language: 'en', interpreterUsed: true, privateSetting: true },
    person: { givenName: 'Later', familyName: 'Agreed', estimatedAge: 30, languages: ['en'] },
    indicatorCodes: [ACT, MEANS, PURPOSE],
    exploitationTypes: ['FORCED_LABOUR'],
    ...overrides,
  });

  describe('recordInitialInterview', () => {
    it('records the interview, the consent and the identity for the recording agency, audited, with one event', async () => {
      const identification = await declined();
      const facts = await subgraph.get<{ interviewConsent: boolean }>(FACTS(identification.person.id), await subgraph.tokenFor('ra.officer'));
      expect(facts.body.interviewConsent).toBe(false);

      const result = await subgraph.graphql<{ recordInitialInterview: Record<string, unknown> }>(
        RECORD,
        { input: recordInput(identification.id) },
        await subgraph.tokenFor('police.tirana'),
      );
      expect(result.errors).toBeUndefined();
      expect(result.data!.recordInitialInterview).toMatchObject({
        status: 'PRESUMED',
        interviewConsented: true,
        screening: { meetsThreshold: true },
        interview: { consentToInterview: true, language: 'en', sessions: [{ kind: 'INITIAL', recordedByAgencyId: 'police-tirana' }] },
      });
      const person = await subgraph.graphql<{ person: { identity: Record<string, unknown> } }>(PERSON, { id: identification.person.id }, await subgraph.tokenFor('police.tirana'));
      expect(person.data!.person.identity).toMatchObject({ givenName: 'Later', familyName: 'Agreed', estimatedAge: 30 });
      // Read-your-writes for the referral service: identification's facts say the person may now be referred.
      const after = await subgraph.get<{ interviewConsent: boolean; isChild: boolean }>(FACTS(identification.person.id), await subgraph.tokenFor('ra.officer'));
      expect(after.body).toMatchObject({ interviewConsent: true, isChild: false });

      const events = await subgraph.dataSource.query(
        `SELECT payload FROM identification.outbox_event WHERE type = 'identification.interview-recorded' AND aggregate_id = $1`,
        [identification.id],
      );
      expect(events).toHaveLength(1);
      expect(events[0].payload).toEqual({
        identificationId: identification.id,
        personId: identification.person.id,
        reference: identification.person.reference,
        recordingAgencyId: 'police-tirana',
        isChild: false,
        region: 'TIRANA',
        childProtectionUnit: null,
        // The statistics, complete now (docs/statistics.md): the account the interview gave, codes only.
        statistics: {
          identifiedAt: expect.any(String),
          sex: 'FEMALE',
          ageGroup: 'ADULT',
          ageBand: 'AGE_30_38',
          citizenshipGroup: 'NATIONAL',
          citizenshipCountry: 'AL',
          exploitationTypes: ['FORCED_LABOUR'],
          agencyType: 'STATE_POLICE',
          region: 'TIRANA',
          placeOfExploitation: null,
          status: 'PRESUMED',
          entryRoute: 'FIRST_RESPONDER',
          venue: 'INLAND',
          meansOfControl: [],
          recruiterRelations: [],
          countriesOfExploitation: [],
          childAtExploitation: null,
        },
      });
      const [submitted] = await subgraph.dataSource.query(
        `SELECT payload FROM identification.outbox_event WHERE type = 'identification.submitted' AND aggregate_id = $1`,
        [identification.id],
      );
      // Counted in the period of the submission, which first counted the person without the account.
      expect(events[0].payload.statistics.identifiedAt).toBe(submitted.payload.statistics.identifiedAt);
      expect(submitted.payload.statistics).toMatchObject({ exploitationTypes: [], status: 'PRESUMED', ageGroup: 'ADULT' });
      const audit = await subgraph.dataSource.query(
        `SELECT actor_username, action, basis, categories FROM identification.audit_entry WHERE person_id = $1 AND purpose = 'INITIAL_INTERVIEW'`,
        [identification.person.id],
      );
      expect(audit).toEqual([{ actor_username: 'police.tirana', action: 'WRITE', basis: 'OWNER', categories: ['IDENTITY', 'TRAFFICKING_EXPERIENCE'] }]);
    });

    it('lets the RA record it, under its mandate, and refuses a second recording as CONFLICT', async () => {
      const identification = await declined();
      const token = await subgraph.tokenFor('ra.officer');
      const first = await subgraph.graphql(RECORD, { input: recordInput(identification.id) }, token);
      expect(first.errors).toBeUndefined();
      const [entry] = await subgraph.dataSource.query(
        `SELECT basis FROM identification.audit_entry WHERE person_id = $1 AND purpose = 'INITIAL_INTERVIEW'`,
        [identification.person.id],
      );
      expect(entry.basis).toBe('LEGAL_MANDATE');
      // The identifying agency is still the first responder's, whose type the directory gives.
      const [event] = await subgraph.dataSource.query(
        `SELECT payload FROM identification.outbox_event WHERE type = 'identification.interview-recorded' AND aggregate_id = $1`,
        [identification.id],
      );
      expect(event.payload.statistics).toMatchObject({ agencyType: 'STATE_POLICE', ageGroup: 'ADULT' });
      const replay = await subgraph.graphql(RECORD, { input: recordInput(identification.id) }, token);
      expect(replay.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
    });

    it('presumes a child whose later interview gives an estimate of 19, and tells the unit of the area', async () => {
      const identification = await declined();
      const result = await subgraph.graphql(
        RECORD,
        { input: recordInput(identification.id, { person: { estimatedAge: 19 } }) },
        await subgraph.tokenFor('police.tirana'),
      );
      expect(result.errors).toBeUndefined();
      const [event] = await subgraph.dataSource.query(
        `SELECT payload FROM identification.outbox_event WHERE type = 'identification.interview-recorded' AND aggregate_id = $1`,
        [identification.id],
      );
      expect(event.payload).toMatchObject({ isChild: true, childProtectionUnit: { agencyId: 'cpu-tirana', ofRegion: true } });
      // A presumed child by an estimate is counted a child; nothing says the exploitation came before 18.
      expect(event.payload.statistics).toMatchObject({ ageGroup: 'CHILD', ageBand: 'AGE_18_20', childAtExploitation: null });
      const cpu = await subgraph.graphql<{ person: { summary: { presumedChild: boolean } } }>(PERSON, { id: identification.person.id }, await subgraph.tokenFor('cpw.tirana'));
      expect(cpu.data!.person.summary.presumedChild).toBe(true);
    });

    it('refuses another agency exactly as an unknown identification, and records nothing', async () => {
      const identification = await declined();
      const token = await subgraph.tokenFor('border.kakavije');
      const other = await subgraph.graphql(RECORD, { input: recordInput(identification.id) }, token);
      const unknown = await subgraph.graphql(RECORD, { input: recordInput(randomUUID()) }, token);
      expect(other.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
      expect(other.errors?.[0]?.message).toBe(unknown.errors?.[0]?.message);
      const [row] = await subgraph.dataSource.query(`SELECT anonymous, given_name FROM identification.person WHERE id = $1`, [identification.person.id]);
      expect(row).toEqual({ anonymous: true, given_name: null });
    });

    it.each(['cpw.tirana', 'cm.shelter-a', 'sfait.tirana', 'rdsss.tirana', 'coordinator', 'auditor', 'admin'])('refuses %s by role', async (username) => {
      const identification = await declined();
      const result = await subgraph.graphql(RECORD, { input: recordInput(identification.id) }, await subgraph.tokenFor(username));
      expect(result.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    });

    it('refuses an interview without consent, and indicator codes the catalog does not know, naming the field', async () => {
      const identification = await declined();
      const token = await subgraph.tokenFor('police.tirana');
      const noConsent = await subgraph.graphql(RECORD, { input: recordInput(identification.id, { interview: { consentToInterview: false } }) }, token);
      expect(noConsent.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['input.interview.consentToInterview'] });
      const forged = await subgraph.graphql(RECORD, { input: recordInput(identification.id, { indicatorCodes: ["'; DROP TABLE person; --"] }) }, token);
      expect(forged.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['input.indicatorCodes.0'] });
    });
  });

  describe('resumeInterview', () => {
    it('continues an interview suspended for distress, keeps the history and upgrades the screening', async () => {
      const identification = await suspended();
      expect(identification.status).toBe('AT_RISK');
      const token = await subgraph.tokenFor('police.tirana');
      const result = await subgraph.graphql<{ resumeInterview: Record<string, unknown> }>(
        RESUME,
        { input: { identificationId: identification.id, interview: { consentToInterview: true, language: 'sq', suspendedForDistress: true }, indicatorCodes: [MEANS] } },
        token,
      );
      expect(result.errors).toBeUndefined();
      expect(result.data!.resumeInterview).toMatchObject({
        status: 'PRESUMED',
        screening: { meetsThreshold: true, missingGroups: [] },
        interview: { suspendedForDistress: true, sessions: [{ kind: 'CONTINUATION', recordedByAgencyId: 'police-tirana', suspendedForDistress: true }] },
      });
      // Suspended again, it can be continued again; the history grows.
      const again = await subgraph.graphql<{ resumeInterview: { interview: { suspendedForDistress: boolean; sessions: unknown[] } } }>(
        RESUME,
        { input: { identificationId: identification.id, interview: { consentToInterview: true } } },
        token,
      );
      expect(again.data!.resumeInterview.interview.suspendedForDistress).toBe(false);
      expect(again.data!.resumeInterview.interview.sessions).toHaveLength(2);
      const person = await subgraph.graphql<{ person: { summary: { identificationStatus: string } } }>(PERSON, { id: identification.person.id }, await subgraph.tokenFor('ra.officer'));
      expect(person.data!.person.summary.identificationStatus).toBe('PRESUMED');
    });

    it('refuses to continue an interview that is not suspended', async () => {
      const identification = await submit({});
      const result = await subgraph.graphql(
        RESUME,
        { input: { identificationId: identification.id, interview: { consentToInterview: true } } },
        await subgraph.tokenFor('police.tirana'),
      );
      expect(result.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
    });

    it('refuses another agency, even another first responder, and the RA', async () => {
      const identification = await suspended();
      for (const username of ['border.kakavije', 'ngo.outreach', 'ra.officer', 'cpw.tirana']) {
        const result = await subgraph.graphql(
          RESUME,
          { input: { identificationId: identification.id, interview: { consentToInterview: true } } },
          await subgraph.tokenFor(username),
        );
        expect(result.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
      }
      const sessions = await subgraph.dataSource.query(`SELECT 1 FROM identification.interview_session WHERE identification_id = $1`, [identification.id]);
      expect(sessions).toHaveLength(0);
    });
  });
});
