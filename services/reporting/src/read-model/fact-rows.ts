/**
 * The read model's rows as the writer holds them between loading and writing (docs/statistics.md): codes, dates and
 * pseudonyms only. Times are ISO 8601 strings in UTC (`Date#toISOString`, so they compare as strings); `*_on` dates
 * are Tirana calendar dates (YYYY-MM-DD, docs/calendar.md).
 */
export interface PersonFact {
  person_key: string;
  identified_at: string | null;
  identified_on: string | null;
  sex: string | null;
  age_group: string | null;
  age_band: string | null;
  citizenship_group: string | null;
  citizenship_country: string | null;
  agency_type: string | null;
  region: string | null;
  place_of_exploitation: string | null;
  status: string | null;
  entry_route: string | null;
  venue: string | null;
  means_of_control: string[];
  recruiter_relations: string[];
  countries_of_exploitation: string[];
  child_at_exploitation: boolean | null;
  consent_refused: boolean;
  merged_into: string | null;
  referred_at: string | null;
  accepted_at: string | null;
  formal_requested_at: string | null;
  outcome: string | null;
  outcome_at: string | null;
  case_phase: string | null;
  facts_at: string | null;
  age_group_at: string | null;
  case_phase_at: string | null;
  /** person_exploitation's rows of the person. */
  exploitation_types: string[];
}

export interface ReferralFact {
  referral_key: string;
  person_key: string;
  created_at: string;
  created_on: string;
  urgent: boolean;
  decision: string | null;
  answered_at: string | null;
}

export interface CaseFact {
  case_key: string;
  person_key: string;
  opened_at: string;
  opened_on: string;
  admitted_at: string | null;
  phase: string | null;
  phase_at: string | null;
  closed_at: string | null;
  closed_on: string | null;
  closure_status: string | null;
  closure_type: string | null;
}

export interface PermitFact {
  permit_key: string;
  person_key: string;
  permit_type: string;
  recorded_at: string;
  recorded_on: string;
}

/** A person row before anything is known of them but their pseudonym. */
export function personStub(personKey: string): PersonFact {
  return {
    person_key: personKey,
    identified_at: null,
    identified_on: null,
    sex: null,
    age_group: null,
    age_band: null,
    citizenship_group: null,
    citizenship_country: null,
    agency_type: null,
    region: null,
    place_of_exploitation: null,
    status: null,
    entry_route: null,
    venue: null,
    means_of_control: [],
    recruiter_relations: [],
    countries_of_exploitation: [],
    child_at_exploitation: null,
    consent_refused: false,
    merged_into: null,
    referred_at: null,
    accepted_at: null,
    formal_requested_at: null,
    outcome: null,
    outcome_at: null,
    case_phase: null,
    facts_at: null,
    age_group_at: null,
    case_phase_at: null,
    exploitation_types: [],
  };
}

/**
 * The rows one batch of events touches: loaded first (those that exist), changed in memory event by event, then
 * written back at once. `changed*` say which to write; `exploitationChanged` which persons' exploitation rows to
 * replace.
 */
export class FactBatch {
  readonly persons = new Map<string, PersonFact>();
  readonly referrals = new Map<string, ReferralFact>();
  readonly cases = new Map<string, CaseFact>();
  readonly permits = new Map<string, PermitFact>();
  readonly changedPersons = new Set<string>();
  readonly exploitationChanged = new Set<string>();
  readonly changedReferrals = new Set<string>();
  readonly changedCases = new Set<string>();
  readonly changedPermits = new Set<string>();

  person(personKey: string): PersonFact {
    let row = this.persons.get(personKey);
    if (!row) {
      row = personStub(personKey);
      this.persons.set(personKey, row);
    }
    this.changedPersons.add(personKey);
    return row;
  }

  get isEmpty(): boolean {
    return this.changedPersons.size + this.changedReferrals.size + this.changedCases.size + this.changedPermits.size === 0;
  }
}
