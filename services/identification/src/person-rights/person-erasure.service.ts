import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditAction, auditActor, type AuditEntryInput, AuditWriter } from '@nrm/audit';
import type { Principal } from '@nrm/auth';
import { AccessDecision, DataCategory, LegalBasis } from '@nrm/domain';
import { OutboxWriter } from '@nrm/events';
import { ConsentService } from '../consent/consent.service';
import { DuplicatesService } from '../duplicates/duplicates.service';
import { IdentificationService } from '../identification/identification.service';
import type { PersonHead } from '../person/person.repository';
import { PersonService } from '../person/person.service';
import { LegalHoldService } from './legal-hold.service';
import { lockPerson } from './person-lock';
import { PersonRightsException, PersonRightsExceptionCode } from './person-rights.exception';
import { PersonRightsRepository } from './person-rights.repository';

const ERASURE_PURPOSE = 'ERASURE_REQUEST';
/** What a redacted free-text reason of a legal-basis override reads (the column requires a reason of 10+ characters). */
const REDACTED_REASON = '[erased on request]';

export interface ErasureOutcome {
  personId: string;
  reference: string;
  erasedAt: Date;
  requestReference: string;
  consentsWithdrawn: number;
  erasedNow: boolean;
}

/**
 * Erasure on the person's request (docs/domain.md §3; docs/person-rights.md, "Legal holds and erasure"), refused while
 * a legal hold is in force. In one transaction it removes every personal fact identification holds and keeps only what
 * the aggregate statistics of docs/domain.md §5 count:
 *
 * - person: names, date of birth, estimated age, citizenship countries, languages, needs and risk level go; sex, age
 *   band, child/adult, age verified, citizenship group (national/foreign), identification status, anonymous flag,
 *   recording agency and the NRM reference (never personal data) stay.
 * - initial identification: indicator codes, screening gaps, immediate needs, the interview record (language,
 *   interpreter, guardian …) and the input hash (a hash of names and dates can be brute-forced) go; venue (domestic /
 *   abroad), region, exploitation types, screening outcome, status, recording agency and times stay.
 * - consent ledger: active grants are withdrawn (each announced as consent.withdrawn, so live referrals lose access);
 *   free-text withdrawal and override reasons are redacted. Who gave what to whom, and when, stays.
 * - duplicate search: the person's match tokens (keyed hashes of the name and date of birth) go, pending candidates
 *   are closed and the written reasons of link decisions redacted; the links themselves (ids only) stay.
 * - audit trail: untouched. It is append-only and holds ids and codes, never personal data.
 *
 * The kept facts are aggregate-only: sex × age band × citizenship group × exploitation type × agency × region, shared
 * by many people, with the reporting service's disclosure control on top. Other services learn of the erasure from
 * `person.erased`.
 */
@Injectable()
export class PersonErasureService {
  constructor(
    private readonly rights: PersonRightsRepository,
    private readonly persons: PersonService,
    private readonly identifications: IdentificationService,
    private readonly consent: ConsentService,
    private readonly holds: LegalHoldService,
    private readonly duplicates: DuplicatesService,
    private readonly outbox: OutboxWriter,
    private readonly audit: AuditWriter,
  ) {}

  async erase(personId: string, requestReference: string, principal: Principal): Promise<ErasureOutcome> {
    try {
      return await this.rights.transaction((manager) => this.eraseIn(manager, personId, requestReference, principal));
    } catch (error) {
      if (error instanceof PersonRightsException && error.code === PersonRightsExceptionCode.LEGAL_HOLD_ACTIVE) {
        // The refusal is itself on the record; the transaction that found the hold has rolled back.
        await this.audit.appendNow([{ ...this.erasureEntry(principal, personId), decision: AccessDecision.DENIED, reason: error.code }]);
      }
      throw error;
    }
  }

  private async eraseIn(manager: EntityManager, personId: string, requestReference: string, principal: Principal): Promise<ErasureOutcome> {
    // The row lock orders erasure against setting a hold and against exports.
    const person = await lockPerson(this.persons, manager, personId, 'UPDATE');
    if (person.erasedAt) return this.previousErasure(manager, person);
    if (await this.holds.active(manager, person.id)) {
      throw new PersonRightsException(PersonRightsExceptionCode.LEGAL_HOLD_ACTIVE, 'A legal hold is in force for this person');
    }

    const erasedAt = await this.persons.eraseFacts(manager, person.id);
    await this.identifications.eraseFacts(manager, person.id);
    // The duplicate search's hashes of the name and date of birth, and the free text of link decisions.
    await this.duplicates.eraseFacts(manager, person.id);
    // The consent feature withdraws, announces and redacts; its withdrawals' audit entries are appended below, last.
    const withdrawals = await this.consent.withdrawAllOnErasure(manager, person, erasedAt, principal, REDACTED_REASON);
    await this.rights.insertErasure(manager, person.id, requestReference, erasedAt, withdrawals.length, principal);

    const erased = { personId: person.id, reference: person.reference };
    await this.outbox.append(manager, 'person.erased', person.id, erased, principal.correlationId);

    // Last statement of the transaction: the audit chain's lock is held until commit.
    await this.audit.append(manager, [...withdrawals, this.erasureEntry(principal, person.id)]);

    return { personId: person.id, reference: person.reference, erasedAt, requestReference, consentsWithdrawn: withdrawals.length, erasedNow: true };
  }

  private erasureEntry(principal: Principal, personId: string): AuditEntryInput {
    return {
      actor: auditActor(principal),
      correlationId: principal.correlationId,
      personId,
      // The request covers everything the platform holds about the person.
      categories: Object.values(DataCategory),
      action: AuditAction.ERASURE,
      basis: LegalBasis.LEGAL_MANDATE,
      decision: AccessDecision.ALLOWED,
      purpose: ERASURE_PURPOSE,
    };
  }

  /** A repeated request answers with the first erasure and changes nothing. */
  private async previousErasure(manager: EntityManager, person: PersonHead): Promise<ErasureOutcome> {
    const erasure = await this.rights.erasure(manager, person.id);
    if (!erasure) throw new Error(`person ${person.id} is marked erased without an erasure record`);
    return {
      personId: person.id,
      reference: person.reference,
      erasedAt: erasure.erasedAt,
      requestReference: erasure.requestReference,
      consentsWithdrawn: erasure.consentsWithdrawn,
      erasedNow: false,
    };
  }
}
