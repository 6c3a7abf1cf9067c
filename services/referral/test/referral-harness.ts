import { randomUUID } from 'node:crypto';
import { ReferralStatus, Sex } from '@nrm/domain';
import type { EventConsumer, EventEnvelope, EventPayloads, EventType } from '@nrm/events';
import { startSubgraph, type SubgraphUnderTest } from '@nrm/testing';
import { referralDefinition } from '../src/service-definition';
import { seedServiceProviders } from '../src/seed/seed-service-providers';
import { SERVICE_PROVIDER_SEED } from '../src/seed/service-providers.seed';

export type ReferralUnderTest = SubgraphUnderTest & { consumer: EventConsumer };

/** One of the demo service providers the seed writes (shelter-a, shelter-b, shelter-c). */
export type SeededProvider = (typeof SERVICE_PROVIDER_SEED)[number];

export function seededProvider(agencyId: string): SeededProvider {
  const provider = SERVICE_PROVIDER_SEED.find((candidate) => candidate.agencyId === agencyId);
  if (!provider) throw new Error(`the seed has no service provider of agency ${agencyId}`);
  return provider;
}

/** The referral subgraph in-process with the demo service providers seeded (idempotent, as `npm start` seeds them). */
export async function startReferralWithProviders(): Promise<ReferralUnderTest> {
  const subgraph = await startReferral();
  await seedServiceProviders(subgraph.dataSource);
  return subgraph;
}

/** The referral subgraph in-process (no relay or queue worker): tests hand events to its consumer directly. */
export async function startReferral(): Promise<ReferralUnderTest> {
  const subgraph = await startSubgraph(referralDefinition);
  const { consumer } = subgraph;
  if (!consumer) throw new Error('the referral service consumes events, so it must have a consumer');
  return { ...subgraph, consumer };
}

/** An event as the identification service would publish it. */
export function identificationEnvelope<T extends EventType>(type: T, payload: EventPayloads[T]): EventEnvelope<T> {
  return { id: randomUUID(), type, aggregateId: randomUUID(), payload, occurredAt: new Date().toISOString(), correlationId: null, producer: 'identification' };
}

/** An adult this service has been told about through the identification event (through its inbox). */
export async function identifiedPerson(subgraph: ReferralUnderTest): Promise<{ personId: string; reference: string }> {
  const personId = randomUUID();
  const reference = `NRM-2026-${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}`;
  const result = await subgraph.consumer.handle(
    identificationEnvelope('identification.submitted', {
      identificationId: randomUUID(),
      personId,
      reference,
      recordingAgencyId: 'police-tirana',
      isChild: false,
      region: 'TIRANA',
      anonymous: false,
      routing: { sex: Sex.FEMALE, foreign: false, accompanyingChildren: false },
    }),
  );
  if (result !== 'processed') throw new Error(`identification event was ${result}`);
  return { personId, reference };
}

/**
 * A referral in the given state, written directly: going through createReferral and respondToReferral would take
 * places that the main referral suite (same database) counts.
 */
export async function referralInState(
  subgraph: ReferralUnderTest,
  person: { personId: string; reference: string },
  provider: { id: string; agencyId: string },
  status: ReferralStatus,
  declineReason = 'no place for this need',
): Promise<string> {
  const id = randomUUID();
  const answered = status !== ReferralStatus.PENDING;
  await subgraph.dataSource.query(
    `INSERT INTO referral.referral (id, person_id, reference, provider_id, provider_agency_id, status, urgent, created_by, created_by_agency_id,
       responded_at, responded_by, decline_reason)
     VALUES ($1, $2, $3, $4, $5, $6, false, 'ra-officer-sub', 'responsible-authority', $7, $8, $9)`,
    [
      id,
      person.personId,
      person.reference,
      provider.id,
      provider.agencyId,
      status,
      answered ? new Date() : null,
      answered ? 'cm-sub' : null,
      status === ReferralStatus.DECLINED ? declineReason : null,
    ],
  );
  return id;
}
