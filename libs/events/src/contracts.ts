import type { Sex } from '@nrm/domain';

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
  };
  'referral.created': { referralId: string; personId: string; reference: string; providerAgencyId: string; urgent: boolean };
  'referral.accepted': { referralId: string; personId: string; reference: string; providerAgencyId: string };
  'referral.declined': { referralId: string; personId: string; reference: string; providerAgencyId: string };
  'case.opened': { caseId: string; referralId: string; personId: string; reference: string; providerAgencyId: string };
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
  'referral.created': ServiceName.REFERRAL,
  'referral.accepted': ServiceName.REFERRAL,
  'referral.declined': ServiceName.REFERRAL,
  'case.opened': ServiceName.SHELTERS,
  'consent.withdrawn': ServiceName.IDENTIFICATION,
  'person.erased': ServiceName.IDENTIFICATION,
  'person.linked': ServiceName.IDENTIFICATION,
};

/** Which services consume each event. The relay enqueues one job per subscriber queue. */
export const EVENT_SUBSCRIBERS: { readonly [T in EventType]: readonly ServiceName[] } = {
  'identification.submitted': [ServiceName.NOTIFICATIONS, ServiceName.REFERRAL],
  'referral.created': [ServiceName.IDENTIFICATION, ServiceName.NOTIFICATIONS],
  'referral.accepted': [ServiceName.IDENTIFICATION, ServiceName.SHELTERS, ServiceName.NOTIFICATIONS],
  'referral.declined': [ServiceName.IDENTIFICATION, ServiceName.NOTIFICATIONS],
  'case.opened': [ServiceName.IDENTIFICATION, ServiceName.REFERRAL],
  'consent.withdrawn': [ServiceName.REFERRAL, ServiceName.NOTIFICATIONS],
  'person.erased': [ServiceName.REFERRAL, ServiceName.SHELTERS, ServiceName.NOTIFICATIONS],
  'person.linked': [ServiceName.REFERRAL, ServiceName.SHELTERS],
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
