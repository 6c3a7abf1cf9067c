import { randomUUID } from 'node:crypto';
import type { EventEnvelope, EventPayloads, EventType } from '@nrm/events';
import type { SubgraphResult, SubgraphUnderTest } from '@nrm/testing';
import { DuplicateScreeningScheduler } from '../src/duplicates/duplicate-screening.scheduler';
import { adultInput, startIdentification } from './identification-harness';

jest.setTimeout(90_000);

const SUBMIT = `mutation Submit($input: SubmitInitialIdentificationInput!) {
  submitInitialIdentification(input: $input) { id status submittedAt person { id reference } screening { meetsThreshold missingGroups } }
}`;
const CANDIDATE_FIELDS = `id score reasons status detectedAt decidedAt person { id reference } candidate { id reference }`;
const POSSIBLE = `query Possible($first: Int, $after: String) {
  possibleDuplicates(first: $first, after: $after) { edges { node { ${CANDIDATE_FIELDS} } } pageInfo { hasNextPage endCursor } }
}`;
const OF_PERSON = `query Of($personId: ID!) { duplicateCandidates(personId: $personId) { ${CANDIDATE_FIELDS} } }`;
const DISMISS = `mutation Dismiss($id: ID!, $reason: String!) { dismissDuplicateCandidate(id: $id, reason: $reason) { ${CANDIDATE_FIELDS} } }`;
const LINK = `mutation Link($input: LinkDuplicatePersonsInput!) {
  linkDuplicatePersons(input: $input) { aliasPersonId canonicalPersonId linkedAt canonical { id reference } }
}`;
const PERSON = `query Person($id: ID!) { person(id: $id) { id reference identity { givenName familyName } contactLocation { identifiedInRegion } } }`;
const GRANT = `mutation Grant($input: GrantConsentInput!) { grantConsent(input: $input) { id } }`;
const GRANTS = `query Grants($personId: ID!) { consentGrants(personId: $personId) { id personId active } }`;
const WITHDRAW = `mutation Withdraw($id: ID!, $reason: String) { withdrawConsent(id: $id, reason: $reason) { id personId active } }`;
const REASON = 'Same person: the RA checked the identity document copy';

interface Candidate {
  id: string;
  score: number;
  reasons: string[];
  status: string;
  detectedAt: string;
  decidedAt: string | null;
  person: { id: string; reference: string };
  candidate: { id: string; reference: string };
}
interface Submitted {
  submitInitialIdentification: { id: string; status: string; submittedAt: string; person: { id: string; reference: string }; screening: unknown };
}

let subgraph: SubgraphUnderTest;

beforeAll(async () => {
  subgraph = await startIdentification();
});

afterAll(async () => {
  await subgraph?.close();
});

async function as<T>(username: string, query: string, variables: Record<string, unknown> = {}): Promise<SubgraphResult<T>> {
  return subgraph.graphql<T>(query, variables, await subgraph.tokenFor(username));
}

/** A family name no other spec uses, so the run's shared database holds no other record resembling it. */
function uniqueFamilyName(): string {
  const letters = 'bdfgjklmnprstvz';
  const vowels = 'aeiou';
  let name = 'K';
  for (let i = 0; i < 5; i += 1) name += letters[Math.floor(Math.random() * letters.length)] + vowels[Math.floor(Math.random() * vowels.length)];
  return `${name}ri`;
}

async function submit(username: string, person: Record<string, unknown>): Promise<SubgraphResult<Submitted>> {
  const base = adultInput();
  return as<Submitted>(username, SUBMIT, { input: { ...base, person: { ...base.person, ...person } } });
}

async function identify(username: string, person: Record<string, unknown>): Promise<string> {
  const result = await submit(username, person);
  expect(result.errors).toBeUndefined();
  return result.data!.submitInitialIdentification.person.id;
}

async function candidatesOf(personId: string, username = 'ra.officer'): Promise<Candidate[]> {
  const result = await as<{ duplicateCandidates: Candidate[] }>(username, OF_PERSON, { personId });
  expect(result.errors).toBeUndefined();
  return result.data!.duplicateCandidates;
}

async function pendingCandidates(): Promise<Candidate[]> {
  const all: Candidate[] = [];
  let after: string | null = null;
  for (;;) {
    const result: SubgraphResult<{ possibleDuplicates: { edges: Array<{ node: Candidate }>; pageInfo: { hasNextPage: boolean; endCursor: string } } }> =
      await as('ra.officer', POSSIBLE, { first: 100, after });
    expect(result.errors).toBeUndefined();
    all.push(...result.data!.possibleDuplicates.edges.map((edge) => edge.node));
    if (!result.data!.possibleDuplicates.pageInfo.hasNextPage) return all;
    after = result.data!.possibleDuplicates.pageInfo.endCursor;
  }
}

/** An existing record (border police) and a new one resembling it through transliteration and a typo (Tirana police). */
async function resemblingPair(): Promise<{ existing: string; newer: string; family: string }> {
  const family = uniqueFamilyName();
  const existing = await identify('border.kakavije', { givenName: 'Ëndrit', familyName: `${family}sha`, dateOfBirth: '1999-07-14', citizenship: ['AL'] });
  const newer = await identify('police.tirana', { givenName: 'Endrit', familyName: `${family}şa`, dateOfBirth: '1999-07-14', citizenship: ['AL', 'XK'] });
  return { existing, newer, family };
}

function code(result: SubgraphResult<unknown>): string | undefined {
  return result.errors?.[0]?.extensions.code;
}

describe('possible duplicates', () => {
  it('shows the RA a new identification resembling an existing person, with a score and reason codes', async () => {
    const { existing, newer } = await resemblingPair();
    const pending = await pendingCandidates();
    const pair = pending.find((row) => row.person.id === newer && row.candidate.id === existing);
    expect(pair).toBeDefined();
    expect(pair!.score).toBeGreaterThanOrEqual(0.6);
    expect(pair!.score).toBeLessThanOrEqual(1);
    expect(pair!.reasons.sort()).toEqual(['CITIZENSHIP', 'DATE_OF_BIRTH', 'NAME']);
    expect(pair!.status).toBe('PENDING');
  });

  it('finds a typo in the family name and swapped given and family names', async () => {
    const family = uniqueFamilyName();
    const existing = await identify('border.kakavije', { givenName: 'Mirela', familyName: `${family}ku`, dateOfBirth: '1990-01-20' });
    const typo = await identify('police.tirana', { givenName: 'Mirella', familyName: `${family}kku`, dateOfBirth: '1990-01-20' });
    const swapped = await identify('ngo.outreach', { givenName: `${family}ku`, familyName: 'Mirela', dateOfBirth: '1990-01-20' });
    expect((await candidatesOf(typo)).map((row) => row.candidate.id)).toContain(existing);
    expect((await candidatesOf(swapped)).some((row) => [row.person.id, row.candidate.id].includes(existing))).toBe(true);
  });

  it('does not propose a person with another name born the same day', async () => {
    const existing = await identify('border.kakavije', { givenName: 'Blerina', familyName: uniqueFamilyName(), dateOfBirth: '1985-11-03' });
    const other = await identify('police.tirana', { givenName: 'Gentian', familyName: uniqueFamilyName(), dateOfBirth: '1985-11-03' });
    expect((await candidatesOf(other)).map((row) => row.candidate.id)).not.toContain(existing);
  });

  it('runs the waiting searches in the worker job, without the RA listing them', async () => {
    const { existing, newer } = await resemblingPair();
    const screened = await subgraph.app.get(DuplicateScreeningScheduler).screenWaiting();
    expect(screened).toBeGreaterThanOrEqual(2);
    const pairs: Array<{ person_id: string; candidate_person_id: string; status: string }> = await subgraph.dataSource.query(
      `SELECT person_id, candidate_person_id, status FROM identification.duplicate_candidate WHERE person_id = $1 OR candidate_person_id = $1`,
      [newer],
    );
    expect(pairs).toContainEqual({ person_id: newer, candidate_person_id: existing, status: 'PENDING' });
    const waiting: unknown[] = await subgraph.dataSource.query(`SELECT 1 FROM identification.duplicate_screening WHERE person_id = ANY($1::uuid[])`, [[newer, existing]]);
    expect(waiting).toHaveLength(0);
    // Run again: nothing waits, nothing more is recorded.
    await subgraph.app.get(DuplicateScreeningScheduler).screenWaiting();
    const again: unknown[] = await subgraph.dataSource.query(`SELECT 1 FROM identification.duplicate_candidate WHERE person_id = $1 OR candidate_person_id = $1`, [newer]);
    expect(again).toHaveLength(pairs.length);
  });

  it('keeps only keyed hashes in the match index, never the name or the date of birth', async () => {
    const family = uniqueFamilyName();
    const personId = await identify('police.tirana', { givenName: 'Ilirjana', familyName: family, dateOfBirth: '2001-02-03' });
    const rows: Array<{ kind: number; hash: Buffer }> = await subgraph.dataSource.query(
      `SELECT kind, hash FROM identification.person_match_token WHERE person_id = $1`,
      [personId],
    );
    expect(rows.length).toBeGreaterThan(10);
    const bytes = Buffer.concat(rows.map((row) => row.hash)).toString('latin1').toLowerCase();
    for (const plain of ['ilirjana', family.toLowerCase(), '2001-02-03', '2001']) expect(bytes).not.toContain(plain);
    const columns: Array<{ column_name: string }> = await subgraph.dataSource.query(
      `SELECT column_name FROM information_schema.columns WHERE table_schema = 'identification' AND table_name = 'person_match_token' ORDER BY 1`,
    );
    expect(columns.map((column) => column.column_name)).toEqual(['hash', 'kind', 'person_id']);
  });

  it('answers the submitting officer the same shape whether or not another record resembles the person', async () => {
    const family = uniqueFamilyName();
    await identify('border.kakavije', { givenName: 'Arber', familyName: family, dateOfBirth: '1995-05-05' });
    const duplicate = await submit('police.tirana', { givenName: 'Arbër', familyName: family, dateOfBirth: '1995-05-05' });
    const unique = await submit('police.tirana', { givenName: 'Arber', familyName: uniqueFamilyName(), dateOfBirth: '1995-05-05' });
    expect(duplicate.errors).toBeUndefined();
    expect(unique.errors).toBeUndefined();
    const shape = (value: unknown): unknown =>
      value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).map(([key, field]) => [key, shape(field)])) : typeof value;
    expect(shape(duplicate.data)).toEqual(shape(unique.data));
    expect(Object.keys(duplicate.data!.submitInitialIdentification).sort()).toEqual(Object.keys(unique.data!.submitInitialIdentification).sort());
    // The search has not run on the submission's path: the new record waits for it.
    const waiting: unknown[] = await subgraph.dataSource.query(`SELECT 1 FROM identification.duplicate_screening WHERE person_id = $1`, [
      duplicate.data!.submitInitialIdentification.person.id,
    ]);
    expect(waiting).toHaveLength(1);
  });

  it('refuses the candidates and the decisions to every role but the RA', async () => {
    const { newer } = await resemblingPair();
    const [candidate] = await candidatesOf(newer);
    for (const username of ['police.tirana', 'cm.shelter-a', 'cpw.tirana', 'auditor', 'coordinator', 'admin']) {
      expect(code(await as(username, POSSIBLE, { first: 5 }))).toBe('FORBIDDEN');
      expect(code(await as(username, OF_PERSON, { personId: newer }))).toBe('FORBIDDEN');
      expect(code(await as(username, DISMISS, { id: candidate.id, reason: REASON }))).toBe('FORBIDDEN');
      expect(code(await as(username, LINK, { input: { personId: newer, duplicateOfPersonId: candidate.candidate.id, reason: REASON } }))).toBe('FORBIDDEN');
    }
    // Linking is the head's decision.
    expect(code(await as('ra.officer', LINK, { input: { personId: newer, duplicateOfPersonId: candidate.candidate.id, reason: REASON } }))).toBe('FORBIDDEN');
  });

  it('dismisses a candidate once, with a written reason, and never proposes the pair again', async () => {
    const { existing, newer } = await resemblingPair();
    const [candidate] = (await candidatesOf(newer)).filter((row) => row.candidate.id === existing);
    expect(code(await as('ra.officer', DISMISS, { id: candidate.id, reason: 'no' }))).toBe('BAD_USER_INPUT');
    const dismissed = await as<{ dismissDuplicateCandidate: Candidate }>('ra.officer', DISMISS, { id: candidate.id, reason: 'Different mothers named in the file' });
    expect(dismissed.errors).toBeUndefined();
    expect(dismissed.data!.dismissDuplicateCandidate.status).toBe('DISMISSED');
    expect(code(await as('ra.officer', DISMISS, { id: candidate.id, reason: 'Different mothers named in the file' }))).toBe('CONFLICT');
    expect(code(await as('ra.officer', DISMISS, { id: randomUUID(), reason: 'Different mothers named in the file' }))).toBe('NOT_FOUND');
    const again = (await candidatesOf(newer)).filter((row) => row.candidate.id === existing);
    expect(again.map((row) => [row.id, row.status])).toEqual([[candidate.id, 'DISMISSED']]);
    expect((await pendingCandidates()).map((row) => row.id)).not.toContain(candidate.id);
  });

  it('links two records: the alias resolves to the canonical person for the RA, the submitting officer keeps its own record', async () => {
    const { existing, newer } = await resemblingPair();
    expect((await candidatesOf(newer)).map((row) => row.candidate.id)).toContain(existing);
    const linked = await as<{ linkDuplicatePersons: { aliasPersonId: string; canonicalPersonId: string; canonical: { id: string } } }>('ra.head', LINK, {
      input: { personId: newer, duplicateOfPersonId: existing, reason: REASON },
    });
    expect(linked.errors).toBeUndefined();
    expect(linked.data!.linkDuplicatePersons).toMatchObject({ aliasPersonId: newer, canonicalPersonId: existing, canonical: { id: existing } });

    const byRa = await as<{ person: { id: string } }>('ra.officer', PERSON, { id: newer });
    expect(byRa.data!.person.id).toBe(existing);
    // The officer who submitted the alias reads exactly what it read before: its own record, not the other agency's.
    const byOfficer = await as<{ person: { id: string; identity: { givenName: string } } }>('police.tirana', PERSON, { id: newer });
    expect(byOfficer.errors).toBeUndefined();
    expect(byOfficer.data!.person).toMatchObject({ id: newer, identity: { givenName: 'Endrit' } });
    expect(code(await as('police.tirana', PERSON, { id: existing }))).toBe('FORBIDDEN');

    // The pair's candidate is closed as linked; the event carries ids only; both persons' trails record the decision.
    expect((await candidatesOf(existing)).find((row) => row.person.id === newer && row.candidate.id === existing)?.status).toBe('LINKED');
    const events: Array<{ payload: Record<string, unknown> }> = await subgraph.dataSource.query(
      `SELECT payload FROM identification.outbox_event WHERE type = 'person.linked' AND aggregate_id = $1`,
      [newer],
    );
    expect(events.map((event) => event.payload)).toEqual([{ aliasPersonId: newer, canonicalPersonId: existing }]);
    const audited: Array<{ person_id: string }> = await subgraph.dataSource.query(
      `SELECT person_id FROM identification.audit_entry WHERE action = 'WRITE' AND actor_username = 'ra.head' AND person_id = ANY($1::uuid[]) AND categories = '{IDENTITY}'`,
      [[newer, existing]],
    );
    expect(new Set(audited.map((row) => row.person_id))).toEqual(new Set([newer, existing]));
  });

  it('refuses a link to itself, a second link of an alias, a chain and a cycle', async () => {
    const { existing, newer } = await resemblingPair();
    const third = await identify('ngo.outreach', { givenName: 'Besa', familyName: uniqueFamilyName() });
    const link = (personId: string, duplicateOfPersonId: string) =>
      as<{ linkDuplicatePersons: unknown }>('ra.head', LINK, { input: { personId, duplicateOfPersonId, reason: REASON } });

    const self = await link(newer, newer);
    expect(code(self)).toBe('BAD_USER_INPUT');
    expect(self.errors?.[0]?.extensions.fields).toEqual(['input.duplicateOfPersonId']);
    expect(code(await link(newer, randomUUID()))).toBe('NOT_FOUND');
    expect(code(await as('ra.head', LINK, { input: { personId: newer, duplicateOfPersonId: existing, reason: 'short' } }))).toBe('BAD_USER_INPUT');

    expect((await link(newer, existing)).errors).toBeUndefined();
    expect(code(await link(newer, existing))).toBe('CONFLICT'); // a replay
    expect(code(await link(newer, third))).toBe('CONFLICT'); // an alias linked again
    expect(code(await link(third, newer))).toBe('CONFLICT'); // to an alias: a chain
    expect(code(await link(existing, newer))).toBe('CONFLICT'); // the cycle
    expect(code(await link(existing, third))).toBe('CONFLICT'); // a canonical person with aliases becoming an alias
    expect((await link(third, existing)).errors).toBeUndefined(); // into the canonical person is fine
    await expect(
      subgraph.dataSource.query(`UPDATE identification.person_alias SET canonical_id = $2 WHERE alias_id = $1`, [newer, third]),
    ).rejects.toThrow(/never rewritten/);
  });

  it("applies the alias's grants and relationships to the canonical person without widening them", async () => {
    const { existing, newer } = await resemblingPair();
    const reference = (await as<{ person: { reference: string } }>('ra.officer', PERSON, { id: newer })).data!.person.reference;
    // shelter-a runs the alias record's case and holds a grant for IDENTITY only.
    const referralId = randomUUID();
    await deliver('referral.created', { referralId, personId: newer, reference, providerAgencyId: 'shelter-a', urgent: false });
    await deliver('referral.accepted', { referralId, personId: newer, reference, providerAgencyId: 'shelter-a' });
    const grant = await as('ra.officer', GRANT, {
      input: { personId: newer, granteeAgencyId: 'shelter-a', purpose: 'REFERRAL_ASSISTANCE', categories: ['IDENTITY'], givenBy: 'PERSON', evidenceReference: 'CF-DUP-1' },
    });
    expect(grant.errors).toBeUndefined();
    expect(code(await as('cm.shelter-a', PERSON, { id: existing }))).toBe('FORBIDDEN');

    expect((await as('ra.head', LINK, { input: { personId: newer, duplicateOfPersonId: existing, reason: REASON } })).errors).toBeUndefined();

    const read = await as<{ person: { id: string; identity: { givenName: string } | null; contactLocation: unknown } }>('cm.shelter-a', PERSON, { id: newer });
    expect(read.data!.person.id).toBe(existing);
    expect(read.data!.person.identity).toEqual({ givenName: 'Ëndrit', familyName: expect.any(String) });
    // The grant named IDENTITY: the canonical person's contact location stays closed.
    expect(read.data!.person.contactLocation).toBeNull();
    expect(read.errors?.find((error) => error.path?.join('.') === 'person.contactLocation')?.extensions.code).toBe('CONSENT_REQUIRED');
    // shelter-b, linked to neither record, still sees nothing.
    expect(code(await as('cm.shelter-b', PERSON, { id: newer }))).toBe('FORBIDDEN');
  });

  it("lists the alias's grants under the canonical person, each naming the record it was given for, and each can still be withdrawn", async () => {
    const { existing, newer } = await resemblingPair();
    const reference = (await as<{ person: { reference: string } }>('ra.officer', PERSON, { id: newer })).data!.person.reference;
    const referralId = randomUUID();
    await deliver('referral.created', { referralId, personId: newer, reference, providerAgencyId: 'shelter-a', urgent: false });
    await deliver('referral.accepted', { referralId, personId: newer, reference, providerAgencyId: 'shelter-a' });
    const aliasGrant = await as<{ grantConsent: { id: string } }>('ra.officer', GRANT, {
      input: { personId: newer, granteeAgencyId: 'shelter-a', purpose: 'REFERRAL_ASSISTANCE', categories: ['IDENTITY'], givenBy: 'PERSON', evidenceReference: 'CF-DUP-2' },
    });
    expect(aliasGrant.errors).toBeUndefined();
    const ownGrant = await as<{ grantConsent: { id: string } }>('ra.officer', GRANT, {
      input: { personId: existing, granteeAgencyId: 'shelter-b', purpose: 'REFERRAL_ASSISTANCE', categories: ['SUMMARY'], givenBy: 'PERSON', evidenceReference: 'CF-DUP-3' },
    });
    expect(ownGrant.errors).toBeUndefined();
    const aliasGrantId = aliasGrant.data!.grantConsent.id;
    const ownGrantId = ownGrant.data!.grantConsent.id;
    const grantsOf = async (personId: string, username = 'ra.officer') => {
      const result = await as<{ consentGrants: Array<{ id: string; personId: string; active: boolean }> }>(username, GRANTS, { personId });
      expect(result.errors).toBeUndefined();
      return result.data!.consentGrants;
    };
    // Before the link the canonical person's list is its own.
    expect((await grantsOf(existing)).map((grant) => grant.id)).toEqual([ownGrantId]);

    expect((await as('ra.head', LINK, { input: { personId: newer, duplicateOfPersonId: existing, reason: REASON } })).errors).toBeUndefined();

    const listed = await grantsOf(existing);
    expect(listed.map((grant) => [grant.id, grant.personId]).sort()).toEqual([[aliasGrantId, newer], [ownGrantId, existing]].sort());
    // shelter-a, whose relationship and grant are on the alias, sees its own grant under the canonical id, not shelter-b's.
    expect((await grantsOf(existing, 'cm.shelter-a')).map((grant) => [grant.id, grant.personId])).toEqual([[aliasGrantId, newer]]);
    // An agency linked to neither record is refused, and learns nothing.
    const outsider = await as('cpw.gjirokaster', GRANTS, { personId: existing });
    expect(code(outsider)).toBe('FORBIDDEN');

    // Withdrawing the alias's grant from the canonical list works as before, and the list shows it withdrawn.
    const withdrawn = await as<{ withdrawConsent: { id: string; personId: string; active: boolean } }>('ra.officer', WITHDRAW, { id: aliasGrantId, reason: 'withdrawn in interview' });
    expect(withdrawn.errors).toBeUndefined();
    expect(withdrawn.data!.withdrawConsent).toMatchObject({ id: aliasGrantId, personId: newer, active: false });
    expect((await grantsOf(existing)).find((grant) => grant.id === aliasGrantId)).toMatchObject({ personId: newer, active: false });
    // ...and the access facts follow: shelter-a no longer reads the canonical person's identity through it.
    const read = await as<{ person: { identity: unknown } | null }>('cm.shelter-a', PERSON, { id: existing });
    expect(read.data?.person?.identity ?? null).toBeNull();
  });
});

async function deliver<T extends EventType>(type: T, payload: EventPayloads[T]): Promise<void> {
  const event: EventEnvelope<T> = {
    id: randomUUID(),
    type,
    aggregateId: randomUUID(),
    payload,
    occurredAt: new Date().toISOString(),
    correlationId: null,
    producer: 'referral',
  };
  await expect(subgraph.consumer!.handle(event)).resolves.toBe('processed');
}
