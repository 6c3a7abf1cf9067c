import { createHmac, randomUUID } from 'node:crypto';
import type { EventConsumer, EventEnvelope } from '@nrm/events';
import { startSubgraph, type SubgraphUnderTest } from '@nrm/testing';
import { DEV_REPORTING_PSEUDONYM_KEY } from '../src/config';
import { reportingDefinition } from '../src/service-definition';
import { envelope, facts, submitted } from './statistics-history';

jest.setTimeout(60_000);

// The statistics read model written from events (docs/statistics.md, "How the read model is written").

let service: SubgraphUnderTest;
let consumer: EventConsumer;

beforeAll(async () => {
  service = await startSubgraph(reportingDefinition);
  if (!service.consumer) throw new Error('reporting consumes events, so it must have a consumer');
  consumer = service.consumer;
});

afterAll(async () => {
  await service?.close();
});

const keyOf = (id: string) => createHmac('sha256', DEV_REPORTING_PSEUDONYM_KEY).update(id).digest('hex');
const iso = (value: unknown) => (value instanceof Date ? value.toISOString() : value);

async function person(personId: string): Promise<Record<string, unknown> | undefined> {
  const [row] = await service.dataSource.query(
    `SELECT p.*, p.identified_on::text AS identified_on,
            ARRAY(SELECT exploitation_type FROM reporting.person_exploitation e WHERE e.person_key = p.person_key ORDER BY 1) AS exploitation
       FROM reporting.person_fact p WHERE person_key = $1`,
    [keyOf(personId)],
  );
  if (!row) return undefined;
  for (const column of Object.keys(row)) row[column] = iso(row[column]);
  return row;
}

async function handleAll(events: EventEnvelope[]): Promise<void> {
  for (const event of events) await expect(consumer.handle(event)).resolves.toBe('processed');
}

describe('the statistics read model, written by the live consumer', () => {
  it('writes a person under the keyed pseudonym with the Tirana date of the identification, never the id', async () => {
    const personId = randomUUID();
    // 23:30 UTC on 31 March is 01:30 on 1 April in Tirana (summer time): counted in April.
    await handleAll([submitted(personId, '2026-03-31T23:30:00.000Z', facts({ identifiedAt: '2026-03-31T23:30:00.000Z' }), true)]);
    expect(await person(personId)).toMatchObject({
      person_key: keyOf(personId),
      identified_at: '2026-03-31T23:30:00.000Z',
      identified_on: '2026-04-01',
      sex: 'FEMALE',
      age_group: 'ADULT',
      age_band: 'AGE_18_20',
      citizenship_group: 'FOREIGN',
      citizenship_country: 'XK',
      agency_type: 'STATE_POLICE',
      region: 'TIRANA',
      status: 'PRESUMED',
      means_of_control: ['DEBT_BONDAGE', 'THREATS'],
      consent_refused: true,
      merged_into: null,
      exploitation: ['FORCED_LABOUR', 'SEXUAL'],
    });
    const everywhere = await service.dataSource.query(`SELECT count(*)::int AS n FROM reporting.person_fact WHERE person_key = $1`, [personId]);
    expect(everywhere[0].n).toBe(0);
  });

  it('applies a redelivered event once (the inbox), and a replayed copy under a new id changes nothing either', async () => {
    const personId = randomUUID();
    const event = submitted(personId, '2026-05-02T10:00:00.000Z');
    await expect(consumer.handle(event)).resolves.toBe('processed');
    const first = await person(personId);
    await expect(consumer.handle(event)).resolves.toBe('duplicate');
    await expect(consumer.handle({ ...event, id: randomUUID() })).resolves.toBe('processed');
    expect({ ...(await person(personId)), updated_at: null }).toEqual({ ...first, updated_at: null });
  });

  it('keeps a referral, an acceptance, a case and an age verification that arrive before the identification', async () => {
    const personId = randomUUID();
    const referralId = randomUUID();
    const caseId = randomUUID();
    await handleAll([
      envelope('referral.accepted', { referralId, personId, reference: 'NRM-2099-000001', providerAgencyId: 'shelter-a', caseId }, '2026-06-01T12:00:00Z'),
      envelope('case.admitted', { caseId, personId, reference: 'NRM-2099-000001', providerAgencyId: 'shelter-a', placementType: 'RESIDENTIAL', admittedAt: '2026-06-01T15:00:00Z', assessmentsDueAt: '2026-06-15T15:00:00Z' }, '2026-06-01T15:00:00Z'),
      envelope('identification.age-verified', { verificationId: randomUUID(), personId, reference: 'NRM-2099-000001', outcome: 'CHILD', isChild: true, region: 'TIRANA', childProtectionUnit: { agencyId: 'cpu-tirana', ofRegion: true } }, '2026-06-03T08:00:00Z'),
    ]);
    // Not counted yet: no identification date.
    expect(await person(personId)).toMatchObject({ identified_on: null, accepted_at: '2026-06-01T12:00:00.000Z', age_group: 'CHILD' });
    await handleAll([
      envelope('referral.created', { referralId, personId, reference: 'NRM-2099-000001', providerAgencyId: 'shelter-a', urgent: true }, '2026-05-31T22:30:00Z'),
      envelope('case.opened', { caseId, referralId, personId, reference: 'NRM-2099-000001', providerAgencyId: 'shelter-a' }, '2026-06-01T12:00:01Z'),
      submitted(personId, '2026-05-30T09:00:00.000Z'),
    ]);
    expect(await person(personId)).toMatchObject({
      identified_on: '2026-05-30',
      referred_at: '2026-05-31T22:30:00.000Z',
      accepted_at: '2026-06-01T12:00:00.000Z',
      // The verification (3 June) is later than the submission's statistics: it stands.
      age_group: 'CHILD',
      status: 'PRESUMED',
    });
    const [referral] = await service.dataSource.query(`SELECT person_key, created_on::text, urgent, decision FROM reporting.referral_fact WHERE referral_key = $1`, [keyOf(referralId)]);
    expect(referral).toEqual({ person_key: keyOf(personId), created_on: '2026-06-01', urgent: true, decision: 'ACCEPTED' });
    const [row] = await service.dataSource.query(`SELECT opened_on::text, admitted_at FROM reporting.case_fact WHERE case_key = $1`, [keyOf(caseId)]);
    expect(row).toEqual({ opened_on: '2026-06-01', admitted_at: new Date('2026-06-01T15:00:00Z') });
  });

  it('lets the latest statistics and age win, whatever order they arrive in', async () => {
    const personId = randomUUID();
    const interview = envelope('identification.interview-recorded', { identificationId: randomUUID(), personId, reference: 'NRM-2099-000002', recordingAgencyId: 'police-tirana', isChild: false, region: 'TIRANA', childProtectionUnit: null, statistics: facts({ identifiedAt: '2026-07-01T09:00:00Z', venue: 'BORDER' as never, ageGroup: 'ADULT' }) }, '2026-07-05T09:00:00Z');
    await handleAll([interview, submitted(personId, '2026-07-01T09:00:00Z', facts({ identifiedAt: '2026-07-01T09:00:00Z', venue: 'INLAND' as never, ageGroup: 'UNKNOWN' }))]);
    expect(await person(personId)).toMatchObject({ venue: 'BORDER', age_group: 'ADULT', identified_on: '2026-07-01' });
    await handleAll([
      envelope('identification.age-verified', { verificationId: randomUUID(), personId, reference: 'NRM-2099-000002', outcome: 'CHILD', isChild: true, region: 'TIRANA', childProtectionUnit: { agencyId: 'cpu-tirana', ofRegion: true } }, '2026-07-10T09:00:00Z'),
    ]);
    expect(await person(personId)).toMatchObject({ age_group: 'CHILD' });
  });

  it('follows the formal identification requested last, its outcome and the case phase and closure', async () => {
    const personId = randomUUID();
    const caseId = randomUUID();
    const first = randomUUID();
    const second = randomUUID();
    await handleAll([
      submitted(personId, '2026-08-01T09:00:00Z'),
      envelope('formal_identification.concluded', { formalIdentificationId: second, personId, reference: 'R', requestedAt: '2026-08-20T09:00:00Z', outcome: 'VICTIM', memberAgencyIds: [] }, '2026-08-25T09:00:00Z'),
      envelope('formal_identification.requested', { formalIdentificationId: first, personId, reference: 'R', isChild: false, requestedAt: '2026-08-02T09:00:00Z', dueAt: '2026-08-09T09:00:00Z' }, '2026-08-02T09:00:00Z'),
      envelope('formal_identification.concluded', { formalIdentificationId: first, personId, reference: 'R', requestedAt: '2026-08-02T09:00:00Z', outcome: 'NOT_VICTIM', memberAgencyIds: [] }, '2026-08-10T09:00:00Z'),
      envelope('case.phase_moved', { caseId, personId, reference: 'R', providerAgencyId: 'shelter-a', phase: 'III', nextContactDueAt: null }, '2026-09-10T09:00:00Z'),
      envelope('case.phase_moved', { caseId, personId, reference: 'R', providerAgencyId: 'shelter-a', phase: 'II', nextContactDueAt: null }, '2026-09-01T09:00:00Z'),
      envelope('case.closed', { caseId, referralId: randomUUID(), personId, providerAgencyId: 'shelter-a', status: 'CLOSED', closureType: 'REINTEGRATED' }, '2026-09-30T22:30:00Z'),
      envelope('residence_permit.recorded', { residencePermitId: randomUUID(), personId, reference: 'R', type: 'A', expiresAt: '2027-09-01T00:00:00Z' }, '2026-09-02T09:00:00Z'),
    ]);
    expect(await person(personId)).toMatchObject({ status: 'VICTIM', outcome: 'VICTIM', formal_requested_at: '2026-08-20T09:00:00.000Z', outcome_at: '2026-08-25T09:00:00.000Z', case_phase: 'III' });
    const [row] = await service.dataSource.query(`SELECT phase, closed_on::text, closure_status, closure_type FROM reporting.case_fact WHERE case_key = $1`, [keyOf(caseId)]);
    expect(row).toEqual({ phase: 'III', closed_on: '2026-10-01', closure_status: 'CLOSED', closure_type: 'REINTEGRATED' });
    const permits = await service.dataSource.query(`SELECT permit_type, recorded_on::text FROM reporting.permit_fact WHERE person_key = $1`, [keyOf(personId)]);
    expect(permits).toEqual([{ permit_type: 'A', recorded_on: '2026-09-02' }]);
  });

  it('stops counting a linked alias on its own, even when the link arrives first', async () => {
    const alias = randomUUID();
    const canonical = randomUUID();
    await handleAll([envelope('person.linked', { aliasPersonId: alias, canonicalPersonId: canonical }, '2026-10-02T09:00:00Z'), submitted(alias, '2026-10-01T09:00:00Z'), submitted(canonical, '2026-10-01T10:00:00Z')]);
    expect(await person(alias)).toMatchObject({ merged_into: keyOf(canonical), identified_on: '2026-10-01' });
    expect(await person(canonical)).toMatchObject({ merged_into: null });
  });

  it('cuts an erased person off: a random pseudonym everywhere, the counts kept, later events about them not written', async () => {
    const personId = randomUUID();
    const alias = randomUUID();
    const referralId = randomUUID();
    const caseId = randomUUID();
    const count = async () => {
      const [row] = await service.dataSource.query(
        `SELECT (SELECT count(*) FROM reporting.person_fact)::int AS persons, (SELECT count(*) FROM reporting.person_exploitation)::int AS types,
                (SELECT count(*) FROM reporting.referral_fact)::int AS referrals, (SELECT count(*) FROM reporting.case_fact)::int AS cases,
                (SELECT count(*) FROM reporting.permit_fact)::int AS permits`,
      );
      return row;
    };
    await handleAll([
      submitted(personId, '2026-11-01T09:00:00Z'),
      submitted(alias, '2026-11-01T09:30:00Z'),
      envelope('person.linked', { aliasPersonId: alias, canonicalPersonId: personId }, '2026-11-01T10:00:00Z'),
      envelope('referral.created', { referralId, personId, reference: 'R', providerAgencyId: 'shelter-a', urgent: false }, '2026-11-02T09:00:00Z'),
      envelope('referral.accepted', { referralId, personId, reference: 'R', providerAgencyId: 'shelter-a', caseId }, '2026-11-03T09:00:00Z'),
      envelope('case.opened', { caseId, referralId, personId, reference: 'R', providerAgencyId: 'shelter-a' }, '2026-11-03T09:00:01Z'),
      envelope('residence_permit.recorded', { residencePermitId: randomUUID(), personId, reference: 'R', type: 'B', expiresAt: '2027-11-01T00:00:00Z' }, '2026-11-04T09:00:00Z'),
    ]);
    const before = await count();
    const [{ random_key: randomBefore }] = await service.dataSource.query(`SELECT person_key AS random_key FROM reporting.person_fact WHERE person_key = $1`, [keyOf(personId)]);
    expect(randomBefore).toBe(keyOf(personId));
    await handleAll([envelope('person.erased', { personId, reference: 'R' }, '2026-11-05T09:00:00Z')]);
    expect(await count()).toEqual(before);
    expect(await person(personId)).toBeUndefined();
    for (const [table, column, id] of [['referral_fact', 'referral_key', referralId], ['case_fact', 'case_key', caseId], ['referral_fact', 'person_key', personId], ['case_fact', 'person_key', personId], ['permit_fact', 'person_key', personId]] as const) {
      const rows = await service.dataSource.query(`SELECT 1 FROM reporting.${table} WHERE ${column} = $1`, [keyOf(id)]);
      expect(rows).toEqual([]);
    }
    // The alias still points at the person's row (now under a random key): one person, counted once.
    const aliasRow = await person(alias);
    const [erasedRow] = await service.dataSource.query(`SELECT person_key, identified_on::text FROM reporting.person_fact WHERE person_key = $1`, [aliasRow?.['merged_into']]);
    expect(erasedRow).toEqual({ person_key: expect.stringMatching(/^[0-9a-f]{64}$/), identified_on: '2026-11-01' });
    const [{ n: exploitation }] = await service.dataSource.query(`SELECT count(*)::int AS n FROM reporting.person_exploitation WHERE person_key = $1`, [erasedRow.person_key]);
    expect(exploitation).toBe(2);
    // A case closure about the erased person arriving late is not written under the old pseudonym.
    await handleAll([envelope('case.closed', { caseId, referralId, personId, providerAgencyId: 'shelter-a', status: 'CLOSED', closureType: 'REINTEGRATED' }, '2026-11-06T09:00:00Z')]);
    expect(await count()).toEqual(before);
    expect(await service.dataSource.query(`SELECT 1 FROM reporting.case_fact WHERE case_key = $1 OR person_key = $2`, [keyOf(caseId), keyOf(personId)])).toEqual([]);
  });

  it('counts an identification published before the statistics existed from its routing codes', async () => {
    const personId = randomUUID();
    await handleAll([submitted(personId, '2026-12-01T09:00:00Z', null)]);
    expect(await person(personId)).toMatchObject({ identified_on: '2026-12-01', sex: 'FEMALE', citizenship_group: 'FOREIGN', age_group: 'UNKNOWN', region: 'TIRANA', status: 'PRESUMED', exploitation: [] });
  });
});
