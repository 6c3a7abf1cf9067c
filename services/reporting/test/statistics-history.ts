import { randomUUID } from 'node:crypto';
import { EVENT_PRODUCERS, type EventEnvelope, type EventPayloads, type EventType, type StatisticalFacts } from '@nrm/events';

/** An event as its producer publishes it, at `occurredAt`. */
export function envelope<T extends EventType>(type: T, payload: EventPayloads[T], occurredAt: string | Date): EventEnvelope<T> {
  return {
    id: randomUUID(),
    type,
    aggregateId: randomUUID(),
    payload,
    occurredAt: new Date(occurredAt).toISOString(),
    correlationId: null,
    producer: EVENT_PRODUCERS[type],
  };
}

export function facts(overrides: Partial<StatisticalFacts> = {}): StatisticalFacts {
  return {
    identifiedAt: '2026-03-10T09:00:00.000Z',
    sex: 'FEMALE' as StatisticalFacts['sex'],
    ageGroup: 'ADULT',
    ageBand: 'AGE_18_20' as StatisticalFacts['ageBand'],
    citizenshipGroup: 'FOREIGN' as StatisticalFacts['citizenshipGroup'],
    citizenshipCountry: 'XK',
    exploitationTypes: ['SEXUAL', 'FORCED_LABOUR'] as StatisticalFacts['exploitationTypes'],
    agencyType: 'STATE_POLICE' as StatisticalFacts['agencyType'],
    region: 'TIRANA',
    placeOfExploitation: 'DOMESTIC' as StatisticalFacts['placeOfExploitation'],
    status: 'PRESUMED',
    entryRoute: 'FIRST_RESPONDER' as StatisticalFacts['entryRoute'],
    venue: 'INLAND' as StatisticalFacts['venue'],
    meansOfControl: ['THREATS', 'DEBT_BONDAGE'] as StatisticalFacts['meansOfControl'],
    recruiterRelations: ['FRIEND'] as StatisticalFacts['recruiterRelations'],
    countriesOfExploitation: ['AL'],
    childAtExploitation: false,
    ...overrides,
  };
}

const ref = (n: number) => `NRM-2099-${String(n).padStart(6, '0')}`;

/** `statistics` null: an event published before the statistics existed. */
export function submitted(personId: string, at: string, statistics: StatisticalFacts | null = facts({ identifiedAt: at }), anonymous = false) {
  return envelope(
    'identification.submitted',
    {
      identificationId: randomUUID(),
      personId,
      reference: ref(1),
      recordingAgencyId: 'police-tirana',
      isChild: false,
      region: 'TIRANA',
      anonymous,
      routing: { sex: 'FEMALE' as StatisticalFacts['sex'], foreign: true, accompanyingChildren: false },
      ...(statistics ? { statistics } : {}),
    },
    at,
  );
}

/**
 * A known history of `persons` persons, every event type the read model counts, spread over two years and over
 * midnight in Tirana; some persons linked, one erased, some events of a person before the person's identification.
 */
export function knownHistory(persons: number): EventEnvelope[] {
  const events: EventEnvelope[] = [];
  const ids: string[] = [];
  const start = Date.parse('2025-12-31T22:30:00.000Z');
  for (let n = 0; n < persons; n += 1) {
    const personId = randomUUID();
    ids.push(personId);
    const t = (hours: number) => new Date(start + n * 7 * 3600_000 + hours * 3600_000).toISOString();
    const child = n % 4 === 0;
    events.push(
      submitted(
        personId,
        t(0),
        n % 10 === 9
          ? null
          : facts({
              identifiedAt: t(0),
              ageGroup: child ? 'CHILD' : n % 7 === 0 ? 'UNKNOWN' : 'ADULT',
              sex: (['FEMALE', 'MALE', 'OTHER'] as const)[n % 3] as StatisticalFacts['sex'],
              citizenshipGroup: (n % 2 === 0 ? 'NATIONAL' : 'FOREIGN') as StatisticalFacts['citizenshipGroup'],
              citizenshipCountry: n % 2 === 0 ? 'AL' : null,
              exploitationTypes: (n % 3 === 0 ? ['SEXUAL'] : ['FORCED_LABOUR', 'FORCED_BEGGING']) as StatisticalFacts['exploitationTypes'],
              region: n % 5 === 0 ? 'SHKODER' : 'TIRANA',
            }),
        n % 6 === 0,
      ),
    );
    if (n % 6 === 0) {
      events.push(envelope('identification.interview-recorded', { identificationId: randomUUID(), personId, reference: ref(n), recordingAgencyId: 'police-tirana', isChild: child, region: 'TIRANA', childProtectionUnit: null, statistics: facts({ identifiedAt: t(0), venue: 'BORDER' as StatisticalFacts['venue'] }) }, t(30)));
    }
    if (n % 5 === 1) {
      events.push(envelope('identification.age-verified', { verificationId: randomUUID(), personId, reference: ref(n), outcome: 'CHILD', isChild: true, region: 'TIRANA', childProtectionUnit: { agencyId: 'cpu-tirana', ofRegion: true } }, t(40)));
    }
    if (n % 3 !== 2) {
      const referralId = randomUUID();
      // Every fourth referral is stamped before the identification it follows: it must not be lost.
      const created = n % 4 === 1 ? t(-1) : t(2);
      events.push(envelope('referral.created', { referralId, personId, reference: ref(n), providerAgencyId: 'shelter-a', urgent: n % 2 === 0 }, created));
      if (n % 3 === 0) {
        events.push(envelope('referral.declined', { referralId, personId, reference: ref(n), providerAgencyId: 'shelter-a' }, t(5)));
      } else {
        const caseId = randomUUID();
        events.push(envelope('referral.accepted', { referralId, personId, reference: ref(n), providerAgencyId: 'shelter-a', caseId }, t(6)));
        events.push(envelope('case.opened', { caseId, referralId, personId, reference: ref(n), providerAgencyId: 'shelter-a' }, t(6.5)));
        events.push(envelope('case.admitted', { caseId, personId, reference: ref(n), providerAgencyId: 'shelter-a', placementType: 'RESIDENTIAL', admittedAt: t(7), assessmentsDueAt: t(7 + 14 * 24) }, t(7)));
        events.push(envelope('case.phase_moved', { caseId, personId, reference: ref(n), providerAgencyId: 'shelter-a', phase: 'II', nextContactDueAt: null }, t(100)));
        if (n % 2 === 0) {
          events.push(envelope('case.phase_moved', { caseId, personId, reference: ref(n), providerAgencyId: 'shelter-a', phase: 'III', nextContactDueAt: null }, t(200)));
          events.push(envelope('case.closed', { caseId, referralId, personId, providerAgencyId: 'shelter-a', status: 'CLOSED', closureType: 'REINTEGRATED' }, t(300)));
        }
      }
    }
    if (n % 4 === 2) {
      const formalIdentificationId = randomUUID();
      events.push(envelope('formal_identification.requested', { formalIdentificationId, personId, reference: ref(n), isChild: false, requestedAt: t(10), dueAt: t(130) }, t(10)));
      events.push(envelope('formal_identification.concluded', { formalIdentificationId, personId, reference: ref(n), requestedAt: t(10), outcome: n % 8 === 2 ? 'VICTIM' : 'NOT_VICTIM', memberAgencyIds: ['police-tirana'] }, t(50)));
      events.push(envelope('residence_permit.recorded', { residencePermitId: randomUUID(), personId, reference: ref(n), type: n % 3 === 0 ? 'A' : 'B', expiresAt: t(5000) }, t(60)));
    }
  }
  // Two records of one person, linked; one person erased once everything else about them has happened.
  if (persons >= 6) {
    events.push(envelope('person.linked', { aliasPersonId: ids[4] as string, canonicalPersonId: ids[5] as string }, new Date(start + persons * 7 * 3600_000).toISOString()));
    events.push(envelope('person.erased', { personId: ids[2] as string, reference: ref(2) }, new Date(start + persons * 7 * 3600_000 + 1000).toISOString()));
  }
  return events;
}

/** The read model's rows, the random keys of erased rows replaced by a stable label so two builds compare. */
export async function readModelRows(query: (sql: string) => Promise<Array<Record<string, unknown>>>, prefix = ''): Promise<Record<string, unknown[]>> {
  const tables = ['person_fact', 'person_exploitation', 'referral_fact', 'case_fact', 'permit_fact', 'erased_person'];
  const out: Record<string, unknown[]> = {};
  for (const table of tables) {
    const rows = await query(`SELECT * FROM reporting.${prefix}${table}`);
    out[table] = rows.map((row) => {
      const copy: Record<string, unknown> = { ...row };
      delete copy['updated_at'];
      for (const [column, value] of Object.entries(copy)) if (value instanceof Date) copy[column] = value.toISOString();
      return copy;
    });
  }
  return out;
}
