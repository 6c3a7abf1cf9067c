import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { queryPrepared } from '@nrm/database';
import type { EventEnvelope } from '@nrm/events';
import { exportRows } from '@nrm/service-kit';
import type { PersonProjection } from './identification-facts.client';
import { PersonRefEntity } from './person-ref.entity';

/** Prepared once per connection: every submission's event runs it. */
const UPSERT_PERSON_REF = {
  name: 'referral_upsert_person_ref_v2',
  text: `INSERT INTO referral.person_ref (person_id, reference, is_child, region, recording_agency_id, source_occurred_at,
       sex, is_foreign, accompanying_children, interview_consent)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
     ON CONFLICT (person_id) DO UPDATE SET
       reference = EXCLUDED.reference, is_child = EXCLUDED.is_child, region = EXCLUDED.region, interview_consent = EXCLUDED.interview_consent,
       sex = EXCLUDED.sex, is_foreign = EXCLUDED.is_foreign, accompanying_children = EXCLUDED.accompanying_children,
       recording_agency_id = EXCLUDED.recording_agency_id, source_occurred_at = EXCLUDED.source_occurred_at
     WHERE referral.person_ref.source_occurred_at <= EXCLUDED.source_occurred_at`,
};

/** Every person identified is projected here (`$1` = person id): the audit chain's known persons. */
export function knownPersonsQuery(schema: string): string {
  return `SELECT 1 FROM "${schema}".person_ref WHERE person_id = $1`;
}

/**
 * The person_ref table: what this service projected of each person. Every method runs in the caller's transaction,
 * except a catch-up outside any, which opens its own (inTransaction).
 */
@Injectable()
export class PersonRefRepository {
  constructor(private readonly dataSource: DataSource) {}

  inTransaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** Newest facts win: a redelivered or out-of-order event leaves a newer row in place. */
  async upsert(manager: EntityManager, event: EventEnvelope<'identification.submitted'>): Promise<void> {
    const { personId, reference, isChild, region, recordingAgencyId, routing } = event.payload;
    await queryPrepared(manager, UPSERT_PERSON_REF, [
      personId,
      reference,
      isChild,
      region,
      recordingAgencyId,
      event.occurredAt,
      routing.sex,
      routing.foreign,
      routing.accompanyingChildren,
      !event.payload.anonymous,
    ]);
  }

  /**
   * A person the event has not brought yet, projected from identification's answer (read-your-writes). Dated at the
   * epoch, so every event about the person — the submission's own included — still applies on top: the row never
   * hides a fact an event carries, and the events bring it to the same state as if they had come first.
   */
  async catchUp(manager: EntityManager, person: PersonProjection): Promise<void> {
    await manager.query(
      `INSERT INTO referral.person_ref (person_id, reference, is_child, region, recording_agency_id, source_occurred_at,
         sex, is_foreign, accompanying_children, interview_consent)
       VALUES ($1, $2, $3, $4, $5, 'epoch', $6, $7, $8, $9)
       ON CONFLICT (person_id) DO NOTHING`,
      [
        person.personId,
        person.reference,
        person.isChild,
        person.region,
        person.recordingAgencyId,
        person.routing.sex,
        person.routing.foreign,
        person.routing.accompanyingChildren,
        person.interviewConsent,
      ],
    );
  }

  /**
   * A later fact about the person (an age verification, an interview held later): applied unless a newer event already
   * wrote the row. `interviewConsent` only ever turns true: consent to an interview, once given, is not taken back here.
   */
  async applyLaterFacts(
    manager: EntityManager,
    personId: string,
    facts: { isChild: boolean; interviewConsent?: true },
    occurredAt: string,
  ): Promise<void> {
    await manager.query(
      `UPDATE referral.person_ref
          SET is_child = $2, interview_consent = interview_consent OR $3, source_occurred_at = $4
        WHERE person_id = $1 AND source_occurred_at <= $4`,
      [personId, facts.isChild, facts.interviewConsent === true, occurredAt],
    );
  }

  /** Idempotent: a redelivered `person.linked` finds the link there. */
  async recordAlias(manager: EntityManager, aliasId: string, canonicalId: string, linkedAt: string): Promise<void> {
    await manager.query(
      `INSERT INTO referral.person_alias (alias_id, canonical_id, linked_at) VALUES ($1, $2, $3) ON CONFLICT (alias_id) DO NOTHING`,
      [aliasId, canonicalId, linkedAt],
    );
  }

  /** The canonical id of a linked record, or the id itself. */
  async canonicalId(manager: EntityManager, personId: string): Promise<string> {
    const rows: Array<{ canonical_id: string }> = await manager.query(`SELECT canonical_id FROM referral.person_alias WHERE alias_id = $1`, [personId]);
    return rows[0]?.canonical_id ?? personId;
  }

  findById(manager: EntityManager, personId: string): Promise<PersonRefEntity | null> {
    return manager.findOne(PersonRefEntity, { where: { personId } });
  }

  /**
   * With a row lock until the caller's transaction ends: every decision about the person's placement (a new
   * referral, an acceptance, a withdrawal) takes this lock first, so two of them about one person run one after the other.
   */
  findForPlacement(manager: EntityManager, personId: string): Promise<PersonRefEntity | null> {
    return manager.findOne(PersonRefEntity, { where: { personId }, lock: { mode: 'pessimistic_write' } });
  }

  rowsForExport(manager: EntityManager, personId: string): Promise<Array<Record<string, unknown>>> {
    return exportRows(manager, { table: 'referral.person_ref', where: 't.person_id = $1', params: [personId], orderBy: 't.person_id' });
  }
}
