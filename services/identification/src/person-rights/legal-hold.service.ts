import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditAction, auditActor, AuditWriter } from '@nrm/audit';
import type { Principal } from '@nrm/auth';
import { AccessDecision, LegalBasis } from '@nrm/domain';
import type { PersonHead } from '../person/person.repository';
import { PersonService } from '../person/person.service';
import { lockPerson } from './person-lock';
import { PersonRightsException, PersonRightsExceptionCode } from './person-rights.exception';
import { type LegalHoldRow, PersonRightsRepository } from './person-rights.repository';

/** The audit purpose of setting or releasing a hold. */
const LEGAL_HOLD_PURPOSE = 'LEGAL_HOLD';

/**
 * Legal holds (open criminal proceedings): while one is unreleased the person's data cannot be erased. Only the
 * ra_head sets or releases one (enforced by the resolver's guard); each change is audited in its transaction.
 */
@Injectable()
export class LegalHoldService {
  constructor(
    private readonly rights: PersonRightsRepository,
    private readonly persons: PersonService,
    private readonly audit: AuditWriter,
  ) {}

  /** Idempotent: with a hold already in force, returns it unchanged and writes nothing. */
  set(personId: string, reasonCode: string, principal: Principal): Promise<LegalHoldRow> {
    return this.rights.transaction(async (manager) => {
      const person = await lockPerson(this.persons, manager, personId, 'UPDATE');
      if (person.erasedAt) throw new PersonRightsException(PersonRightsExceptionCode.PERSON_ERASED, 'The person is erased');
      const existing = await this.rights.activeLegalHold(manager, person.id);
      if (existing) return existing;
      const hold = await this.rights.insertLegalHold(manager, { id: randomUUID(), personId: person.id, reasonCode }, principal);
      await this.audited(manager, principal, person, hold);
      return hold;
    });
  }

  release(personId: string, principal: Principal): Promise<LegalHoldRow> {
    return this.rights.transaction(async (manager) => {
      const person = await lockPerson(this.persons, manager, personId, 'UPDATE');
      const active = await this.rights.activeLegalHold(manager, person.id);
      if (!active) throw new PersonRightsException(PersonRightsExceptionCode.NO_ACTIVE_LEGAL_HOLD, 'No legal hold in force for this person');
      const hold = await this.rights.releaseLegalHold(manager, active.id, principal);
      await this.audited(manager, principal, person, hold);
      return hold;
    });
  }

  list(personId: string): Promise<LegalHoldRow[]> {
    return this.rights.legalHolds(personId);
  }

  /** The hold in force for the person, in the caller's transaction (which holds the person's row lock). */
  active(manager: EntityManager, personId: string): Promise<LegalHoldRow | null> {
    return this.rights.activeLegalHold(manager, personId);
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
