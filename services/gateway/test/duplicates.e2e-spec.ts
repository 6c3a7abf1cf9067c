import { randomUUID } from 'node:crypto';
import { startStack, type GraphQLResult, type Stack, waitFor } from '@nrm/testing';
import { CASES, createReferral, identificationInput, mustSucceed, providerIds, RESPOND, SUBMIT } from './support/nrm-fixtures';

/**
 * Possible duplicates and linked records through the gateway, as the demo users (docs/domain.md, "Possible duplicates"
 * and "Linked records"): the RA sees candidates with scores and links them; the alias id resolves in identification,
 * referral and shelters after `person.linked`; the submitting officer learns nothing; every other role is refused.
 */
const CANDIDATES = `query ($personId: ID!) { duplicateCandidates(personId: $personId) { id score reasons status person { id } candidate { id } } }`;
const POSSIBLE = `{ possibleDuplicates(first: 100) { edges { node { id score reasons person { id } candidate { id } } } } }`;
const LINK = `mutation ($input: LinkDuplicatePersonsInput!) { linkDuplicatePersons(input: $input) { aliasPersonId canonicalPersonId canonical { id reference } } }`;
const DISMISS = `mutation ($id: ID!) { dismissDuplicateCandidate(id: $id, reason: "Different persons, documents checked") { id status } }`;
const PERSON = `query ($id: ID!) { person(id: $id) { id reference identity { givenName } } }`;
const REFERRALS = `query ($personId: ID!) { referrals(first: 50, filter: { personId: $personId }) { edges { node { id person { id } } } } }`;
const HEALTH = `query ($id: ID!) { person(id: $id) { id health { assessments { area summary recordedByAgencyId } } } }`;
const RECORD = `mutation ($input: RecordNeedsAssessmentInput!) { recordNeedsAssessment(input: $input) { id } }`;
const REQUEST_FORMAL_ID = `mutation ($input: RequestFormalIdentificationInput!) { requestFormalIdentification(input: $input) { id personId status } }`;
const FORMAL_IDS = `query ($personId: ID!) { formalIdentifications(personId: $personId) { id personId } }`;
const REASON = 'Same person: the RA compared the identity documents';

interface Candidate {
  id: string;
  score: number;
  reasons: string[];
  status: string;
  person: { id: string };
  candidate: { id: string };
}

function code(result: GraphQLResult): string | undefined {
  return result.errors?.[0]?.extensions.code;
}

/** A family name no other spec uses. */
function uniqueFamily(): string {
  const letters = 'bdfgklmnprstvz';
  let name = 'Dup';
  for (let i = 0; i < 4; i += 1) name += letters[Math.floor(Math.random() * letters.length)] + 'aeiou'[Math.floor(Math.random() * 5)];
  return name;
}

describe('possible duplicates through the gateway', () => {
  let stack: Stack;
  let existing: string;
  let newer: string;
  let newerSubmission: GraphQLResult;
  let uniqueSubmission: GraphQLResult;
  let caseId: string;
  let providers: Record<string, string>;

  const as = async (username: string, query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResult> =>
    stack.graphql(query, variables, await stack.tokenFor(username));

  beforeAll(async () => {
    stack = await startStack();
    providers = await providerIds(stack);
    const family = uniqueFamily();
    const first = await mustSucceed<{ submitInitialIdentification: { person: { id: string } } }>(stack, 'border.kakavije', SUBMIT, {
      input: identificationInput({ givenName: 'Ëndrit', familyName: `${family}sha` }),
    });
    existing = first.submitInitialIdentification.person.id;
    newerSubmission = await as('police.tirana', SUBMIT, { input: identificationInput({ givenName: 'Endrit', familyName: `${family}şa` }) });
    uniqueSubmission = await as('police.tirana', SUBMIT, { input: identificationInput({ givenName: 'Endrit', familyName: uniqueFamily() }) });
    newer = (newerSubmission.data as { submitInitialIdentification: { person: { id: string } } }).submitInitialIdentification.person.id;

    // The new record is referred to shelter-a, accepted, and the shelter records a needs assessment on its case.
    const referralId = await createReferral(stack, newer, providers['shelter-a']!);
    await mustSucceed(stack, 'cm.shelter-a', RESPOND, { input: { referralId, decision: 'ACCEPT' } });
    caseId = await waitFor(
      async () => {
        const data = await mustSucceed<{ cases: { edges: Array<{ node: { id: string; person: { id: string } } }> } }>(stack, 'cm.shelter-a', CASES);
        return data.cases.edges.find((edge) => edge.node.person.id === newer)?.node.id;
      },
      { timeoutMs: 20_000, description: 'the case of the accepted referral' },
    );
    await mustSucceed(stack, 'cm.shelter-a', RECORD, { input: { caseId, area: 'HEALTH', summary: 'SOME_DIFFICULTIES' } });
  }, 240_000);

  afterAll(async () => {
    await stack?.stop();
  }, 30_000);

  it('answers the submitting officer with the same fields whether or not another record resembles the person', () => {
    expect(newerSubmission.errors).toBeUndefined();
    expect(uniqueSubmission.errors).toBeUndefined();
    const shape = (value: unknown): unknown =>
      value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).map(([key, field]) => [key, shape(field)])) : typeof value;
    expect(shape(newerSubmission.data)).toEqual(shape(uniqueSubmission.data));
    expect(JSON.stringify(newerSubmission.data)).not.toContain(existing);
  });

  it('shows the RA the candidate with a score and reason codes', async () => {
    const listed = await as('ra.officer', POSSIBLE);
    expect(listed.errors).toBeUndefined();
    const nodes = (listed.data as { possibleDuplicates: { edges: Array<{ node: Candidate }> } }).possibleDuplicates.edges.map((edge) => edge.node);
    const pair = nodes.find((node) => node.person.id === newer && node.candidate.id === existing);
    expect(pair).toBeDefined();
    expect(pair!.score).toBeGreaterThanOrEqual(0.6);
    expect(pair!.reasons.sort()).toEqual(['CITIZENSHIP', 'DATE_OF_BIRTH', 'NAME']);
  });

  it('refuses candidates and decisions to the first responder, shelters and every other non-RA role, through the gateway and the subgraph port', async () => {
    const [candidate] = (await as('ra.officer', CANDIDATES, { personId: newer })).data!['duplicateCandidates'] as Candidate[];
    for (const username of ['police.tirana', 'border.kakavije', 'cm.shelter-a', 'head.shelter-a', 'cpw.tirana', 'sfait.tirana', 'auditor', 'coordinator', 'admin']) {
      expect(code(await as(username, POSSIBLE))).toBe('FORBIDDEN');
      expect(code(await as(username, CANDIDATES, { personId: newer }))).toBe('FORBIDDEN');
      expect(code(await as(username, DISMISS, { id: candidate!.id }))).toBe('FORBIDDEN');
      expect(code(await as(username, LINK, { input: { personId: newer, duplicateOfPersonId: existing, reason: REASON } }))).toBe('FORBIDDEN');
    }
    expect(code(await as('ra.officer', LINK, { input: { personId: newer, duplicateOfPersonId: existing, reason: REASON } }))).toBe('FORBIDDEN');
    const direct = await fetch(`${stack.subgraphUrls['identification']}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await stack.tokenFor('police.tirana')}` },
      body: JSON.stringify({ query: POSSIBLE }),
    });
    const body = (await direct.json()) as { errors?: Array<{ extensions: { code: string } }>; data?: unknown };
    expect(body.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect(JSON.stringify(body.data ?? null)).not.toContain(newer);
  });

  it('refuses a link to itself and hostile inputs', async () => {
    const self = await as('ra.head', LINK, { input: { personId: newer, duplicateOfPersonId: newer, reason: REASON } });
    expect(code(self)).toBe('BAD_USER_INPUT');
    expect(self.errors?.[0]?.extensions['fields']).toEqual(['input.duplicateOfPersonId']);
    expect(code(await as('ra.head', LINK, { input: { personId: 'not-an-id', duplicateOfPersonId: existing, reason: REASON } }))).toBe('BAD_USER_INPUT');
    expect(code(await as('ra.head', LINK, { input: { personId: newer, duplicateOfPersonId: existing, reason: '\u200b\u200b' } }))).toBe('BAD_USER_INPUT');
    expect(code(await as('ra.head', DISMISS, { id: randomUUID() }))).toBe('NOT_FOUND');
  });

  it('links the records: the alias resolves in identification and formal identification at once and in referral and shelters after person.linked', async () => {
    const linked = await as('ra.head', LINK, { input: { personId: newer, duplicateOfPersonId: existing, reason: REASON } });
    expect(linked.errors).toBeUndefined();
    expect(linked.data!['linkDuplicatePersons']).toMatchObject({ aliasPersonId: newer, canonicalPersonId: existing, canonical: { id: existing } });

    // identification: read-your-writes for the RA.
    const byRa = await as('ra.officer', PERSON, { id: newer });
    expect((byRa.data!['person'] as { id: string }).id).toBe(existing);

    // formal-identification: the RA requesting with the alias id gets the canonical person's, at once; either id answers
    // that one again, and (once person.linked lands there) lists it.
    const requested = await as('ra.officer', REQUEST_FORMAL_ID, { input: { personId: newer, statementOfWillingness: true } });
    expect(requested.errors).toBeUndefined();
    const formalId = (requested.data as { requestFormalIdentification: { id: string; personId: string } }).requestFormalIdentification;
    expect(formalId.personId).toBe(existing);
    const again = await as('ra.head', REQUEST_FORMAL_ID, { input: { personId: existing, statementOfWillingness: true } });
    expect((again.data as { requestFormalIdentification: { id: string } }).requestFormalIdentification.id).toBe(formalId.id);
    await waitFor(
      async () => {
        const data = await mustSucceed<{ formalIdentifications: Array<{ id: string; personId: string }> }>(stack, 'ra.officer', FORMAL_IDS, { personId: newer });
        return data.formalIdentifications.some((row) => row.id === formalId.id && row.personId === existing) ? true : undefined;
      },
      { timeoutMs: 20_000, description: "the canonical person's formal identification under the alias id" },
    );
    const byAlias = await as('ra.officer', REQUEST_FORMAL_ID, { input: { personId: newer, statementOfWillingness: true } });
    expect((byAlias.data as { requestFormalIdentification: { id: string } }).requestFormalIdentification.id).toBe(formalId.id);
    // The submitting officer may not request one, nor learn the canonical id by trying.
    const byOfficerRequest = await as('police.tirana', REQUEST_FORMAL_ID, { input: { personId: newer, statementOfWillingness: true } });
    expect(code(byOfficerRequest)).toBe('FORBIDDEN');
    expect(JSON.stringify(byOfficerRequest)).not.toContain(existing);

    // The officer who submitted the alias still reads its own record, and nothing of the other agency's.
    const byOfficer = await as('police.tirana', PERSON, { id: newer });
    expect(byOfficer.errors).toBeUndefined();
    expect(byOfficer.data!['person']).toMatchObject({ id: newer, identity: { givenName: 'Endrit' } });
    expect(code(await as('police.tirana', PERSON, { id: existing }))).toBe('FORBIDDEN');

    // referral: the canonical id lists the alias's referral; a new referral for the alias id is made for the canonical person.
    await waitFor(
      async () => {
        const data = await mustSucceed<{ referrals: { edges: Array<{ node: { person: { id: string } } }> } }>(stack, 'ra.officer', REFERRALS, { personId: existing });
        return data.referrals.edges.length > 0 ? true : undefined;
      },
      { timeoutMs: 20_000, description: "the alias's referral under the canonical id" },
    );
    const referralId = await createReferral(stack, newer, providers['shelter-b']!);
    const referrals = await mustSucceed<{ referrals: { edges: Array<{ node: { id: string; person: { id: string } } }> } }>(stack, 'ra.officer', REFERRALS, {
      personId: newer,
    });
    expect(referrals.referrals.edges.find((edge) => edge.node.id === referralId)?.node.person.id).toBe(existing);

    // shelters: the shelter running the alias's case reads its record under the canonical id.
    const health = await waitFor(
      async () => {
        const result = await as('cm.shelter-a', HEALTH, { id: existing });
        const person = result.data?.['person'] as { health?: { assessments: unknown[] } | null } | null | undefined;
        return person?.health?.assessments.length ? person.health : undefined;
      },
      { timeoutMs: 20_000, description: 'the alias case record under the canonical id' },
    );
    expect(health.assessments).toEqual([{ area: 'HEALTH', summary: 'SOME_DIFFICULTIES', recordedByAgencyId: 'shelter-a' }]);
    // shelter-b, with only a pending referral, still gets no health record.
    const other = await as('cm.shelter-b', HEALTH, { id: existing });
    expect((other.data?.['person'] as { health?: unknown } | null | undefined)?.health ?? null).toBeNull();
  });

  it('refuses linking again, to an alias, and the cycle', async () => {
    const third = await mustSucceed<{ submitInitialIdentification: { person: { id: string } } }>(stack, 'ngo.outreach', SUBMIT, {
      input: identificationInput({ givenName: 'Besa', familyName: uniqueFamily() }),
    });
    const thirdId = third.submitInitialIdentification.person.id;
    const link = (personId: string, duplicateOfPersonId: string) => as('ra.head', LINK, { input: { personId, duplicateOfPersonId, reason: REASON } });
    expect(code(await link(newer, existing))).toBe('CONFLICT');
    expect(code(await link(thirdId, newer))).toBe('CONFLICT');
    expect(code(await link(existing, newer))).toBe('CONFLICT');
    expect(code(await link(existing, thirdId))).toBe('CONFLICT');
  });
});
