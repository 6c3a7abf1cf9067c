import type { EventEnvelope, EventType, StatisticalFacts } from '@nrm/events';
import { type CaseFact, FactBatch, type PersonFact, type ReferralFact } from './fact-rows';
import type { Pseudonyms } from './pseudonyms';

/** The event types the read model is written from (docs/statistics.md, "What reaches the reporting service"). */
export const READ_MODEL_EVENT_TYPES = [
  'identification.submitted',
  'identification.age-verified',
  'identification.interview-recorded',
  'person.linked',
  'person.erased',
  'referral.created',
  'referral.accepted',
  'referral.declined',
  'case.opened',
  'case.admitted',
  'case.phase_moved',
  'case.closed',
  'formal_identification.requested',
  'formal_identification.concluded',
  'residence_permit.recorded',
] as const satisfies readonly EventType[];
export type ReadModelEventType = (typeof READ_MODEL_EVENT_TYPES)[number];
export type ReadModelEvent = EventEnvelope<ReadModelEventType>;

/** The pseudonyms an event's rows are found under, before anything is loaded. */
export interface EventKeys {
  /** Every person the event is about (both records of a link). */
  persons: string[];
  referral?: string;
  case?: string;
  permit?: string;
}

export function keysOf(event: ReadModelEvent, pseudonyms: Pseudonyms): EventKeys {
  if (event.type === 'person.linked') {
    const { aliasPersonId, canonicalPersonId } = (event as EventEnvelope<'person.linked'>).payload;
    return { persons: [pseudonyms.of(aliasPersonId), pseudonyms.of(canonicalPersonId)] };
  }
  const payload = event.payload as { personId: string; referralId?: string; caseId?: string; residencePermitId?: string };
  const keys: EventKeys = { persons: [pseudonyms.of(payload.personId)] };
  if (event.type.startsWith('referral.') && payload.referralId) keys.referral = pseudonyms.of(payload.referralId);
  if (event.type.startsWith('case.') && payload.caseId) keys.case = pseudonyms.of(payload.caseId);
  if (event.type === 'residence_permit.recorded' && payload.residencePermitId) keys.permit = pseudonyms.of(payload.residencePermitId);
  return keys;
}

/** YYYY-MM-DD in Tirana (docs/calendar.md). */
export type LocalDate = (instant: string) => string;

const CANONICAL = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;
/** UTC with milliseconds, so times compare as strings (most arrive so already). */
const iso = (value: string): string => (CANONICAL.test(value) ? value : new Date(value).toISOString());
const earliest = (current: string | null, candidate: string): string => (current === null || candidate < current ? candidate : current);
/** Whether a value true at `at` replaces one true at `current`: the latest wins, so the order of arrival does not matter. */
const newer = (current: string | null, at: string): boolean => current === null || at >= current;

/**
 * Applies one event to the rows of `batch` (already loaded with what the database holds). Every rule gives the same
 * rows whatever order the events of one person arrive in (docs/statistics.md, "How the read model is written"): the
 * earliest time of a stage, the latest value of what changes, a row started by whichever event comes first. Erasure
 * is not applied here (it re-keys rows the batch may not hold): the caller writes the batch, then erases.
 */
export function foldEvent(batch: FactBatch, event: ReadModelEvent, keys: EventKeys, localDate: LocalDate): void {
  const at = iso(event.occurredAt);
  const personKey = keys.persons[0] as string;
  switch (event.type) {
    case 'identification.submitted':
    case 'identification.interview-recorded': {
      const payload = (event as EventEnvelope<'identification.submitted'>).payload;
      const person = batch.person(personKey);
      if (event.type === 'identification.submitted' && payload.anonymous) person.consent_refused = true;
      if (payload.statistics) applyStatistics(batch, person, payload.statistics, at, localDate);
      else if (person.identified_at === null) applyLegacyIdentification(person, event as EventEnvelope<'identification.submitted'>, at, localDate);
      return;
    }
    case 'identification.age-verified': {
      const person = batch.person(personKey);
      if (newer(person.age_group_at, at)) {
        person.age_group = (event as EventEnvelope<'identification.age-verified'>).payload.outcome;
        person.age_group_at = at;
      }
      return;
    }
    case 'person.linked': {
      // The alias stops counting: one person, counted once (queries count rows with merged_into NULL).
      batch.person(personKey).merged_into = keys.persons[1] as string;
      return;
    }
    case 'person.erased':
      return;
    case 'referral.created': {
      const referral = referralRow(batch, keys, personKey, at, localDate);
      referral.urgent = (event as EventEnvelope<'referral.created'>).payload.urgent;
      const person = batch.person(personKey);
      person.referred_at = earliest(person.referred_at, at);
      return;
    }
    case 'referral.accepted':
    case 'referral.declined': {
      const referral = referralRow(batch, keys, personKey, at, localDate);
      referral.decision = event.type === 'referral.accepted' ? 'ACCEPTED' : 'DECLINED';
      referral.answered_at = at;
      if (event.type === 'referral.accepted') {
        const person = batch.person(personKey);
        person.accepted_at = earliest(person.accepted_at, at);
      }
      return;
    }
    case 'case.opened':
      caseRow(batch, keys, personKey, at, localDate);
      return;
    case 'case.admitted': {
      const row = caseRow(batch, keys, personKey, at, localDate);
      row.admitted_at = iso((event as EventEnvelope<'case.admitted'>).payload.admittedAt);
      return;
    }
    case 'case.phase_moved': {
      const { phase } = (event as EventEnvelope<'case.phase_moved'>).payload;
      const row = caseRow(batch, keys, personKey, at, localDate);
      if (newer(row.phase_at, at)) {
        row.phase = phase;
        row.phase_at = at;
      }
      const person = batch.person(personKey);
      if (newer(person.case_phase_at, at)) {
        person.case_phase = phase;
        person.case_phase_at = at;
      }
      return;
    }
    case 'case.closed': {
      const { status, closureType } = (event as EventEnvelope<'case.closed'>).payload;
      const row = caseRow(batch, keys, personKey, at, localDate);
      row.closed_at = at;
      row.closed_on = localDate(at);
      row.closure_status = status;
      row.closure_type = closureType;
      return;
    }
    case 'formal_identification.requested':
    case 'formal_identification.concluded': {
      const payload = (event as EventEnvelope<'formal_identification.concluded'>).payload;
      const requestedAt = iso(payload.requestedAt);
      const outcome = event.type === 'formal_identification.concluded' ? payload.outcome : null;
      const person = batch.person(personKey);
      // The person's status follows the formal identification requested last (as identification's does,
      // docs/events.md): an older one's request or conclusion arriving late changes nothing.
      if (person.formal_requested_at === null || requestedAt > person.formal_requested_at) {
        person.formal_requested_at = requestedAt;
        person.outcome = outcome;
        person.outcome_at = outcome ? at : null;
      } else if (requestedAt === person.formal_requested_at && outcome) {
        person.outcome = outcome;
        person.outcome_at = at;
      }
      person.status = statusOf(person, null);
      return;
    }
    case 'residence_permit.recorded': {
      const permitKey = keys.permit as string;
      if (batch.permits.has(permitKey)) return;
      batch.permits.set(permitKey, {
        permit_key: permitKey,
        person_key: personKey,
        permit_type: (event as EventEnvelope<'residence_permit.recorded'>).payload.type,
        recorded_at: at,
        recorded_on: localDate(at),
      });
      batch.changedPermits.add(permitKey);
      return;
    }
  }
}

/** The person's status: the formal identification's outcome, else FORMAL_ID_REQUESTED, else the submission's. */
function statusOf(person: PersonFact, submitted: string | null): string | null {
  if (person.outcome) return person.outcome;
  if (person.formal_requested_at) return 'FORMAL_ID_REQUESTED';
  return submitted ?? person.status;
}

/** The latest statistics win (the interview's, recorded later, complete what the submission had). */
function applyStatistics(batch: FactBatch, person: PersonFact, facts: StatisticalFacts, at: string, localDate: LocalDate): void {
  if (newer(person.age_group_at, at)) {
    person.age_group = facts.ageGroup;
    person.age_group_at = at;
  }
  if (!newer(person.facts_at, at)) return;
  const identifiedAt = iso(facts.identifiedAt);
  Object.assign(person, {
    identified_at: identifiedAt,
    identified_on: localDate(identifiedAt),
    sex: facts.sex,
    age_band: facts.ageBand,
    citizenship_group: facts.citizenshipGroup,
    citizenship_country: facts.citizenshipCountry,
    agency_type: facts.agencyType,
    region: facts.region,
    place_of_exploitation: facts.placeOfExploitation,
    entry_route: facts.entryRoute,
    venue: facts.venue,
    means_of_control: [...facts.meansOfControl].sort(),
    recruiter_relations: [...facts.recruiterRelations].sort(),
    countries_of_exploitation: [...facts.countriesOfExploitation].sort(),
    child_at_exploitation: facts.childAtExploitation,
    facts_at: at,
  } satisfies Partial<PersonFact>);
  person.status = statusOf(person, facts.status);
  person.exploitation_types = [...new Set(facts.exploitationTypes)].sort();
  batch.exploitationChanged.add(person.person_key);
}

/**
 * An identification published before the statistics existed carries only its routing codes: the person is counted
 * from them (the rest UNKNOWN) until an event with statistics replaces them.
 */
function applyLegacyIdentification(person: PersonFact, event: EventEnvelope<'identification.submitted'>, at: string, localDate: LocalDate): void {
  const { payload } = event;
  person.identified_at = at;
  person.identified_on = localDate(at);
  person.sex = payload.routing?.sex ?? 'UNKNOWN';
  if (person.age_group_at === null) person.age_group = 'UNKNOWN';
  person.age_band = 'UNKNOWN';
  person.citizenship_group = payload.routing ? (payload.routing.foreign ? 'FOREIGN' : 'NATIONAL') : 'UNKNOWN';
  person.agency_type = 'UNKNOWN';
  person.region = payload.region;
  person.status = statusOf(person, 'PRESUMED');
}

/** The referral's row, started by whichever of its events comes first; `created_at` is the earliest seen. */
function referralRow(batch: FactBatch, keys: EventKeys, personKey: string, at: string, localDate: LocalDate): ReferralFact {
  const referralKey = keys.referral as string;
  let row = batch.referrals.get(referralKey);
  if (!row) {
    row = { referral_key: referralKey, person_key: personKey, created_at: at, created_on: localDate(at), urgent: false, decision: null, answered_at: null };
    batch.referrals.set(referralKey, row);
  } else if (at < row.created_at) {
    row.created_at = at;
    row.created_on = localDate(at);
  }
  batch.changedReferrals.add(referralKey);
  return row;
}

/** The case's row, started by whichever of its events comes first; `opened_at` is the earliest seen. */
function caseRow(batch: FactBatch, keys: EventKeys, personKey: string, at: string, localDate: LocalDate): CaseFact {
  const caseKey = keys.case as string;
  let row = batch.cases.get(caseKey);
  if (!row) {
    row = {
      case_key: caseKey,
      person_key: personKey,
      opened_at: at,
      opened_on: localDate(at),
      admitted_at: null,
      phase: null,
      phase_at: null,
      closed_at: null,
      closed_on: null,
      closure_status: null,
      closure_type: null,
    };
    batch.cases.set(caseKey, row);
  } else if (at < row.opened_at) {
    row.opened_at = at;
    row.opened_on = localDate(at);
  }
  batch.changedCases.add(caseKey);
  return row;
}
