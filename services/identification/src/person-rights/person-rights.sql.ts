import type { EntityManager } from 'typeorm';
import { PersonRightsException, PersonRightsExceptionCode } from './person-rights.exception';

/** The person row as the rights use cases need it: id, reference and whether it is already erased. */
export interface PersonHead {
  id: string;
  reference: string;
  erasedAt: Date | null;
}

/**
 * Locks the person's row for the rest of the transaction. Setting a hold, erasing and exporting all take this lock
 * first, so a hold set while an erasure runs is seen by it (or waits for it), and an export never reads half an erasure.
 */
export async function lockPerson(manager: EntityManager, personId: string, mode: 'UPDATE' | 'SHARE'): Promise<PersonHead> {
  const rows: Array<{ id: string; reference: string; erased_at: Date | null }> = await manager.query(
    `SELECT id, reference, erased_at FROM identification.person WHERE id = $1 FOR ${mode === 'UPDATE' ? 'UPDATE' : 'SHARE'}`,
    [personId],
  );
  const [row] = rows;
  if (!row) throw new PersonRightsException(PersonRightsExceptionCode.PERSON_NOT_FOUND, 'Person not found');
  return { id: row.id, reference: row.reference, erasedAt: row.erased_at };
}

export interface LegalHoldRow {
  id: string;
  personId: string;
  reasonCode: string;
  setBy: string;
  setByAgencyId: string;
  setAt: Date;
  releasedAt: Date | null;
  releasedBy: string | null;
  releasedByAgencyId: string | null;
}

export const LEGAL_HOLD_COLUMNS = `id, person_id AS "personId", reason_code AS "reasonCode", set_by AS "setBy", set_by_agency_id AS "setByAgencyId",
  set_at AS "setAt", released_at AS "releasedAt", released_by AS "releasedBy", released_by_agency_id AS "releasedByAgencyId"`;

export async function activeLegalHold(manager: EntityManager, personId: string): Promise<LegalHoldRow | null> {
  const rows: LegalHoldRow[] = await manager.query(
    `SELECT ${LEGAL_HOLD_COLUMNS} FROM identification.legal_hold WHERE person_id = $1 AND released_at IS NULL`,
    [personId],
  );
  return rows[0] ?? null;
}
