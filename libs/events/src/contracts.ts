import type {
  AgeBand,
  AgencyType,
  CitizenshipGroup,
  EntryRoute,
  ExploitationType,
  MeansOfControl,
  PlaceOfExploitation,
  RecruiterRelation,
  RiskLevel,
  Sex,
  Venue,
} from '@nrm/domain';

/**
 * Events that cross service boundaries. Payloads carry ids and references only, plus the routing codes the law
 * needs to reach the right people (a child's case goes to the child protection unit of its region) — never names,
 * dates of birth, contact details or narrative. The database carries state; the queue carries ids.
 */
export const ServiceName = {
  IDENTIFICATION: 'identification',
  REFERRAL: 'referral',
  FORMAL_IDENTIFICATION: 'formal-identification',
  SHELTERS: 'shelters',
  REPORTING: 'reporting',
  NOTIFICATIONS: 'notifications',
} as const;
export type ServiceName = (typeof ServiceName)[keyof typeof ServiceName];

/**
 * What the national statistics count of a person at identification (docs/statistics.md): codes only, never a name,
 * a date of birth, free text or a document number. Carried by `identification.submitted` and, once the interview is
 * recorded later, by `identification.interview-recorded`; absent from events older than the statistics.
 */
export interface StatisticalFacts {
  /** When the identification was submitted (ISO 8601): the period it is counted in. */
  identifiedAt: string;
  sex: Sex;
  /** CHILD, ADULT, or UNKNOWN when no age is known (a presumed child with no age is UNKNOWN). */
  ageGroup: 'CHILD' | 'ADULT' | 'UNKNOWN';
  /** The CTDC age band (ageBroad). */
  ageBand: AgeBand;
  citizenshipGroup: CitizenshipGroup;
  /** ISO 3166-1 alpha-2 (or XK); null when not known. */
  citizenshipCountry: string | null;
  exploitationTypes: ExploitationType[];
  /** The identifying agency's type. */
  agencyType: AgencyType;
  region: string;
  placeOfExploitation: PlaceOfExploitation | null;
  /** The status the submission gave: AT_RISK (threshold not met) or PRESUMED (a potential victim). */
  status: 'AT_RISK' | 'PRESUMED';
  entryRoute: EntryRoute;
  venue: Venue;
  meansOfControl: MeansOfControl[];
  recruiterRelations: RecruiterRelation[];
  /** ISO 3166-1 alpha-2 codes of the countries of exploitation, where recorded. */
  countriesOfExploitation: string[];
  /** Whether the person was a child when exploited; null when not known. */
  childAtExploitation: boolean | null;
}

/**
 * Every key of StatisticalFacts, and nothing else: the allowlist a producer's statistics are checked against (a key
 * added to the interface does not compile until it is added here, where a test refuses any personal field).
 */
export const STATISTICAL_FACT_KEYS: { readonly [K in keyof StatisticalFacts]-?: true } = {
  identifiedAt: true,
  sex: true,
  ageGroup: true,
  ageBand: true,
  citizenshipGroup: true,
  citizenshipCountry: true,
  exploitationTypes: true,
  agencyType: true,
  region: true,
  placeOfExploitation: true,
  status: true,
  entryRoute: true,
  venue: true,
  meansOfControl: true,
  recruiterRelations: true,
  countriesOfExploitation: true,
  childAtExploitation: true,
};

export interface EventPayloads {
  'identification.submitted': {
    identificationId: string;
    personId: string;
    reference: string;
    recordingAgencyId: string;
    isChild: boolean;
    region: string;
    anonymous: boolean;
    /** Routing codes from the non-identifying SUMMARY: a provider must serve the person's category. */
    routing: { sex: Sex; foreign: boolean; accompanyingChildren: boolean };
    /**
     * For a child: the child protection unit given the mandate, to be told at once; `ofRegion` is false when the region
     * has no unit and the national one stands in (the RA is told). Null for an adult; absent from older events.
     */
    childProtectionUnit?: { agencyId: string; ofRegion: boolean } | null;
    /** The codes the national statistics count (docs/statistics.md); absent from older events. */
    statistics?: StatisticalFacts;
  };
  /**
   * The Responsible Authority recorded a verification of the person's age (docs/domain.md, "Age and the presumption of
   * childhood"): `isChild` is the pathway from now on. The child protection unit of the person's area is told either
   * way (`childProtectionUnit`, chosen as for a submission); consumers update what they project of the person.
   */
  'identification.age-verified': {
    verificationId: string;
    personId: string;
    reference: string;
    outcome: 'ADULT' | 'CHILD';
    isChild: boolean;
    region: string;
    childProtectionUnit: { agencyId: string; ofRegion: boolean };
  };
  /**
   * An interview was recorded after the submission of a person recorded without consent to it (docs/domain.md, "An
   * interview later"): the person may now be referred, and `isChild` is the pathway the interview's age gives.
   */
  'identification.interview-recorded': {
    identificationId: string;
    personId: string;
    reference: string;
    recordingAgencyId: string;
    isChild: boolean;
    region: string;
    /** For a child (or presumed child): the unit mandated for them, told as on a submission; null for an adult. */
    childProtectionUnit: { agencyId: string; ofRegion: boolean } | null;
    /** The codes the national statistics count, complete now that the interview is recorded; absent from older events. */
    statistics?: StatisticalFacts;
  };
  'referral.created': { referralId: string; personId: string; reference: string; providerAgencyId: string; urgent: boolean };
  /** `caseId`: the id of the case the provider's shelter opens, fixed at acceptance (absent from older events). */
  'referral.accepted': { referralId: string; personId: string; reference: string; providerAgencyId: string; caseId?: string };
  'referral.declined': { referralId: string; personId: string; reference: string; providerAgencyId: string };
  /** The Responsible Authority withdrew a pending referral; the reason is a code (ReferralWithdrawalReason). */
  'referral.withdrawn': { referralId: string; personId: string; reference: string; providerAgencyId: string; reason: string };
  /**
   * An accepted referral (a placement) ended and its place was given back; the provider's ACCEPTED_REFERRAL
   * relationship to the person ends. `reason` TRANSFERRED: the person's transfer to another provider was accepted
   * (`transferredToReferralId` names it), and case management closes the old case as referred on. CASE_CLOSED: the
   * provider closed the case (`case.closed`, status CLOSED); `transferredToReferralId` is null then.
   */
  'referral.closed': {
    referralId: string;
    personId: string;
    reference: string;
    providerAgencyId: string;
    reason: 'TRANSFERRED' | 'CASE_CLOSED';
    transferredToReferralId: string | null;
  };
  'case.opened': { caseId: string; referralId: string; personId: string; reference: string; providerAgencyId: string };
  /**
   * The person was admitted (docs/domain.md §2 step 3): the case is ACTIVE in phase I; `assessmentsDueAt` is when the
   * comprehensive needs assessment is due (14 days after admission). Dates are ISO 8601.
   */
  'case.admitted': { caseId: string; personId: string; reference: string; providerAgencyId: string; placementType: string; admittedAt: string; assessmentsDueAt: string };
  /**
   * The case closed (docs/domain.md §2 step 8): CLOSED after its review (`closureType` a ClosureType code), or
   * CLOSED_REFERRED on a transfer (`closureType` null). The shelter's OPEN_CASE and ACCEPTED_REFERRAL relationships to
   * the person end; on CLOSED the referral service ends the placement (the place is given back, `referral.closed`).
   */
  'case.closed': {
    caseId: string;
    referralId: string;
    personId: string;
    providerAgencyId: string;
    status: 'CLOSED' | 'CLOSED_REFERRED';
    closureType: string | null;
  };
  /**
   * A consent grant was withdrawn: live referrals to the grantee lose what it opened, and its case managers are told.
   * The grantee is one agency (`granteeAgencyId`) or every agency of a type (`granteeAgencyType`, absent from older
   * events); for a type, `liveReferralAgencyIds` names the agencies of the type with a live referral or case of the
   * person when it was withdrawn.
   */
  'consent.withdrawn': {
    grantId: string;
    personId: string;
    reference: string;
    granteeAgencyId: string | null;
    granteeAgencyType?: string | null;
    liveReferralAgencyIds?: string[];
  };
  /**
   * The person's data was erased on request (docs/person-rights.md, "Legal holds and erasure"): each service drops or
   * closes what it holds about them.
   */
  'person.erased': { personId: string; reference: string };
  /**
   * A shelter recorded a security assessment (docs/domain.md §2 step 4): the person's risk level follows the latest one
   * by `assessedAt`, never by the order events arrive in. Only the level's code: the notes stay with the shelter.
   */
  'security.assessed': {
    assessmentId: string;
    caseId: string;
    personId: string;
    reference: string;
    providerAgencyId: string;
    riskLevel: Exclude<RiskLevel, RiskLevel.UNKNOWN>;
    /** ISO 8601, UTC: when the assessment was made. */
    assessedAt: string;
  };
  /**
   * A shelter's needs assessment found suicide risk or self-harm (docs/domain.md §2 step 4): the case's shelter must
   * act at once. Ids and the finding's code only: the assessment's notes stay with the shelter.
   */
  'assessment.urgent_finding': {
    assessmentId: string;
    caseId: string;
    personId: string;
    reference: string;
    providerAgencyId: string;
    kind: 'SUICIDE_RISK';
  };
  /**
   * A shelter's team recorded a needs assessment of one area for a case (docs/domain.md §2 step 4). Once every area of
   * the comprehensive assessment is recorded (`complete`), the case's needs assessment deadline is met (docs/domain.md
   * §4). Ids, area codes and the time only: never the assessment.
   */
  'assessment.recorded': {
    assessmentId: string;
    caseId: string;
    personId: string;
    reference: string;
    providerAgencyId: string;
    area: string;
    /** ISO 8601, UTC. */
    recordedAt: string;
    /** The areas the case has an assessment of, this one included, as of this one's transaction (sorted codes). */
    areasRecorded: string[];
    /** Whether `areasRecorded` covers every area of the comprehensive needs assessment (shelters decides). */
    complete: boolean;
  };
  /**
   * The RA requested the person's formal identification (docs/domain.md §2): the person's status becomes
   * FORMAL_ID_REQUESTED; `dueAt` is when the group must have convened (working days, docs/calendar.md). `requestedAt`
   * orders the formal identifications of one person, so a late event never overwrites a newer one's status.
   */
  'formal_identification.requested': {
    formalIdentificationId: string;
    personId: string;
    reference: string;
    isChild: boolean;
    requestedAt: string;
    dueAt: string;
  };
  /**
   * The group convened: its member agencies read the person as FORMAL_ID_GROUP until the conclusion; each member is
   * told of the scheduled interview (their agency and role, never the member's own account).
   */
  'formal_identification.convened': {
    formalIdentificationId: string;
    personId: string;
    reference: string;
    requestedAt: string;
    scheduledAt: string;
    members: Array<{ agencyId: string; role: string }>;
  };
  /** The group concluded (VICTIM or NOT_VICTIM): the person's status follows, the group's links end, the RA is told. */
  'formal_identification.concluded': {
    formalIdentificationId: string;
    personId: string;
    reference: string;
    requestedAt: string;
    outcome: 'VICTIM' | 'NOT_VICTIM';
    memberAgencyIds: string[];
  };
  /** A criminal report was recorded for the person, never inside the formal interview (docs/domain.md §2). */
  'criminal_report.recorded': { criminalReportId: string; formalIdentificationId: string; personId: string; reference: string };
  /** A foreign national's recovery and reflection period started (docs/domain.md §2); no removal while it runs. */
  'reflection_period.started': { reflectionPeriodId: string; personId: string; reference: string; endsAt: string };
  /** A residence permit (type A or B) was recorded for a foreign national. */
  'residence_permit.recorded': { residencePermitId: string; personId: string; reference: string; type: 'A' | 'B'; expiresAt: string };
  /**
   * A shelter recorded a monitoring contact with the person (docs/domain.md §2 step 7): it meets the case's previous
   * contact deadline, and `nextContactDueAt` (the cadence of the case's phase, computed by shelters; null while the
   * case has no phase) starts the next one (docs/domain.md §4). Ids and times only: never what was said.
   */
  'monitoring_contact.recorded': {
    contactId: string;
    caseId: string;
    personId: string;
    reference: string;
    providerAgencyId: string;
    /**
     * When the case's latest contact took place (ISO 8601, UTC): this one, unless one recorded before it took place
     * later. The next contact is due from it.
     */
    latestContactAt: string;
    nextContactDueAt: string | null;
  };
  /**
   * A shelter case moved to its next phase (docs/domain.md §2 step 7): the monitoring cadence changed, so the case's
   * open monitoring clock is due at `nextContactDueAt` (the latest contact plus the new phase's cadence, computed by
   * shelters; null before the first contact).
   */
  'case.phase_moved': {
    caseId: string;
    personId: string;
    reference: string;
    providerAgencyId: string;
    phase: string;
    nextContactDueAt: string | null;
  };
  /**
   * A version of a reintegration plan became SIGNED (docs/domain.md §2 step 5): each action's review date is a clock
   * of its own (docs/domain.md §4). `reviewDueAt` is the end of the review date in Tirana (docs/calendar.md);
   * `responsibleUserId` names a team member responsible (the directory's id), null when the person is; `actionId` is
   * derived from the version and the action's place in it. Never the action's text.
   */
  'reintegration_plan.signed': {
    planId: string;
    caseId: string;
    personId: string;
    reference: string;
    providerAgencyId: string;
    version: number;
    actions: Array<{ actionId: string; reviewDueAt: string; responsibleUserId: string | null }>;
  };
  /**
   * An ra_head granted a legal-basis override (docs/domain.md §3): another ra_head reviews it by `reviewDueAt`
   * (72 hours, computed by identification). Ids and times only: never the reason.
   */
  'legal_basis_override.granted': { overrideId: string; personId: string; reference: string; grantedAt: string; reviewDueAt: string };
  /** The override was reviewed (UPHELD or REVOKED): its review deadline is met. */
  'legal_basis_override.reviewed': { overrideId: string; personId: string; reference: string; reviewedAt: string; outcome: 'UPHELD' | 'REVOKED' };
  /**
   * The RA linked two records of one person (docs/domain.md, "Linked records"): the alias id resolves to the canonical
   * person from now on, for reads and for new writes. Both records' histories stay; nothing is rewritten.
   */
  'person.linked': { aliasPersonId: string; canonicalPersonId: string };
}

export type EventType = keyof EventPayloads;

/**
 * The one service that may publish each event: a consumer refuses an envelope of this type from anyone else, however
 * well signed (a shelter cannot announce a referral, a referral service cannot open a case).
 */
export const EVENT_PRODUCERS: { readonly [T in EventType]: ServiceName } = {
  'identification.submitted': ServiceName.IDENTIFICATION,
  'identification.age-verified': ServiceName.IDENTIFICATION,
  'identification.interview-recorded': ServiceName.IDENTIFICATION,
  'referral.created': ServiceName.REFERRAL,
  'referral.accepted': ServiceName.REFERRAL,
  'referral.declined': ServiceName.REFERRAL,
  'referral.withdrawn': ServiceName.REFERRAL,
  'referral.closed': ServiceName.REFERRAL,
  'case.opened': ServiceName.SHELTERS,
  'case.admitted': ServiceName.SHELTERS,
  'case.closed': ServiceName.SHELTERS,
  'consent.withdrawn': ServiceName.IDENTIFICATION,
  'person.erased': ServiceName.IDENTIFICATION,
  'security.assessed': ServiceName.SHELTERS,
  'assessment.urgent_finding': ServiceName.SHELTERS,
  'assessment.recorded': ServiceName.SHELTERS,
  'formal_identification.requested': ServiceName.FORMAL_IDENTIFICATION,
  'formal_identification.convened': ServiceName.FORMAL_IDENTIFICATION,
  'formal_identification.concluded': ServiceName.FORMAL_IDENTIFICATION,
  'criminal_report.recorded': ServiceName.FORMAL_IDENTIFICATION,
  'reflection_period.started': ServiceName.FORMAL_IDENTIFICATION,
  'residence_permit.recorded': ServiceName.FORMAL_IDENTIFICATION,
  'person.linked': ServiceName.IDENTIFICATION,
  'monitoring_contact.recorded': ServiceName.SHELTERS,
  'case.phase_moved': ServiceName.SHELTERS,
  'reintegration_plan.signed': ServiceName.SHELTERS,
  'legal_basis_override.granted': ServiceName.IDENTIFICATION,
  'legal_basis_override.reviewed': ServiceName.IDENTIFICATION,
};

/** Which services consume each event. The relay enqueues one job per subscriber queue. */
export const EVENT_SUBSCRIBERS: { readonly [T in EventType]: readonly ServiceName[] } = {
  'identification.submitted': [ServiceName.NOTIFICATIONS, ServiceName.REFERRAL, ServiceName.REPORTING],
  'identification.age-verified': [ServiceName.NOTIFICATIONS, ServiceName.REFERRAL, ServiceName.REPORTING],
  'identification.interview-recorded': [ServiceName.NOTIFICATIONS, ServiceName.REFERRAL, ServiceName.REPORTING],
  'referral.created': [ServiceName.IDENTIFICATION, ServiceName.NOTIFICATIONS, ServiceName.REPORTING],
  'referral.accepted': [ServiceName.IDENTIFICATION, ServiceName.SHELTERS, ServiceName.NOTIFICATIONS, ServiceName.REPORTING],
  'referral.declined': [ServiceName.IDENTIFICATION, ServiceName.NOTIFICATIONS, ServiceName.REPORTING],
  'referral.withdrawn': [ServiceName.IDENTIFICATION, ServiceName.NOTIFICATIONS],
  'referral.closed': [ServiceName.IDENTIFICATION, ServiceName.SHELTERS, ServiceName.NOTIFICATIONS],
  'case.opened': [ServiceName.IDENTIFICATION, ServiceName.REFERRAL, ServiceName.REPORTING],
  'case.admitted': [ServiceName.NOTIFICATIONS, ServiceName.REPORTING],
  'case.closed': [ServiceName.IDENTIFICATION, ServiceName.REFERRAL, ServiceName.NOTIFICATIONS, ServiceName.REPORTING],
  'consent.withdrawn': [ServiceName.REFERRAL, ServiceName.NOTIFICATIONS],
  'person.erased': [ServiceName.REFERRAL, ServiceName.SHELTERS, ServiceName.NOTIFICATIONS, ServiceName.FORMAL_IDENTIFICATION, ServiceName.REPORTING],
  'security.assessed': [ServiceName.IDENTIFICATION],
  'assessment.urgent_finding': [ServiceName.NOTIFICATIONS],
  'assessment.recorded': [ServiceName.NOTIFICATIONS],
  'formal_identification.requested': [ServiceName.IDENTIFICATION, ServiceName.NOTIFICATIONS, ServiceName.REPORTING],
  'formal_identification.convened': [ServiceName.IDENTIFICATION, ServiceName.NOTIFICATIONS],
  'formal_identification.concluded': [ServiceName.IDENTIFICATION, ServiceName.NOTIFICATIONS, ServiceName.REPORTING],
  'criminal_report.recorded': [ServiceName.NOTIFICATIONS],
  'reflection_period.started': [ServiceName.NOTIFICATIONS],
  'residence_permit.recorded': [ServiceName.NOTIFICATIONS, ServiceName.REPORTING],
  'person.linked': [ServiceName.REFERRAL, ServiceName.SHELTERS, ServiceName.FORMAL_IDENTIFICATION, ServiceName.REPORTING],
  'monitoring_contact.recorded': [ServiceName.NOTIFICATIONS],
  'case.phase_moved': [ServiceName.NOTIFICATIONS, ServiceName.REPORTING],
  'reintegration_plan.signed': [ServiceName.NOTIFICATIONS],
  'legal_basis_override.granted': [ServiceName.NOTIFICATIONS],
  'legal_basis_override.reviewed': [ServiceName.NOTIFICATIONS],
};

export interface EventEnvelope<T extends EventType = EventType> {
  /** The outbox row id; also the BullMQ job id and the consumer's inbox key. */
  id: string;
  type: T;
  aggregateId: string;
  payload: EventPayloads[T];
  occurredAt: string;
  correlationId: string | null;
  producer: ServiceName;
}

/** What travels on the queue: the envelope, signed by its producer over its canonical form (event-signing.ts). */
export interface SignedEventEnvelope<T extends EventType = EventType> extends EventEnvelope<T> {
  /** Which of the producer's keys signed it (keys rotate). */
  keyId: string;
  /** Ed25519 signature, base64, over every other field of the envelope. */
  signature: string;
}

export const eventQueueName = (consumer: ServiceName): string => `events.${consumer}`;

/** Where a consumer puts what it refused (unsigned, wrongly signed, wrong producer): kept for an operator, never applied. */
export const deadLetterQueueName = (consumer: ServiceName): string => `events.${consumer}.dead-letter`;

export function isEventType(value: unknown): value is EventType {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(EVENT_PRODUCERS, value);
}

export function isServiceName(value: unknown): value is ServiceName {
  return typeof value === 'string' && (Object.values(ServiceName) as string[]).includes(value);
}

export function eventTypesProducedBy(producer: ServiceName): EventType[] {
  return (Object.keys(EVENT_PRODUCERS) as EventType[]).filter((type) => EVENT_PRODUCERS[type] === producer);
}

export function eventTypesConsumedBy(consumer: ServiceName): EventType[] {
  return (Object.keys(EVENT_SUBSCRIBERS) as EventType[]).filter((type) => EVENT_SUBSCRIBERS[type].includes(consumer));
}

/** One place for job options: retries with exponential backoff, bounded retention (long enough to dedupe re-sends). */
export const EVENT_JOB_OPTIONS = {
  attempts: 12,
  backoff: { type: 'exponential', delay: 1_000 },
  removeOnComplete: { age: 24 * 3600, count: 50_000 },
  removeOnFail: { age: 14 * 24 * 3600 },
} as const;
