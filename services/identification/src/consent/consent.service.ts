import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { addHours } from 'date-fns/addHours';
import type { EntityManager } from 'typeorm';
import { AuditAction, auditActor, type AuditEntryInput, AuditRecorder, AuditWriter, oversightAuditEntry } from '@nrm/audit';
import type { Principal } from '@nrm/auth';
import { AccessDecision, type AgencyType, type DataCategory, LegalBasis } from '@nrm/domain';
import { ApiErrorCode } from '@nrm/graphql';
import { type EventPayloads, OutboxWriter } from '@nrm/events';
import { Clock, SERVICE_RUNTIME, type ServiceRuntime } from '@nrm/service-kit';
import { AccessException } from '../access/access.exception';
import { PersonAccessService } from '../access/person-access.service';
import type { IdentificationConfig } from '../config';
import { DirectoryService } from '../directory/directory.service';
import type { PersonEntity } from '../person/person.entity';
import { PersonService } from '../person/person.service';
import { seesEveryPerson, unknownPersonError } from '../person/unknown-person';
import { RelationshipsService } from '../relationships/relationships.service';
import type { ConsentGrantEntity } from './consent-grant.entity';
import { ConsentRepository, type LedgerGrant } from './consent.repository';
import {
  assertGiver,
  assertGranteeCanReceive,
  assertGrantExpiry,
  assertMayRecord,
  assertMayWithdraw,
  notAllowedToWithdraw,
  assertRelationship,
  consentGrantee,
  type OverrideDurations,
  overrideExpiry,
  PURPOSES_FLAGGED_FOR_REVIEW,
  seesWholeLedger,
  withdrawalReason,
  writtenReason,
} from './consent-rules';
import { ConsentException, ConsentExceptionCode } from './consent.exception';
import type { GrantConsentInput } from './dto/grant-consent.input';
import type { GrantLegalBasisOverrideInput } from './dto/grant-legal-basis-override.input';
import type { LedgerReviewFilter } from './dto/ledger-review.args';
import { GranteeAgencies } from './grantee-agencies';
import type { LegalBasisOverrideEntity } from './legal-basis-override.entity';
import { ReviewOutcome } from './review-outcome';

/** A grant as a caller may see it: who recorded it, its form and withdrawal reason are withheld from grantees. */
export type ConsentGrantView = Omit<ConsentGrantEntity, 'recordedByAgencyId'> & { recordedByAgencyId: string | null };

interface LedgerAttempt {
  action: AuditAction;
  categories?: readonly DataCategory[];
  permissionId?: string;
  purpose?: string;
  /** The agency the refused change would have opened or closed the data to. */
  granteeAgencyId?: string;
  /** The agency type it would have opened or closed the data to, for a grant to every agency of a type. */
  granteeAgencyType?: AgencyType;
}

/** The person a ledger change concerns, as much of it as the event and the audit entry need. */
interface LedgerPerson {
  id: string;
  reference: string;
}

/** One change to the consent ledger, as the audit trail records it: ids only, never the reason text. */
type ConsentLedgerChange =
  | { action: 'CONSENT_GRANTED'; principal: Principal; person: LedgerPerson; grant: LedgerGrant }
  | { action: 'CONSENT_WITHDRAWN'; principal: Principal; person: LedgerPerson; grant: LedgerGrant }
  | { action: 'CONSENT_REVIEWED'; principal: Principal; person: LedgerPerson; grant: LedgerGrant }
  | { action: 'OVERRIDE_GRANTED'; principal: Principal; person: LedgerPerson; override: LegalBasisOverrideEntity }
  | { action: 'OVERRIDE_REVIEWED'; principal: Principal; person: LedgerPerson; override: LegalBasisOverrideEntity };

/**
 * The consent ledger: grants, withdrawals and ra_head overrides. Each change runs in one transaction that also carries
 * its outbox event and (see `ledgerChanged`) its audit entry. Permissions are read by PersonAccessService on every
 * request, so a change here is honoured on the very next read.
 */
@Injectable()
export class ConsentService {
  private readonly overrideDurations: OverrideDurations;
  private readonly overrideReviewHours: number;

  constructor(
    private readonly ledger: ConsentRepository,
    private readonly outbox: OutboxWriter,
    private readonly access: PersonAccessService,
    private readonly persons: PersonService,
    private readonly relationships: RelationshipsService,
    private readonly directory: DirectoryService,
    private readonly audit: AuditWriter,
    private readonly recorder: AuditRecorder,
    private readonly grantees: GranteeAgencies,
    private readonly clock: Clock,
    @Inject(SERVICE_RUNTIME) runtime: ServiceRuntime<IdentificationConfig>,
  ) {
    const config = runtime.config;
    this.overrideDurations = { defaultHours: config.OVERRIDE_DEFAULT_HOURS, maxHours: config.OVERRIDE_MAX_HOURS };
    this.overrideReviewHours = config.OVERRIDE_REVIEW_HOURS;
  }

  /**
   * Records a consent for the grantee. Only an agency that is with the person for the purpose records it, never for
   * itself (CONSENT_RECORDERS), and only for an agency of the directory that the purpose can open every named category
   * to. A grant for law-enforcement cooperation is flagged for the RA's review. A refused attempt is audited.
   */
  grant(input: GrantConsentInput, principal: Principal, requestKey: object): Promise<ConsentGrantEntity> {
    const now = this.clock.now();
    const grantee = consentGrantee(input);
    const attempt: LedgerAttempt = {
      action: AuditAction.CONSENT_GRANTED,
      categories: input.categories,
      purpose: input.purpose,
      // A grant to an agency type names no one agency: the entry names the type instead.
      ...(grantee.agencyId === null ? {} : { granteeAgencyId: grantee.agencyId }),
      ...(grantee.agencyType === null ? {} : { granteeAgencyType: grantee.agencyType }),
    };
    return this.auditingDenial(requestKey, principal, input.personId, attempt, () =>
      this.ledger.transaction(async (manager) => {
        const person = await this.personOrFail(manager, input.personId, principal);
        const relationships = await this.access.relationshipsOf(principal, person, manager);
        assertRelationship(relationships, person.reference);
        assertMayRecord(principal, relationships, input);
        assertGiver(input.givenBy, person, principal.roles);
        assertGrantExpiry(input.expiresAt, now);
        // A type grant is checked against its type: the purpose must open every category to any agency of it.
        const granteeType = grantee.agencyId === null ? grantee.agencyType : await this.grantees.typeOf(grantee.agencyId, manager);
        assertGranteeCanReceive(granteeType, { kind: LegalBasis.CONSENT, purpose: input.purpose }, input.categories);
        const grant = await this.ledger.insertGrant(manager, {
          id: randomUUID(),
          personId: person.id,
          granteeAgencyId: grantee.agencyId,
          granteeAgencyType: grantee.agencyType,
          purpose: input.purpose,
          categories: input.categories,
          givenBy: input.givenBy,
          recordedBy: principal.subject,
          recordedByAgencyId: principal.agencyId,
          recordedAt: now,
          expiresAt: input.expiresAt ?? null,
          withdrawnAt: null,
          withdrawnBy: null,
          withdrawnByAgencyId: null,
          withdrawalReason: null,
          evidenceReference: input.evidenceReference,
          flaggedForReview: PURPOSES_FLAGGED_FOR_REVIEW.includes(input.purpose),
          ...NOT_REVIEWED,
        });
        await this.ledgerChanged(manager, { action: 'CONSENT_GRANTED', principal, person, grant });
        return grant;
      }),
    );
  }

  /**
   * Withdraws a grant, effective on the next read everywhere, and tells the referral and notification services through
   * the outbox. Idempotent: withdrawing a withdrawn grant returns it unchanged, keeping the first time and reason, and
   * emits nothing.
   */
  withdraw(grantId: string, reason: string | null | undefined, principal: Principal, requestKey: object): Promise<ConsentGrantEntity> {
    const cleanReason = withdrawalReason(reason);
    return this.ledger.transaction(async (manager) => {
      // The row lock orders concurrent withdrawals: exactly one of them withdraws and emits the event.
      const grant = await this.ledger.lockGrant(manager, grantId);
      if (!grant) throw seesEveryPerson(principal) ? grantNotFound() : notAllowedToWithdraw();
      const attempt: LedgerAttempt = {
        action: AuditAction.CONSENT_WITHDRAWN,
        categories: grant.categories,
        permissionId: grant.id,
        purpose: grant.purpose,
        ...(grant.granteeAgencyId === null ? {} : { granteeAgencyId: grant.granteeAgencyId }),
        ...(grant.granteeAgencyType === null ? {} : { granteeAgencyType: grant.granteeAgencyType }),
      };
      const person = await this.auditingDenial(requestKey, principal, grant.personId, attempt, async () => {
        const found = await this.personOrFail(manager, grant.personId);
        assertMayWithdraw(principal.agencyId, await this.access.relationshipsOf(principal, found, manager), grant);
        return found;
      });
      if (grant.withdrawnAt) return grant;
      await this.markWithdrawn(manager, grant, person, principal, cleanReason);
      await this.ledgerChanged(manager, { action: 'CONSENT_WITHDRAWN', principal, person, grant });
      return grant;
    });
  }

  /** Under the grant's row lock: sets the withdrawal and tells the referral and notification services. */
  private async markWithdrawn(manager: EntityManager, grant: ConsentGrantEntity, person: PersonEntity, principal: Principal, reason: string | null): Promise<void> {
    // Under the row lock nothing else can withdraw it first; the ledger's trigger refuses any other change.
    Object.assign(grant, { withdrawnAt: this.clock.now(), withdrawnBy: principal.subject, withdrawnByAgencyId: principal.agencyId, withdrawalReason: reason });
    await this.ledger.updateGrant(manager, grant.id, {
      withdrawnAt: grant.withdrawnAt,
      withdrawnBy: grant.withdrawnBy,
      withdrawnByAgencyId: grant.withdrawnByAgencyId,
      withdrawalReason: grant.withdrawalReason,
    });
    await this.announceWithdrawal(manager, grant, person, principal);
  }

  /**
   * Erasure's part of the ledger, in the erasure's transaction (`manager`), at the erasure's time: every grant still
   * active is withdrawn and announced as `consent.withdrawn` (so live referrals lose access), and the ledger's free
   * text about the person is redacted; who gave what to whom, and when, stays. Returns the withdrawals' audit entries,
   * which the caller appends last, with its own, so the audit chain's lock is held only until its commit.
   */
  async withdrawAllOnErasure(manager: EntityManager, person: LedgerPerson, erasedAt: Date, principal: Principal, redactedReason: string): Promise<AuditEntryInput[]> {
    const withdrawn = await this.ledger.withdrawActiveGrants(manager, person.id, erasedAt, principal);
    await this.ledger.redactFreeText(manager, person.id, redactedReason);
    for (const grant of withdrawn) await this.announceWithdrawal(manager, grant, person, principal);
    return withdrawn.map((grant) => ledgerEntry({ action: 'CONSENT_WITHDRAWN', principal, person, grant }));
  }

  /** The one place `consent.withdrawn` is built: it tells the referral and notification services. */
  private async announceWithdrawal(manager: EntityManager, grant: LedgerGrant, person: LedgerPerson, principal: Principal): Promise<void> {
    await this.outbox.append(manager, 'consent.withdrawn', grant.id, await this.withdrawnPayload(manager, grant, person), principal.correlationId);
  }

  /**
   * The `consent.withdrawn` payload. A grant to an agency type names, besides the type, the agencies of that type with
   * a live referral or case of the person (from this service's relationships), so the notification service can tell
   * each one without knowing referrals; the referral service marks its live referrals by the providers' type itself.
   */
  private async withdrawnPayload(manager: EntityManager, grant: LedgerGrant, person: LedgerPerson): Promise<EventPayloads['consent.withdrawn']> {
    const base = { grantId: grant.id, personId: person.id, reference: person.reference, granteeAgencyId: grant.granteeAgencyId, granteeAgencyType: grant.granteeAgencyType };
    if (grant.granteeAgencyType === null) return base;
    const live = await this.relationships.liveReferralAgencies(manager, person.id);
    const liveReferralAgencyIds = live.length === 0 ? [] : await this.directory.agencyIdsOfType(manager, live, grant.granteeAgencyType);
    return { ...base, liveReferralAgencyIds };
  }

  /**
   * The person's grants, withdrawn and expired ones included. The RA and (for a child) the child protection unit see
   * them all; any other linked agency sees the grants naming it and the grants it recorded, since which agencies hold
   * consent can reveal a placement (seesWholeLedger).
   */
  /**
   * The person's grants; a canonical person's include its aliases' grants (each naming the record it was given for in
   * `personId`), since the access facts count them (docs/domain.md, "Linked records").
   */
  async list(personId: string, principal: Principal, requestKey: object): Promise<ConsentGrantView[]> {
    const person = await this.personOrFail(undefined, personId, principal);
    const relationships = await this.access.relationshipsOf(principal, person);
    await this.auditingDenial(requestKey, principal, person.id, { action: AuditAction.READ }, async () => assertRelationship(relationships, person.reference));
    if (seesWholeLedger(relationships)) return this.ledger.grantsOf(person.id);
    // A grant to the caller recorded by someone else names its recorder (a shelter: the placement), its form and the
    // reason it ended: the caller learns that it may read, and until when, nothing more.
    return (await this.ledger.grantsOf(person.id, principal)).map((grant) =>
      grant.recordedByAgencyId === principal.agencyId ? grant : { ...grant, recordedByAgencyId: null, evidenceReference: null, withdrawalReason: null },
    );
  }

  /** An ra_head's time-limited override with a written reason; the role is enforced by the resolver's guard. */
  grantOverride(input: GrantLegalBasisOverrideInput, principal: Principal): Promise<LegalBasisOverrideEntity> {
    const now = this.clock.now();
    const reason = writtenReason(input.reason, 'input.reason');
    const expiresAt = overrideExpiry(input.expiresAt, now, this.overrideDurations);
    return this.ledger.transaction(async (manager) => {
      const person = await this.linkedPerson(manager, input.personId, principal);
      assertGranteeCanReceive(await this.grantees.typeOf(input.granteeAgencyId, manager), { kind: LegalBasis.OVERRIDE }, input.categories);
      const override = await this.ledger.insertOverride(manager, {
        id: randomUUID(),
        personId: person.id,
        granteeAgencyId: input.granteeAgencyId,
        categories: input.categories,
        reason,
        grantedBy: principal.subject,
        grantedByAgencyId: principal.agencyId,
        grantedAt: now,
        expiresAt,
        flaggedForReview: true,
        ...NOT_REVIEWED,
      });
      // Its review is a deadline (docs/domain.md §4): the notifications service keeps it from this event.
      await this.outbox.append(
        manager,
        'legal_basis_override.granted',
        override.id,
        { overrideId: override.id, personId: person.id, reference: person.reference, grantedAt: now.toISOString(), reviewDueAt: addHours(now, this.overrideReviewHours).toISOString() },
        principal.correlationId,
      );
      await this.ledgerChanged(manager, { action: 'OVERRIDE_GRANTED', principal, person, override });
      return override;
    });
  }

  /** Overrides, newest first (at most REVIEW_LIST_LIMIT); each person listed is an oversight read in the audit trail. */
  async listOverrides(filter: LedgerReviewFilter, principal: Principal, requestKey: object): Promise<LegalBasisOverrideEntity[]> {
    const overrides = await this.ledger.overrides(filter);
    await this.oversightRead(requestKey, principal, overrides);
    return overrides;
  }

  /** Flagged consent grants (law-enforcement cooperation), newest first, for the RA's review. */
  async listGrantsForReview(filter: LedgerReviewFilter, principal: Principal, requestKey: object): Promise<ConsentGrantEntity[]> {
    const grants = await this.ledger.grantsForReview(filter);
    await this.oversightRead(requestKey, principal, grants);
    return grants;
  }

  /**
   * A second ra_head's review of an override, never by the one who granted it: UPHELD leaves it until its expiry,
   * REVOKED ends it at once (the access facts read a revoked override as withdrawn). Reviewed once; audited.
   */
  reviewOverride(id: string, outcome: ReviewOutcome, note: string | null | undefined, principal: Principal): Promise<LegalBasisOverrideEntity> {
    const cleanNote = note?.trim() ? writtenReason(note, 'note') : null;
    return this.ledger.transaction(async (manager) => {
      const override = await this.ledger.lockOverride(manager, id);
      if (!override) throw new ConsentException(ConsentExceptionCode.OVERRIDE_NOT_FOUND, 'Override not found');
      if (override.grantedBy === principal.subject) {
        throw new ConsentException(ConsentExceptionCode.OWN_DECISION_REVIEW, 'An override is reviewed by another ra_head than the one who granted it');
      }
      if (!override.flaggedForReview || override.reviewedAt) throw new ConsentException(ConsentExceptionCode.NOT_PENDING_REVIEW, 'The override is not waiting for review');
      const person = await this.personOrFail(manager, override.personId);
      const review = this.reviewOf(principal, outcome, cleanNote);
      Object.assign(override, review);
      await this.ledger.updateOverride(manager, override.id, review);
      await this.outbox.append(
        manager,
        'legal_basis_override.reviewed',
        override.id,
        { overrideId: override.id, personId: person.id, reference: person.reference, reviewedAt: review.reviewedAt.toISOString(), outcome },
        principal.correlationId,
      );
      await this.ledgerChanged(manager, { action: 'OVERRIDE_REVIEWED', principal, person, override });
      return override;
    });
  }

  /**
   * The RA's review of a flagged grant, never by the user who recorded it: REVOKED withdraws it on the person's behalf
   * (as withdrawConsent does, with its event). Reviewed once; audited.
   */
  reviewGrant(id: string, outcome: ReviewOutcome, note: string | null | undefined, principal: Principal): Promise<ConsentGrantEntity> {
    const cleanNote = note?.trim() ? writtenReason(note, 'note') : null;
    return this.ledger.transaction(async (manager) => {
      const grant = await this.ledger.lockGrant(manager, id);
      if (!grant) throw grantNotFound();
      if (grant.recordedBy === principal.subject) {
        throw new ConsentException(ConsentExceptionCode.OWN_DECISION_REVIEW, 'A grant is reviewed by someone other than the one who recorded it');
      }
      if (!grant.flaggedForReview || grant.reviewedAt) throw new ConsentException(ConsentExceptionCode.NOT_PENDING_REVIEW, 'The grant is not waiting for review');
      const person = await this.personOrFail(manager, grant.personId);
      if (outcome === ReviewOutcome.REVOKED && !grant.withdrawnAt) {
        await this.markWithdrawn(manager, grant, person, principal, null);
        await this.ledgerChanged(manager, { action: 'CONSENT_WITHDRAWN', principal, person, grant });
      }
      const review = this.reviewOf(principal, outcome, cleanNote);
      Object.assign(grant, review);
      await this.ledger.updateGrant(manager, grant.id, review);
      await this.ledgerChanged(manager, { action: 'CONSENT_REVIEWED', principal, person, grant });
      return grant;
    });
  }

  /**
   * Runs a ledger step; when it is refused with FORBIDDEN, the attempt becomes a DENIED entry in the request's audit
   * batch (written before the response leaves, outside the step's rolled-back transaction) and the error goes on.
   */
  private async auditingDenial<T>(requestKey: object, principal: Principal, personId: string, attempt: LedgerAttempt, step: () => Promise<T>): Promise<T> {
    try {
      return await step();
    } catch (error) {
      // AccessException: the caller's agency is not as the directory holds it (PersonAccessService).
      if ((error instanceof ConsentException || error instanceof AccessException) && error.apiCode === ApiErrorCode.FORBIDDEN) {
        await this.recorder.record(requestKey, {
          actor: auditActor(principal),
          correlationId: principal.correlationId,
          personId: personId.toLowerCase(),
          categories: attempt.categories ?? [],
          action: attempt.action,
          basis: null,
          decision: AccessDecision.DENIED,
          reason: ApiErrorCode.FORBIDDEN,
          permissionId: attempt.permissionId ?? null,
          granteeAgencyId: attempt.granteeAgencyId ?? null,
          granteeAgencyType: attempt.granteeAgencyType ?? null,
          purpose: attempt.purpose ?? null,
        });
      }
      throw error;
    }
  }

  /** Listing flagged grants or overrides shows who they concern and why: one oversight read per person listed. */
  private async oversightRead(requestKey: object, principal: Principal, rows: ReadonlyArray<{ personId: string }>): Promise<void> {
    const entries: AuditEntryInput[] = [...new Set(rows.map((row) => row.personId))].map((personId) =>
      oversightAuditEntry(principal, { action: AuditAction.AUDIT_READ, personId }),
    );
    for (const entry of entries) await this.recorder.record(requestKey, entry);
  }

  /**
   * Every ledger change but erasure's passes through here, inside its transaction (`manager`): the audit trail appends
   * its entry here so the change and its audit entry commit or roll back together (erasure appends the same entries,
   * from ledgerEntry, with its own).
   */
  private async ledgerChanged(manager: EntityManager, change: ConsentLedgerChange): Promise<void> {
    // Last statement of the transaction: the audit chain's lock is held until commit.
    await this.audit.append(manager, ledgerEntry(change));
  }

  /** The review columns, all set at once. */
  private reviewOf(principal: Principal, outcome: ReviewOutcome, note: string | null) {
    return { reviewedAt: this.clock.now(), reviewedBy: principal.subject, reviewedByAgencyId: principal.agencyId, reviewOutcome: outcome, reviewNote: note };
  }

  private async linkedPerson(manager: EntityManager, personId: string, principal: Principal): Promise<PersonEntity> {
    const person = await this.personOrFail(manager, personId);
    assertRelationship(await this.access.relationshipsOf(principal, person, manager), person.reference);
    return person;
  }

  /** With the caller: an unknown id is answered as a person it is not linked to, unless it sees every person. */
  private async personOrFail(manager: EntityManager | undefined, personId: string, caller?: Principal): Promise<PersonEntity> {
    const person = await this.persons.find(personId, manager);
    if (!person) throw caller ? unknownPersonError(caller, personNotFound) : personNotFound();
    return person;
  }
}

function personNotFound(): ConsentException {
  return new ConsentException(ConsentExceptionCode.PERSON_NOT_FOUND, 'Person not found');
}

function grantNotFound(): ConsentException {
  return new ConsentException(ConsentExceptionCode.GRANT_NOT_FOUND, 'Consent grant not found');
}

const NOT_REVIEWED = { reviewedAt: null, reviewedBy: null, reviewedByAgencyId: null, reviewOutcome: null, reviewNote: null } as const;

/**
 * The audit entry of a ledger change. The entry names the ledger row (permissionId) and the grantee, which the trail
 * must show after the row is gone; the row's free text (reason, note) stays out of the append-only trail. A review's
 * entry carries its outcome code.
 */
function ledgerEntry(change: ConsentLedgerChange): AuditEntryInput {
  const override = change.action === 'OVERRIDE_GRANTED' || change.action === 'OVERRIDE_REVIEWED';
  const record = 'override' in change ? change.override : change.grant;
  const reviewed = change.action === 'OVERRIDE_REVIEWED' || change.action === 'CONSENT_REVIEWED';
  return {
    actor: auditActor(change.principal),
    correlationId: change.principal.correlationId,
    personId: change.person.id,
    categories: record.categories,
    action: AuditAction[change.action],
    basis: override ? LegalBasis.OVERRIDE : LegalBasis.CONSENT,
    decision: AccessDecision.ALLOWED,
    permissionId: record.id,
    granteeAgencyId: record.granteeAgencyId,
    granteeAgencyType: 'grant' in change ? change.grant.granteeAgencyType : null,
    purpose: 'grant' in change ? change.grant.purpose : null,
    reason: reviewed ? record.reviewOutcome : null,
    flaggedForReview: record.flaggedForReview && record.reviewedAt === null,
  };
}
