import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { IdentificationStatus, RiskLevel } from '@nrm/domain';
import { PersonEntity } from './person.entity';

/** The person row as the rights use cases need it: id, reference and whether it is already erased. */
export interface PersonHead {
  id: string;
  reference: string;
  erasedAt: Date | null;
}

/** A shelter's security assessment as the person's risk level follows it (docs/domain.md §2 step 4). */
export interface SecurityAssessmentFact {
  personId: string;
  assessmentId: string;
  riskLevel: RiskLevel;
  assessedAt: Date;
}

/** Whether an id names a person, as the audit trail asks before it names one in a denied attempt. */
export function knownPersonsQuery(schema: string): string {
  return `SELECT 1 FROM "${schema}".person WHERE id = $1`;
}

/** Every read and write of the person table. */
@Injectable()
export class PersonRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** `manager`: inside a transaction, read on its connection rather than take a second one from the pool. */
  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<PersonEntity | null> {
    return manager.findOne(PersonEntity, { where: { id } });
  }

  /** By NRM reference (unique); the caller has checked its shape. */
  findByReference(reference: string): Promise<PersonEntity | null> {
    return this.dataSource.manager.findOne(PersonEntity, { where: { reference } });
  }

  findByIdOrFail(id: string): Promise<PersonEntity> {
    return this.dataSource.getRepository(PersonEntity).findOneOrFail({ where: { id } });
  }

  async lockHead(manager: EntityManager, personId: string, mode: 'UPDATE' | 'SHARE'): Promise<PersonHead | null> {
    const rows: Array<{ id: string; reference: string; erased_at: Date | null }> = await manager.query(
      `SELECT id, reference, erased_at FROM identification.person WHERE id = $1 FOR ${mode === 'UPDATE' ? 'UPDATE' : 'SHARE'}`,
      [personId],
    );
    const [row] = rows;
    return row ? { id: row.id, reference: row.reference, erasedAt: row.erased_at } : null;
  }

  async erasedAt(personId: string): Promise<Date | null> {
    const rows: Array<{ erased_at: Date | null }> = await this.dataSource.query(`SELECT erased_at FROM identification.person WHERE id = $1`, [personId]);
    return rows[0]?.erased_at ?? null;
  }

  /** The languages recorded for the person, or null when no person has this id. */
  async languages(manager: EntityManager, personId: string): Promise<string[] | null> {
    const rows: Array<{ languages: string[] }> = await manager.query(`SELECT languages FROM identification.person WHERE id = $1`, [personId]);
    return rows[0]?.languages ?? null;
  }

  /**
   * Takes the risk level from a security assessment when it is newer (by assessment time, then id) than the one the
   * level came from: an older assessment arriving later, or the same one again, changes nothing. An erased person is
   * left alone. True when the row changed.
   */
  async applySecurityAssessment(assessment: SecurityAssessmentFact, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    const [, affected] = (await manager.query(
      `UPDATE identification.person
          SET risk_level = $2, risk_assessment_id = $3, risk_assessed_at = $4, updated_at = now()
        WHERE id = $1 AND erased_at IS NULL
          AND (risk_assessed_at IS NULL OR (risk_assessed_at, risk_assessment_id) < ($4::timestamptz, $3::uuid))`,
      [assessment.personId, assessment.riskLevel, assessment.assessmentId, assessment.assessedAt],
    )) as [unknown, number];
    return affected > 0;
  }

  /** Clears the person's personal facts and marks it erased; returns the erasure time (the database's). */
  async eraseFacts(manager: EntityManager, personId: string): Promise<Date> {
    const [[row]] = (await manager.query(
      `UPDATE identification.person
          SET given_name = NULL, family_name = NULL, date_of_birth = NULL, estimated_age = NULL, citizenship = '{}',
              languages = '{}', needs = '{}', risk_level = $2, documents = '[]', risk_assessment_id = NULL, risk_assessed_at = NULL,
              erased_at = now(), updated_at = now()
        WHERE id = $1 RETURNING erased_at`,
      [personId, RiskLevel.UNKNOWN],
    )) as [[{ erased_at: Date }]];
    return row.erased_at;
  }

  /**
   * Sets the status a formal identification decides, unless a newer formal identification already decided it: the
   * requested status applies when no other (or an older) request set the status; a conclusion applies to its own
   * request's status or an older one's. Idempotent; true when the row now carries this status for this request.
   */
  async applyFormalIdentificationStatus(manager: EntityManager, change: FormalIdentificationStatusChange): Promise<boolean> {
    const requested = change.status === IdentificationStatus.FORMAL_ID_REQUESTED;
    const [, affected] = (await manager.query(
      `UPDATE identification.person
          SET identification_status = $3, formal_identification_id = $2, formal_identification_requested_at = $4, updated_at = now()
        WHERE id = $1
          AND (formal_identification_id IS NULL
               OR formal_identification_requested_at < $4
               OR (formal_identification_id = $2 AND NOT $5))`,
      [change.personId, change.formalIdentificationId, change.status, change.requestedAt, requested],
    )) as [unknown, number];
    if (affected > 0) return true;
    const rows: Array<{ formal_identification_id: string | null; identification_status: string }> = await manager.query(
      `SELECT formal_identification_id, identification_status FROM identification.person WHERE id = $1`,
      [change.personId],
    );
    return rows[0]?.formal_identification_id === change.formalIdentificationId;
  }
}

/** A status decided by one formal identification (docs/domain.md §2). */
export interface FormalIdentificationStatusChange {
  personId: string;
  formalIdentificationId: string;
  requestedAt: Date;
  status: IdentificationStatus.FORMAL_ID_REQUESTED | IdentificationStatus.VICTIM | IdentificationStatus.NOT_VICTIM;
}
