import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { EventEnvelope, EventPayloads, EventType } from '@nrm/events';
import { type SubgraphResult, type SubgraphUnderTest, testEventSigner } from '@nrm/testing';
import { IdentificationService } from '../src/identification/identification.service';
import { PersonService } from '../src/person/person.service';
import { adultInput, startIdentification } from './identification-harness';

/*
 * What the initial identification records beyond the first path (docs/api.md, "Means of control, entry routes and place
 * of exploitation", "Identity documents"), the RA's worklist filters and reference lookup, and the risk level that
 * follows the shelters' security assessments — in-process against real PostgreSQL and Redis with signed tokens.
 */

const SUBMIT = `mutation Submit($input: SubmitInitialIdentificationInput!) {
  submitInitialIdentification(input: $input) { id entryRoute placeOfExploitation person { id reference } }
}`;
const PERSON = `query Person($id: ID!) {
  person(id: $id) {
    id
    summary { riskLevel isChild }
    identity { givenName documents { type number issuingCountry expiresOn } }
    traffickingExperience { meansOfControl recruiterRelation placeOfExploitation exploitationTypes }
  }
}`;
const BY_REFERENCE = `query ByReference($reference: String!) { personByReference(reference: $reference) { id reference summary { riskLevel } } }`;
const LIST = `query List($filter: InitialIdentificationFilter) {
  initialIdentifications(first: 100, filter: $filter) { edges { node { id entryRoute placeOfExploitation recordingAgencyId person { id } } } }
}`;

const DOCUMENTS = [
  { type: 'PASSPORT', number: 'BA 1234567', issuingCountry: 'al', expiresOn: '2031-05-01' },
  { type: 'NATIONAL_ID_CARD', number: 'I-90/77', issuingCountry: 'XK' },
];

/** Every optional part of the submission filled in. */
function fullInput(overrides: Record<string, unknown> = {}) {
  const base = adultInput();
  return {
    ...base,
    person: { ...base.person, documents: DOCUMENTS },
    meansOfControl: ['DEBT_BONDAGE', 'WITHHOLDS_DOCUMENTS', 'THREATS'],
    recruiterRelation: 'INTIMATE_PARTNER',
    entryRoute: 'SELF_REFERRAL',
    placeOfExploitation: 'ABROAD',
    ...overrides,
  };
}

type Submitted = { submitInitialIdentification: { id: string; entryRoute: string; placeOfExploitation: string | null; person: { id: string; reference: string } } };
interface PersonData {
  person: {
    id: string;
    summary: { riskLevel: string; isChild: boolean } | null;
    identity: { givenName: string; documents: Array<Record<string, unknown>> } | null;
    traffickingExperience: { meansOfControl: string[]; recruiterRelation: string | null; placeOfExploitation: string | null } | null;
  } | null;
}

describe('the identification record: means of control, documents, entry routes, worklist filters, risk level', () => {
  let subgraph: SubgraphUnderTest;

  beforeAll(async () => {
    // No shelters service answers here: the synchronous risk-level path must fail closed.
    subgraph = await startIdentification({ SHELTERS_INTERNAL_URL: 'http://127.0.0.1:9' });
  }, 60_000);

  afterAll(async () => {
    await subgraph?.close();
  });

  async function as<T>(username: string, query: string, variables: Record<string, unknown> = {}): Promise<SubgraphResult<T>> {
    return subgraph.graphql<T>(query, variables, await subgraph.tokenFor(username));
  }

  async function submit(input: Record<string, unknown>, username = 'police.tirana') {
    return as<Submitted>(username, SUBMIT, { input });
  }

  async function submitted(input: Record<string, unknown>, username = 'police.tirana') {
    const result = await submit(input, username);
    expect(result.errors).toBeUndefined();
    return result.data!.submitInitialIdentification;
  }

  async function deliver<T extends EventType>(type: T, payload: EventPayloads[T], producer: EventEnvelope['producer']): Promise<string | undefined> {
    const event: EventEnvelope<T> = { id: randomUUID(), type, aggregateId: randomUUID(), payload, occurredAt: new Date().toISOString(), correlationId: null, producer };
    return subgraph.consumer!.receive(testEventSigner(producer).sign(event), event.id);
  }

  const personCount = async (): Promise<number> => (await subgraph.dataSource.query(`SELECT count(*)::int AS n FROM identification.person`))[0].n;

  describe('submission', () => {
    it('stores means of control, recruiter relation, documents, entry route and place of exploitation, and serves each under its category', async () => {
      const { id, entryRoute, placeOfExploitation, person } = await submitted(fullInput());
      expect({ entryRoute, placeOfExploitation }).toEqual({ entryRoute: 'SELF_REFERRAL', placeOfExploitation: 'ABROAD' });
      const own = await as<PersonData>('police.tirana', PERSON, { id: person.id });
      expect(own.errors).toBeUndefined();
      expect(own.data!.person!.identity!.documents).toEqual([
        { type: 'PASSPORT', number: 'BA 1234567', issuingCountry: 'AL', expiresOn: '2031-05-01' },
        { type: 'NATIONAL_ID_CARD', number: 'I-90/77', issuingCountry: 'XK', expiresOn: null },
      ]);
      expect(own.data!.person!.traffickingExperience).toEqual({
        meansOfControl: ['DEBT_BONDAGE', 'WITHHOLDS_DOCUMENTS', 'THREATS'],
        recruiterRelation: 'INTIMATE_PARTNER',
        placeOfExploitation: 'ABROAD',
        exploitationTypes: ['SEXUAL'],
      });
      const [row] = await subgraph.dataSource.query(
        `SELECT entry_route, place_of_exploitation, means_of_control, recruiter_relation FROM identification.initial_identification WHERE id = $1`,
        [id],
      );
      expect(row).toEqual({ entry_route: 'SELF_REFERRAL', place_of_exploitation: 'ABROAD', means_of_control: ['DEBT_BONDAGE', 'WITHHOLDS_DOCUMENTS', 'THREATS'], recruiter_relation: 'INTIMATE_PARTNER' });
    });

    it('defaults the entry route to FIRST_RESPONDER and leaves the rest empty for a minimal submission', async () => {
      const { entryRoute, placeOfExploitation, person } = await submitted(adultInput());
      expect({ entryRoute, placeOfExploitation }).toEqual({ entryRoute: 'FIRST_RESPONDER', placeOfExploitation: null });
      const own = await as<PersonData>('police.tirana', PERSON, { id: person.id });
      expect(own.data!.person!.identity!.documents).toEqual([]);
      expect(own.data!.person!.traffickingExperience).toMatchObject({ meansOfControl: [], recruiterRelation: null, placeOfExploitation: null });
    });

    it('keeps no documents, means of control or recruiter relation when the person declines the interview', async () => {
      const { person, entryRoute } = await submitted(fullInput({ interview: { consentToInterview: false } }));
      expect(entryRoute).toBe('SELF_REFERRAL');
      const [row] = await subgraph.dataSource.query(
        `SELECT p.documents, ii.means_of_control, ii.recruiter_relation, ii.place_of_exploitation
           FROM identification.person p JOIN identification.initial_identification ii ON ii.person_id = p.id WHERE p.id = $1`,
        [person.id],
      );
      expect(row).toEqual({ documents: [], means_of_control: [], recruiter_relation: null, place_of_exploitation: null });
    });

    it('keeps the hash of a submission without the new fields: a replay of it is still the same submission', async () => {
      const input = adultInput();
      const first = await submitted(input);
      const replay = await submitted({ ...input, meansOfControl: null, recruiterRelation: null, entryRoute: null, placeOfExploitation: null });
      expect(replay.id).toBe(first.id);
      const edited = await submit({ ...input, placeOfExploitation: 'DOMESTIC' });
      expect(edited.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', fields: ['input.clientRequestId'] });
    });

    it.each<[string, Record<string, unknown>, string, RegExp]>([
      ['an unknown means of control', { meansOfControl: ['MIND_CONTROL'] }, 'input.meansOfControl[0]', /meansOfControl/],
      ['a repeated means of control', { meansOfControl: ['THREATS', 'THREATS'] }, 'input.meansOfControl', /must not repeat a means/],
      ['an unknown recruiter relation', { recruiterRelation: 'NEIGHBOUR' }, 'input.recruiterRelation', /recruiterRelation/],
      ['an unknown entry route', { entryRoute: 'COURT' }, 'input.entryRoute', /entryRoute/],
      ['an unknown place of exploitation', { placeOfExploitation: 'ORBIT' }, 'input.placeOfExploitation', /placeOfExploitation/],
      ['a place of exploitation in lower case', { placeOfExploitation: 'abroad' }, 'input.placeOfExploitation', /placeOfExploitation/],
    ])('refuses %s as BAD_USER_INPUT naming the field, writing nothing', async (_label, override, field, message) => {
      const before = await personCount();
      const result = await submit(fullInput(override));
      expect(result.data?.submitInitialIdentification ?? null).toBeNull();
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [field] });
      expect(result.errors?.[0]?.message).toMatch(message);
      expect(await personCount()).toBe(before);
    });

    it.each<[string, Record<string, unknown>, string, RegExp]>([
      ['an unassigned issuing country', { issuingCountry: 'XX' }, '.1.issuingCountry', /ISO 3166-1 alpha-2 code or XK/],
      ['a three-letter issuing country', { issuingCountry: 'ALB' }, '.1.issuingCountry', /ISO 3166-1 alpha-2 code or XK/],
      ['an issuing country with a control byte', { issuingCountry: 'A\u0000' }, '.1.issuingCountry', /control characters/],
      ['an impossible expiry date', { expiresOn: '2030-02-30' }, '.1.expiresOn', /date/],
      ['an expiry that is not a date', { expiresOn: 'next year' }, '.1.expiresOn', /date/],
      ['an unknown document type', { type: 'LIBRARY_CARD' }, '[1].type', /type/],
      ['a number with a line break', { number: 'AB\n12' }, '.1.number', /letters, digits|single line|control/],
      ['a number of 41 characters', { number: 'A'.repeat(41) }, '.1.number', /1 to 40/],
      ['an empty number', { number: '' }, '.1.number', /1 to 40/],
      // (an enum graphql-js refuses while coercing is named as graphql-js names list items: documents[1])
    ])('refuses a document with %s, naming the document field', async (_label, change, field, message) => {
      const before = await personCount();
      const documents = [DOCUMENTS[0], { ...DOCUMENTS[1], ...change }];
      const result = await submit(fullInput({ person: { ...adultInput().person, documents } }));
      expect(result.data?.submitInitialIdentification ?? null).toBeNull();
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [`input.person.documents${field}`] });
      expect(result.errors?.[0]?.message).toMatch(message);
      expect(JSON.stringify(result.errors)).not.toContain('BA 1234567');
      expect(await personCount()).toBe(before);
    });

    it('lets erasure remove documents, means of control and recruiter relation, keeping entry route and place of exploitation', async () => {
      const { id, person } = await submitted(fullInput());
      await subgraph.dataSource.transaction(async (manager) => {
        await subgraph.app.get(PersonService).eraseFacts(manager, person.id);
        await subgraph.app.get(IdentificationService).eraseFacts(manager, person.id);
      });
      const [row] = await subgraph.dataSource.query(
        `SELECT p.documents, ii.means_of_control, ii.recruiter_relation, ii.entry_route, ii.place_of_exploitation
           FROM identification.person p JOIN identification.initial_identification ii ON ii.person_id = p.id WHERE ii.id = $1`,
        [id],
      );
      expect(row).toEqual({ documents: [], means_of_control: [], recruiter_relation: null, entry_route: 'SELF_REFERRAL', place_of_exploitation: 'ABROAD' });
    });

    it('refuses more than 10 documents', async () => {
      const documents = Array.from({ length: 11 }, (_, index) => ({ type: 'OTHER', number: `N${index}` }));
      const result = await submit(fullInput({ person: { ...adultInput().person, documents } }));
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['input.person.documents'] });
    });
  });

  describe('who reads documents and the trafficking experience', () => {
    let personId: string;
    let reference: string;

    beforeAll(async () => {
      ({ id: personId, reference } = (await submitted(fullInput())).person);
    });

    it('serves them to the RA by mandate, auditing each category read', async () => {
      const correlationId = randomUUID();
      const result = await subgraph.graphql<PersonData>(PERSON, { id: personId }, await subgraph.tokenFor('ra.officer'), { 'x-correlation-id': correlationId });
      expect(result.errors).toBeUndefined();
      expect(result.data!.person!.identity!.documents).toHaveLength(2);
      const rows: Array<{ categories: string[]; basis: string; decision: string }> = await subgraph.dataSource.query(
        `SELECT categories, basis, decision FROM identification.audit_entry WHERE correlation_id = $1 ORDER BY seq`,
        [correlationId],
      );
      // One entry per request and basis, naming every category it served.
      expect(rows).toEqual([{ categories: expect.arrayContaining(['IDENTITY', 'TRAFFICKING_EXPERIENCE']), basis: 'LEGAL_MANDATE', decision: 'ALLOWED' }]);
    });

    it('refuses documents and means of control to a shelter with a referral but no consent, and audits the refusal', async () => {
      const referralId = randomUUID();
      expect(await deliver('referral.created', { referralId, personId, reference, providerAgencyId: 'shelter-a', urgent: false }, 'referral')).toBe('processed');
      expect(await deliver('referral.accepted', { referralId, personId, reference, providerAgencyId: 'shelter-a' }, 'referral')).toBe('processed');
      const correlationId = randomUUID();
      const result = await subgraph.graphql<PersonData>(PERSON, { id: personId }, await subgraph.tokenFor('cm.shelter-a'), { 'x-correlation-id': correlationId });
      expect(result.data!.person!.summary).not.toBeNull();
      expect(result.data!.person!.identity).toBeNull();
      expect(result.data!.person!.traffickingExperience).toBeNull();
      const codes = Object.fromEntries((result.errors ?? []).map((error) => [String(error.path?.at(-1)), error.extensions.code]));
      expect(codes).toEqual({ identity: 'CONSENT_REQUIRED', traffickingExperience: 'CONSENT_REQUIRED' });
      expect(JSON.stringify(result)).not.toMatch(/BA 1234567|DEBT_BONDAGE|INTIMATE_PARTNER/);
      const denied: Array<{ categories: string[]; reason: string }> = await subgraph.dataSource.query(
        `SELECT categories, reason FROM identification.audit_entry WHERE correlation_id = $1 AND decision = 'DENIED'`,
        [correlationId],
      );
      expect(denied).toEqual([{ categories: expect.arrayContaining(['IDENTITY', 'TRAFFICKING_EXPERIENCE']), reason: 'CONSENT_REQUIRED' }]);
    });

    it('refuses the person to another agency with nothing to do with it, the same as an unknown id', async () => {
      for (const username of ['border.kakavije', 'cm.shelter-b', 'sfait.tirana']) {
        const result = await as<PersonData>(username, PERSON, { id: personId });
        expect({ username, code: result.errors?.[0]?.extensions.code }).toEqual({ username, code: 'FORBIDDEN' });
        expect(JSON.stringify(result.data ?? null)).not.toMatch(/BA 1234567|DEBT_BONDAGE/);
      }
    });
  });

  describe('personByReference', () => {
    let personId: string;
    let reference: string;

    beforeAll(async () => {
      ({ id: personId, reference } = (await submitted(adultInput())).person);
    });

    it('finds the person for the RA roles, in any case, and audits the read as person(id) does', async () => {
      for (const username of ['ra.officer', 'ra.head']) {
        const correlationId = randomUUID();
        const result = await subgraph.graphql<{ personByReference: { id: string; reference: string } }>(
          BY_REFERENCE,
          { reference: reference.toLowerCase() },
          await subgraph.tokenFor(username),
          { 'x-correlation-id': correlationId },
        );
        expect(result.errors).toBeUndefined();
        expect(result.data!.personByReference).toMatchObject({ id: personId, reference });
        const rows = await subgraph.dataSource.query(
          `SELECT person_id, categories, basis, decision, action FROM identification.audit_entry WHERE correlation_id = $1`,
          [correlationId],
        );
        expect(rows).toContainEqual({ person_id: personId, categories: ['SUMMARY'], basis: 'LEGAL_MANDATE', decision: 'ALLOWED', action: 'READ' });
      }
    });

    it('answers an unknown reference with NOT_FOUND and a malformed one with BAD_USER_INPUT naming reference', async () => {
      const unknown = await as('ra.officer', BY_REFERENCE, { reference: 'NRM-1999-999999' });
      expect(unknown.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
      for (const reference of ['NRM-2026', "NRM-2026-000001' OR 1=1", 'ARTA TEST', 'NRM-2026-0000001234567890']) {
        const malformed = await as('ra.officer', BY_REFERENCE, { reference });
        expect(malformed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['reference'] });
        expect(malformed.errors?.[0]?.message).not.toContain(reference);
      }
    });

    it('is FORBIDDEN to every role but the RA, even the recording agency, and says nothing about whether the reference exists', async () => {
      for (const username of ['police.tirana', 'cpw.tirana', 'cm.shelter-a', 'coordinator', 'auditor', 'admin']) {
        for (const ref of [reference, 'NRM-1999-999999']) {
          const result = await as<{ personByReference: unknown }>(username, BY_REFERENCE, { reference: ref });
          expect({ username, code: result.errors?.[0]?.extensions.code }).toEqual({ username, code: 'FORBIDDEN' });
          expect(result.data?.personByReference ?? null).toBeNull();
        }
      }
    });
  });

  describe('the initialIdentifications filters', () => {
    const ids = async (username: string, filter: Record<string, unknown>): Promise<string[]> => {
      const result = await as<{ initialIdentifications: { edges: Array<{ node: { id: string } }> } }>(username, LIST, { filter });
      expect(result.errors).toBeUndefined();
      return result.data!.initialIdentifications.edges.map((edge) => edge.node.id);
    };

    let adult: string;
    let child: string;
    let referred: string;
    let border: string;
    let from: string;

    beforeAll(async () => {
      from = new Date(Date.now() - 1000).toISOString();
      adult = (await submitted(fullInput({ placeOfExploitation: 'BOTH', entryRoute: 'PROSECUTOR' }))).id;
      child = (await submitted(adultInput({ person: { ...adultInput().person, dateOfBirth: '2014-01-01' } }))).id;
      const referredOne = await submitted(adultInput());
      referred = referredOne.id;
      await deliver('referral.created', { referralId: randomUUID(), personId: referredOne.person.id, reference: referredOne.person.reference, providerAgencyId: 'shelter-a', urgent: false }, 'referral');
      border = (await submitted(adultInput({ region: 'GJIROKASTER' }), 'border.kakavije')).id;
    });

    it('filters by child, by not yet referred, by date range and by identifying agency', async () => {
      const since = { submittedFrom: from };
      // Only this block's persons: an earlier test's person may fall within the same second.
      const mine = (list: string[]) => list.filter((id) => [adult, child, referred, border].includes(id));
      expect(mine(await ids('ra.officer', { ...since, isChild: true }))).toEqual([child]);
      expect(await ids('ra.officer', { ...since, isChild: false })).toEqual(expect.arrayContaining([adult, referred, border]));
      expect(await ids('ra.officer', { ...since, isChild: false })).not.toContain(child);
      const notReferred = await ids('ra.officer', { ...since, notYetReferred: true });
      expect(notReferred).toEqual(expect.arrayContaining([adult, child, border]));
      expect(notReferred).not.toContain(referred);
      expect(mine(await ids('ra.officer', { ...since, notYetReferred: false }))).toEqual([referred]);
      expect(mine(await ids('ra.officer', { ...since, agencyId: 'border-kakavije' }))).toEqual([border]);
      expect(await ids('ra.officer', { submittedFrom: '2001-01-01T00:00:00Z', submittedTo: '2001-02-01T00:00:00Z' })).toEqual([]);
      expect(mine(await ids('ra.officer', { ...since, entryRoute: 'PROSECUTOR' }))).toEqual([adult]);
      expect(mine(await ids('ra.officer', { ...since, placeOfExploitation: 'BOTH' }))).toEqual([adult]);
    });

    it("never widens a first responder's list: another agency's id gives an empty page", async () => {
      expect(await ids('police.tirana', { submittedFrom: from, agencyId: 'border-kakavije' })).toEqual([]);
      expect(await ids('border.kakavije', { submittedFrom: from })).toEqual([border]);
    });

    it.each<[string, Record<string, unknown>, string]>([
      ['a range that ends before it starts', { submittedFrom: '2026-03-01T00:00:00Z', submittedTo: '2026-02-01T00:00:00Z' }, 'filter.submittedTo'],
      ['a date that is no date', { submittedFrom: 'yesterday' }, 'filter.submittedFrom'],
      ['an agency the directory does not know', { agencyId: 'police-atlantis' }, 'filter.agencyId'],
      ['an agency id with bytes no id has', { agencyId: "x' OR '1'='1" }, 'filter.agencyId'],
      ['a child flag that is not a boolean', { isChild: 'yes' }, 'filter.isChild'],
      ['an unknown entry route', { entryRoute: 'COURT' }, 'filter.entryRoute'],
      ['an unknown region', { region: 'ATLANTIS' }, 'filter.region'],
    ])('refuses %s as BAD_USER_INPUT naming the filter field', async (_label, filter, field) => {
      const result = await as('ra.officer', LIST, { filter });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [field] });
    });
  });

  describe('risk level from security assessments', () => {
    let personId: string;
    let reference: string;

    const riskOf = async (): Promise<string> => {
      const [row] = await subgraph.dataSource.query(`SELECT risk_level FROM identification.person WHERE id = $1`, [personId]);
      return row.risk_level;
    };
    const assessed = (riskLevel: 'HIGH' | 'MODERATE' | 'LOW', assessedAt: string, assessmentId = randomUUID()): EventPayloads['security.assessed'] => ({
      assessmentId,
      caseId: randomUUID(),
      personId,
      reference,
      providerAgencyId: 'shelter-a',
      riskLevel: riskLevel as EventPayloads['security.assessed']['riskLevel'],
      assessedAt,
    });

    beforeAll(async () => {
      // SECURITY among the immediate needs: HIGH until a shelter assesses.
      ({ id: personId, reference } = (await submitted(adultInput({ immediateNeeds: ['SECURITY'] }))).person);
    });

    it('starts from the immediate needs, then follows the latest assessment by assessment time, not by arrival', async () => {
      expect(await riskOf()).toBe('HIGH');
      expect(await deliver('security.assessed', assessed('LOW', '2026-03-10T10:00:00.000Z'), 'shelters')).toBe('processed');
      expect(await riskOf()).toBe('LOW');
      // An older assessment arriving late changes nothing.
      expect(await deliver('security.assessed', assessed('HIGH', '2026-03-01T10:00:00.000Z'), 'shelters')).toBe('processed');
      expect(await riskOf()).toBe('LOW');
      expect(await deliver('security.assessed', assessed('MODERATE', '2026-03-20T10:00:00.000Z'), 'shelters')).toBe('processed');
      expect(await riskOf()).toBe('MODERATE');
      const ra = await as<{ personByReference: { summary: { riskLevel: string } } }>('ra.officer', BY_REFERENCE, { reference });
      expect(ra.data!.personByReference.summary.riskLevel).toBe('MODERATE');
    });

    it('applies a redelivered event once (the inbox), and the same assessment under another event id changes nothing', async () => {
      const payload = assessed('LOW', '2026-04-01T00:00:00.000Z');
      const event: EventEnvelope<'security.assessed'> = {
        id: randomUUID(), type: 'security.assessed', aggregateId: payload.assessmentId, payload, occurredAt: new Date().toISOString(), correlationId: null, producer: 'shelters',
      };
      const signed = testEventSigner('shelters').sign(event);
      expect(await subgraph.consumer!.receive(signed, event.id)).toBe('processed');
      expect(await subgraph.consumer!.receive(signed, event.id)).toBe('duplicate');
      expect(await riskOf()).toBe('LOW');
      const [{ assessed_at: at }] = await subgraph.dataSource.query(`SELECT risk_assessed_at AS assessed_at FROM identification.person WHERE id = $1`, [personId]);
      expect(await deliver('security.assessed', payload, 'shelters')).toBe('processed');
      const [{ assessed_at: again }] = await subgraph.dataSource.query(`SELECT risk_assessed_at AS assessed_at FROM identification.person WHERE id = $1`, [personId]);
      expect(again).toEqual(at);
    });

    it.each<[string, () => unknown]>([
      ['unsigned', () => ({ id: randomUUID(), type: 'security.assessed', aggregateId: randomUUID(), payload: assessed('HIGH', '2026-05-01T00:00:00.000Z'), occurredAt: new Date().toISOString(), correlationId: null, producer: 'shelters' })],
      [
        'signed by referral, which does not own security.assessed',
        () => testEventSigner('referral', 'shelters').sign({ id: randomUUID(), type: 'security.assessed', aggregateId: randomUUID(), payload: assessed('HIGH', '2026-05-01T00:00:00.000Z'), occurredAt: new Date().toISOString(), correlationId: null, producer: 'shelters' }),
      ],
      [
        'signed by shelters, then its level changed',
        () => {
          const genuine = testEventSigner('shelters').sign({ id: randomUUID(), type: 'security.assessed', aggregateId: randomUUID(), payload: assessed('LOW', '2026-05-01T00:00:00.000Z'), occurredAt: new Date().toISOString(), correlationId: null, producer: 'shelters' });
          return { ...genuine, payload: { ...genuine.payload, riskLevel: 'HIGH' } };
        },
      ],
    ])('ignores a forged security.assessed (%s): dead-lettered, the risk level unchanged', async (_label, forge) => {
      const before = await riskOf();
      const data = forge() as { id: string };
      expect(await subgraph.consumer!.receive(data, data.id)).toBe('dead-lettered');
      expect(await riskOf()).toBe(before);
    });

    it('ignores a level the contract does not allow, even signed', async () => {
      const before = await riskOf();
      const payload = { ...assessed('LOW', '2026-06-01T00:00:00.000Z'), riskLevel: 'UNKNOWN' } as unknown as EventPayloads['security.assessed'];
      expect(await deliver('security.assessed', payload, 'shelters')).toBe('processed');
      expect(await riskOf()).toBe(before);
    });

    it('refuses the synchronous endpoint to other roles and fails closed when the shelters service does not answer', async () => {
      const path = `/internal/security-assessments/${randomUUID()}/apply`;
      const post = async (username?: string) => {
        const call = request(subgraph.app.getHttpServer()).post(path).send({ riskLevel: 'LOW', personId });
        return username ? call.set('authorization', `Bearer ${await subgraph.tokenFor(username)}`) : call;
      };
      expect((await post()).status).toBe(401);
      for (const username of ['police.tirana', 'ra.head', 'coordinator']) expect({ username, status: (await post(username)).status }).toEqual({ username, status: 403 });
      const before = await riskOf();
      const down = await post('cm.shelter-a');
      expect(down.status).toBe(500);
      expect(down.body).toEqual({ code: 'INTERNAL' });
      expect(await riskOf()).toBe(before);
      const malformed = await request(subgraph.app.getHttpServer())
        .post('/internal/security-assessments/not-a-uuid/apply')
        .set('authorization', `Bearer ${await subgraph.tokenFor('cm.shelter-a')}`);
      expect(malformed.status).toBe(400);
    });

    it('leaves an erased person alone', async () => {
      const other = (await submitted(adultInput())).person;
      await subgraph.dataSource.query(`UPDATE identification.person SET erased_at = now(), risk_level = 'UNKNOWN' WHERE id = $1`, [other.id]);
      expect(await deliver('security.assessed', { ...assessed('HIGH', '2026-07-01T00:00:00.000Z'), personId: other.id }, 'shelters')).toBe('processed');
      const [row] = await subgraph.dataSource.query(`SELECT risk_level FROM identification.person WHERE id = $1`, [other.id]);
      expect(row.risk_level).toBe('UNKNOWN');
    });
  });
});
