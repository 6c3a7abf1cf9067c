import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { AgeBand, AgeVerificationOutcome } from '@nrm/domain';
import type { AgeVerificationMethod } from './age-verification-method';

export interface AgeVerificationRow {
  id: string;
  personId: string;
  outcome: AgeVerificationOutcome;
  method: AgeVerificationMethod;
  verifiedAt: Date;
  recordedBy: string;
  recordedByAgencyId: string;
  recordedAt: Date;
}

/** The idempotency key a verification was recorded with (docs/api.md, Conventions). */
export interface ClientRequestKey {
  clientRequestId: string;
  inputHash: string;
}

/** A unique-index name: two concurrent verifications under one key, the second refused by the database. */
export const CLIENT_REQUEST_CONSTRAINT = 'age_verification_client_request';

export interface PersonAgeRow {
  id: string;
  reference: string;
  anonymous: boolean;
  erasedAt: Date | null;
  dateOfBirth: string | null;
  estimatedAge: number | null;
  ageBasis: string;
}

interface RawVerification {
  id: string;
  person_id: string;
  outcome: AgeVerificationOutcome;
  method: AgeVerificationMethod;
  verified_at: Date;
  recorded_by: string;
  recorded_by_agency_id: string;
  recorded_at: Date;
}

const toRow = (row: RawVerification): AgeVerificationRow => ({
  id: row.id,
  personId: row.person_id,
  outcome: row.outcome,
  method: row.method,
  verifiedAt: row.verified_at,
  recordedBy: row.recorded_by,
  recordedByAgencyId: row.recorded_by_agency_id,
  recordedAt: row.recorded_at,
});

/** The age_verification table and the person's age columns it changes. */
@Injectable()
export class AgeVerificationRepository {
  constructor(private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** The person's age facts, the row locked for the rest of the transaction; null when no person has the id. */
  async lockPersonAge(manager: EntityManager, personId: string): Promise<PersonAgeRow | null> {
    const rows: Array<{
      id: string;
      reference: string;
      anonymous: boolean;
      erased_at: Date | null;
      date_of_birth: string | null;
      estimated_age: number | null;
      age_basis: string;
    }> = await manager.query(
      `SELECT id, reference, anonymous, erased_at, to_char(date_of_birth, 'YYYY-MM-DD') AS date_of_birth, estimated_age, age_basis
         FROM identification.person WHERE id = $1 FOR UPDATE`,
      [personId],
    );
    const [row] = rows;
    if (!row) return null;
    return {
      id: row.id,
      reference: row.reference,
      anonymous: row.anonymous,
      erasedAt: row.erased_at,
      dateOfBirth: row.date_of_birth,
      estimatedAge: row.estimated_age,
      ageBasis: row.age_basis,
    };
  }

  async insert(manager: EntityManager, row: AgeVerificationRow, key: ClientRequestKey | null): Promise<void> {
    await manager.query(
      `INSERT INTO identification.age_verification (id, person_id, outcome, method, verified_at, recorded_by, recorded_by_agency_id, recorded_at, client_request_id, input_hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [row.id, row.personId, row.outcome, row.method, row.verifiedAt, row.recordedBy, row.recordedByAgencyId, row.recordedAt, key?.clientRequestId ?? null, key?.inputHash ?? null],
    );
  }

  /** The verification the agency recorded under this clientRequestId, with the hash of its input; null when none. */
  async findByClientRequest(agencyId: string, clientRequestId: string): Promise<{ row: AgeVerificationRow; inputHash: string } | null> {
    const rows: Array<RawVerification & { input_hash: string }> = await this.dataSource.query(
      `SELECT * FROM identification.age_verification WHERE recorded_by_agency_id = $1 AND client_request_id = $2`,
      [agencyId, clientRequestId],
    );
    const [row] = rows;
    return row ? { row: toRow(row), inputHash: row.input_hash } : null;
  }

  /** The pathway the verification decides; a date of birth it established replaces what was said before. */
  async applyToPerson(
    manager: EntityManager,
    personId: string,
    facts: { isChild: boolean; ageBand: AgeBand; dateOfBirth: string | null },
  ): Promise<void> {
    await manager.query(
      `UPDATE identification.person
          SET is_child = $2, age_verified = true, age_band = $3, date_of_birth = COALESCE($4::date, date_of_birth), updated_at = now()
        WHERE id = $1`,
      [personId, facts.isChild, facts.ageBand, facts.dateOfBirth],
    );
  }

  async forPerson(personId: string): Promise<AgeVerificationRow[]> {
    const rows: RawVerification[] = await this.dataSource.query(
      `SELECT * FROM identification.age_verification WHERE person_id = $1 ORDER BY recorded_at DESC, id`,
      [personId],
    );
    return rows.map(toRow);
  }
}
