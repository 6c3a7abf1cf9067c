import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditAction, auditActor, type AuditEntryInput, AuditWriter } from '@nrm/audit';
import type { Principal } from '@nrm/auth';
import { AccessDecision, type AgencyType, DataCategory, LegalBasis, RiskLevel } from '@nrm/domain';
import { OutboxWriter } from '@nrm/events';
import { consentWithdrawnPayload } from '../consent/consent-withdrawal';
import { PersonRightsException, PersonRightsExceptionCode } from './person-rights.exception';
import { activeLegalHold, lockPerson, type PersonHead } from './person-rights.sql';

export const ERASURE_PURPOSE = 'ERASURE_REQUEST';
/** What a redacted free-text reason of a legal-basis override reads (the column requires a reason of 10+ characters). */
export const REDACTED_REASON = '[erased on request]';

export interface ErasureOutcome {
  personId: string;
  reference: string;
  erasedAt: Date;
  requestReference: string;
  consentsWithdrawn: number;
  erasedNow: boolean;
}

/**
 * Erasure on the person's request (DOMAIN.md §3), refused while a legal hold is in force. In one transaction it
 * removes every personal fact identification holds and keeps only what the aggregate statistics of DOMAIN.md §5 count:
 *
 * - person: names, date of birth, estimated age, citizenship countries, languages, needs and risk level go; sex, age
 *   band, child/adult, age verified, citizenship group (national/foreign), identification status, anonymous flag,
 *   recording agency and the NRM reference (never personal data) stay.
 * - initial identification: indicator codes, screening gaps, immediate needs, the interview record (language,
 *   interpreter, guardian …) and the input hash (a hash of names and dates can be brute-forced) go; venue (domestic /
 *   abroad), region, exploitation types, screening outcome, status, recording agency and times stay.
 * - consent ledger: active grants are withdrawn (each announced as consent.withdrawn, so live referrals lose access);
 *   free-text withdrawal and override reasons are redacted. Who gave what to whom, and when, stays.
 * - audit trail: untouched. It is append-only and holds ids and codes, never personal data.
 *
 * The kept facts are aggregate-only: sex × age band × citizenship group × exploitation type × agency × region, shared
 * by many people, with the reporting service's disclosure control on top. Other services learn of the erasure from
 * `person.erased`.
 */
@Injectable()
export class PersonErasureService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly audit: AuditWriter,
  ) {}

  async erase(personId: string, requestReference: string, principal: Principal): Promise<ErasureOutcome> {
    try {
      return await this.dataSource.transaction((manager) => this.eraseIn(manager, personId, requestReference, principal));
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
    const person = await lockPerson(manager, personId, 'UPDATE');
    if (person.erasedAt) return this.previousErasure(manager, person);
    if (await activeLegalHold(manager, person.id)) {
      throw new PersonRightsException(PersonRightsExceptionCode.LEGAL_HOLD_ACTIVE, 'A legal hold is in force for this person');
    }

    const [{ erased_at: erasedAt }] = (await manager.query(
      `UPDATE identification.person
          SET given_name = NULL, family_name = NULL, date_of_birth = NULL, estimated_age = NULL, citizenship = '{}',
              languages = '{}', needs = '{}', risk_level = $2, erased_at = now(), updated_at = now()
        WHERE id = $1 RETURNING erased_at`,
      [person.id, RiskLevel.UNKNOWN],
    ))[0] as [{ erased_at: Date }];

    await manager.query(
      `UPDATE identification.initial_identification
          SET indicator_codes = '{}', missing_groups = '{}', immediate_needs = '{}', input_hash = 'ERASED',
              interview = jsonb_build_object('consentToInterview', interview->'consentToInterview', 'erased', true)
        WHERE person_id = $1`,
      [person.id],
    );

    const [withdrawn] = (await manager.query(
      `UPDATE identification.consent_grant SET withdrawn_at = $2, withdrawn_by = $3, withdrawn_by_agency_id = $4
        WHERE person_id = $1 AND withdrawn_at IS NULL AND (expires_at IS NULL OR expires_at > $2)
        RETURNING id, grantee_agency_id AS "granteeAgencyId", grantee_agency_type AS "granteeAgencyType", purpose, categories`,
      [person.id, erasedAt, principal.subject, principal.agencyId],
    )) as [Array<{ id: string; granteeAgencyId: string | null; granteeAgencyType: AgencyType | null; purpose: string; categories: DataCategory[] }>, number];

    // Free text can hold personal data; the ledger's guard allows exactly this redaction once the person is erased.
    await manager.query(`UPDATE identification.consent_grant SET withdrawal_reason = NULL WHERE person_id = $1 AND withdrawal_reason IS NOT NULL`, [
      person.id,
    ]);
    await manager.query(`UPDATE identification.legal_basis_override SET reason = $2 WHERE person_id = $1 AND reason <> $2`, [person.id, REDACTED_REASON]);
    for (const table of ['consent_grant', 'legal_basis_override']) {
      await manager.query(`UPDATE identification.${table} SET review_note = NULL WHERE person_id = $1 AND review_note IS NOT NULL`, [person.id]);
    }

    await manager.query(
      `INSERT INTO identification.person_erasure (person_id, request_reference, erased_by, erased_by_agency_id, erased_at, consents_withdrawn)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [person.id, requestReference, principal.subject, principal.agencyId, erasedAt, withdrawn.length],
    );

    for (const grant of withdrawn) {
      await this.outbox.append(manager, 'consent.withdrawn', grant.id, await consentWithdrawnPayload(manager, grant, person), principal.correlationId);
    }
    const erased = { personId: person.id, reference: person.reference };
    await this.outbox.append(manager, 'person.erased', person.id, erased, principal.correlationId);

    // Last statement of the transaction: the audit chain's lock is held until commit.
    const withdrawals: AuditEntryInput[] = withdrawn.map((grant) => ({
      actor: auditActor(principal),
      correlationId: principal.correlationId,
      personId: person.id,
      categories: grant.categories,
      action: AuditAction.CONSENT_WITHDRAWN,
      basis: LegalBasis.CONSENT,
      decision: AccessDecision.ALLOWED,
      permissionId: grant.id,
      granteeAgencyId: grant.granteeAgencyId,
      granteeAgencyType: grant.granteeAgencyType,
      purpose: grant.purpose,
    }));
    await this.audit.append(manager, [...withdrawals, this.erasureEntry(principal, person.id)]);

    return { personId: person.id, reference: person.reference, erasedAt, requestReference, consentsWithdrawn: withdrawn.length, erasedNow: true };
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
    const rows: Array<{ request_reference: string; erased_at: Date; consents_withdrawn: number }> = await manager.query(
      `SELECT request_reference, erased_at, consents_withdrawn FROM identification.person_erasure WHERE person_id = $1`,
      [person.id],
    );
    const [row] = rows;
    if (!row) throw new Error(`person ${person.id} is marked erased without an erasure record`);
    return {
      personId: person.id,
      reference: person.reference,
      erasedAt: row.erased_at,
      requestReference: row.request_reference,
      consentsWithdrawn: row.consents_withdrawn,
      erasedNow: false,
    };
  }
}
