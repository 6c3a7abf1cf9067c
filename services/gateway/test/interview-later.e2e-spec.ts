import { randomUUID } from 'node:crypto';
import { startStack, type GraphQLResponseError, type Stack, waitFor } from '@nrm/testing';

// A person recorded without consent to the interview, interviewed later (docs/domain.md, "An interview later"), and
// a first responder's drafts (docs/api.md, "Drafts"), through the gateway with the demo users' real signed tokens.
const SUBMIT = `mutation Submit($input: SubmitInitialIdentificationInput!) { submitInitialIdentification(input: $input) { id person { id reference } } }`;
const RECORD = `mutation R($input: RecordInitialInterviewInput!) { recordInitialInterview(input: $input) { id interviewConsented } }`;
const RESUME = `mutation S($input: ResumeInterviewInput!) { resumeInterview(input: $input) { id interview { suspendedForDistress sessions { kind } } } }`;
const CREATE_REFERRAL = `mutation C($input: CreateReferralInput!) { createReferral(input: $input) { id status } }`;
const PROVIDERS = `{ serviceProviders { id agencyId } }`;
const MY_NOTIFICATIONS = `{ myNotifications(first: 100) { id kind subjectRef } }`;
const SAVE_DRAFT = `mutation D($input: SaveIdentificationDraftInput!) { saveIdentificationDraft(input: $input) { id clientRequestId } }`;
const DRAFT = `query D($id: ID!) { identificationDraft(id: $id) { id payload } }`;

const submission = (overrides: Record<string, unknown> = {}) => ({
  clientRequestId: `e2e-later-${randomUUID()}`,
  person: { givenName: 'Drita', familyName: 'Latertest', dateOfBirth: '1992-04-04', sex: 'FEMALE', citizenship: ['AL'], languages: ['sq'] },
  venue: 'INLAND',
  region: 'TIRANA',
  indicatorCodes: ['A01_RECRUITMENT_DECEPTIVE_OFFER', 'B15_DEBT_BONDAGE', 'C02_FORCED_LABOUR_SERVICES'],
  exploitationTypes: ['FORCED_LABOUR'],
  interview: { consentToInterview: true, language: 'sq' },
  immediateNeeds: ['SAFE_ACCOMMODATION'],
  ...overrides,
});

const codeOf = (result: { errors?: GraphQLResponseError[] }) => result.errors?.[0]?.extensions?.['code'];

describe('interviews held later, and drafts, through the gateway', () => {
  let stack: Stack;
  let shelterA: string;

  beforeAll(async () => {
    stack = await startStack();
    const providers = await stack.graphql<{ serviceProviders: Array<{ id: string; agencyId: string }> }>(PROVIDERS, {}, await stack.tokenFor('ra.officer'));
    shelterA = providers.data!.serviceProviders.find((provider) => provider.agencyId === 'shelter-a')!.id;
  }, 240_000);

  afterAll(async () => {
    await stack?.stop();
  }, 30_000);

  async function submit(overrides: Record<string, unknown>) {
    const result = await stack.graphql<{ submitInitialIdentification: { id: string; person: { id: string; reference: string } } }>(
      SUBMIT,
      { input: submission(overrides) },
      await stack.tokenFor('police.tirana'),
    );
    expect(result.errors).toBeUndefined();
    return result.data!.submitInitialIdentification;
  }

  const interview = (identificationId: string) => ({
    identificationId,
    interview: { consentToInterview: true, language: 'sq', privateSetting: true },
    person: { givenName: 'Drita', familyName: 'Latertest', dateOfBirth: '1992-04-04', languages: ['sq'] },
    indicatorCodes: ['A01_RECRUITMENT_DECEPTIVE_OFFER', 'B15_DEBT_BONDAGE', 'C02_FORCED_LABOUR_SERVICES'],
    exploitationTypes: ['FORCED_LABOUR'],
  });

  it('refuses to refer a person without consent to the interview, then refers at once after the RA records it', async () => {
    const identification = await submit({ interview: { consentToInterview: false } });
    const ra = await stack.tokenFor('ra.officer');
    const refused = await stack.graphql(CREATE_REFERRAL, { input: { personId: identification.person.id, providerId: shelterA } }, ra);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'CONSENT_REQUIRED', fields: ['input.personId'] });

    const recorded = await stack.graphql<{ recordInitialInterview: { interviewConsented: boolean } }>(RECORD, { input: interview(identification.id) }, ra);
    expect(recorded.errors).toBeUndefined();
    expect(recorded.data!.recordInitialInterview.interviewConsented).toBe(true);
    // Read-your-writes: the very next referral goes through, before or after the event lands.
    const referred = await stack.graphql<{ createReferral: { status: string } }>(CREATE_REFERRAL, { input: { personId: identification.person.id, providerId: shelterA } }, ra);
    expect(referred.errors).toBeUndefined();
    expect(referred.data!.createReferral.status).toBe('PENDING');
    await waitFor(
      async () => {
        const notifications = await stack.graphql<{ myNotifications: Array<{ kind: string; subjectRef: string }> }>(MY_NOTIFICATIONS, {}, ra);
        return notifications.data?.myNotifications.some((item) => item.kind === 'INTERVIEW_RECORDED' && item.subjectRef === identification.person.reference);
      },
      { timeoutMs: 20_000, description: 'the RA told of the interview' },
    );
  });

  it('refuses another agency, other roles and the subgraph port with a shelter token; a replay is CONFLICT', async () => {
    const identification = await submit({ interview: { consentToInterview: false } });
    for (const username of ['border.kakavije', 'ngo.outreach', 'cpw.tirana', 'cm.shelter-a', 'coordinator', 'auditor']) {
      const result = await stack.graphql(RECORD, { input: interview(identification.id) }, await stack.tokenFor(username));
      expect({ username, code: codeOf(result) }).toEqual({ username, code: 'FORBIDDEN' });
    }
    const direct = await fetch(`${stack.subgraphUrls['identification']}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await stack.tokenFor('cm.shelter-a')}` },
      body: JSON.stringify({ query: RECORD, variables: { input: interview(identification.id) } }),
    });
    expect(codeOf((await direct.json()) as { errors?: GraphQLResponseError[] })).toBe('FORBIDDEN');
    const police = await stack.tokenFor('police.tirana');
    expect((await stack.graphql(RECORD, { input: interview(identification.id) }, police)).errors).toBeUndefined();
    expect(codeOf(await stack.graphql(RECORD, { input: interview(identification.id) }, police))).toBe('CONFLICT');
  });

  it('lets the same agency resume an interview suspended for distress, and no one else', async () => {
    const identification = await submit({ interview: { consentToInterview: true, language: 'sq', suspendedForDistress: true } });
    const input = { identificationId: identification.id, interview: { consentToInterview: true, language: 'sq' } };
    for (const username of ['border.kakavije', 'ra.officer', 'cpw.tirana']) {
      expect(codeOf(await stack.graphql(RESUME, { input }, await stack.tokenFor(username)))).toBe('FORBIDDEN');
    }
    const resumed = await stack.graphql<{ resumeInterview: { interview: { suspendedForDistress: boolean; sessions: Array<{ kind: string }> } } }>(
      RESUME,
      { input },
      await stack.tokenFor('police.tirana'),
    );
    expect(resumed.errors).toBeUndefined();
    expect(resumed.data!.resumeInterview.interview).toEqual({ suspendedForDistress: false, sessions: [{ kind: 'CONTINUATION' }] });
    expect(codeOf(await stack.graphql(RESUME, { input }, await stack.tokenFor('police.tirana')))).toBe('CONFLICT');
  });

  it("keeps a draft to its author and consumes it exactly once with the submission that uses its clientRequestId", async () => {
    const police = await stack.tokenFor('police.tirana');
    const clientRequestId = `e2e-draft-${randomUUID()}`;
    const saved = await stack.graphql<{ saveIdentificationDraft: { id: string } }>(
      SAVE_DRAFT,
      { input: { clientRequestId, payload: JSON.stringify({ person: { givenName: 'Drita' } }) } },
      police,
    );
    expect(saved.errors).toBeUndefined();
    const draftId = saved.data!.saveIdentificationDraft.id;
    expect(codeOf(await stack.graphql(DRAFT, { id: draftId }, await stack.tokenFor('border.kakavije')))).toBe('NOT_FOUND');
    expect(codeOf(await stack.graphql(DRAFT, { id: draftId }, await stack.tokenFor('ra.head')))).toBe('FORBIDDEN');

    const input = submission({ clientRequestId });
    const [first, second] = await Promise.all([stack.graphql(SUBMIT, { input }, police), stack.graphql(SUBMIT, { input }, police)]);
    expect(first.errors).toBeUndefined();
    expect(second.errors).toBeUndefined();
    expect(JSON.stringify(first.data)).toBe(JSON.stringify(second.data));
    expect(codeOf(await stack.graphql(DRAFT, { id: draftId }, police))).toBe('NOT_FOUND');
    expect(codeOf(await stack.graphql(SAVE_DRAFT, { input: { clientRequestId, payload: '{}' } }, police))).toBe('CONFLICT');
  });
});
