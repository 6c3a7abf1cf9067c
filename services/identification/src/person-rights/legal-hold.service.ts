import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditAction, auditActor, AuditWriter } from '@nrm/audit';
import type { Principal } from '@nrm/auth';
import { AccessDecision, LegalBasis } from '@nrm/domain';
import { PersonRightsException, PersonRightsExceptionCode } from './person-rights.exception';
import { activeLegalHold, LEGAL_HOLD_COLUMNS, type LegalHoldRow, lockPerson, type PersonHead } from './person-rights.sql';

/** The audit purpose of setting or releasing a hold. */
export const LEGAL_HOLD_PURPOSE = 'LEGAL_HOLD';

/**
 * Legal holds (open criminal proceedings): while one is unreleased the person's data cannot be erased. Only the
 * ra_head sets or releases one (enforced by the resolver's guard); each change is audited in its transaction.
 */
@Injectable()
export class LegalHoldService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditWriter,
  ) {}

  /** Idempotent: with a hold already in force, returns it unchanged and writes nothing. */
  set(personId: string, reasonCode: string, principal: Principal): Promise<LegalHoldRow> {
    return this.dataSource.transaction(async (manager) => {
      const person = await lockPerson(manager, personId, 'UPDATE');
      if (person.erasedAt) throw new PersonRightsException(PersonRightsExceptionCode.PERSON_ERASED, 'The person is erased');
      const existing = await activeLegalHold(manager, person.id);
      if (existing) return existing;
      const rows: LegalHoldRow[] = await manager.query(
        `INSERT INTO identification.legal_hold (id, person_id, reason_code, set_by, set_by_agency_id, set_at)
         VALUES ($1, $2, $3, $4, $5, now()) RETURNING ${LEGAL_HOLD_COLUMNS}`,
        [randomUUID(), person.id, reasonCode, principal.subject, principal.agencyId],
      );
      const hold = rows[0] as LegalHoldRow;
      await this.audited(manager, principal, person, hold);
      return hold;
    });
  }

  release(personId: string, principal: Principal): Promise<LegalHoldRow> {
    return this.dataSource.transaction(async (manager) => {
      const person = await lockPerson(manager, personId, 'UPDATE');
      const active = await activeLegalHold(manager, person.id);
      if (!active) throw new PersonRightsException(PersonRightsExceptionCode.NO_ACTIVE_LEGAL_HOLD, 'No legal hold in force for this person');
      const rows: [LegalHoldRow[], number] = await manager.query(
        `UPDATE identification.legal_hold SET released_at = now(), released_by = $2, released_by_agency_id = $3
          WHERE id = $1 RETURNING ${LEGAL_HOLD_COLUMNS}`,
        [active.id, principal.subject, principal.agencyId],
      );
      const hold = rows[0][0] as LegalHoldRow;
      await this.audited(manager, principal, person, hold);
      return hold;
    });
  }

  async list(personId: string): Promise<LegalHoldRow[]> {
    return this.dataSource.query(`SELECT ${LEGAL_HOLD_COLUMNS} FROM identification.legal_hold WHERE person_id = $1 ORDER BY set_at DESC, id`, [personId]);
  }

  /** Last statement of the transaction: the audit chain's lock is held until commit. */
  private async audited(manager: EntityManager, principal: Principal, person: PersonHead, hold: LegalHoldRow): Promise<void> {
    await this.audit.append(manager, {
      actor: auditActor(principal),
      correlationId: principal.correlationId,
      personId: person.id,
      categories: [],
      action: AuditAction.WRITE,
      basis: LegalBasis.LEGAL_MANDATE,
      decision: AccessDecision.ALLOWED,
      permissionId: hold.id,
      purpose: LEGAL_HOLD_PURPOSE,
    });
  }
}
