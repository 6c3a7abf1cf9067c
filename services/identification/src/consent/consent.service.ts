import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditAction, auditActor, AuditWriter } from '@nrm/audit';
import type { Principal } from '@nrm/auth';
import { AccessDecision, LegalBasis } from '@nrm/domain';
import { OutboxWriter } from '@nrm/events';
import { SERVICE_RUNTIME, type ServiceRuntime } from '@nrm/service-kit';
import { PersonAccessService } from '../access/person-access.service';
import type { IdentificationConfig } from '../config';
import { PersonEntity } from '../person/person.entity';
import { ConsentGrantEntity } from './consent-grant.entity';
import {
  assertGiver,
  assertGrantExpiry,
  assertRelationship,
  type OverrideDurations,
  overrideExpiry,
  seesWholeLedger,
  withdrawalReason,
} from './consent-rules';
import { ConsentException, ConsentExceptionCode } from './consent.exception';
import type { GrantConsentInput } from './dto/grant-consent.input';
import type { GrantLegalBasisOverrideInput } from './dto/grant-legal-basis-override.input';
import { LegalBasisOverrideEntity } from './legal-basis-override.entity';

/** One change to the consent ledger, as the audit trail records it: ids only, never the reason text. */
export type ConsentLedgerChange =
  | { action: 'CONSENT_GRANTED'; principal: Principal; person: PersonEntity; grant: ConsentGrantEntity }
  | { action: 'CONSENT_WITHDRAWN'; principal: Principal; person: PersonEntity; grant: ConsentGrantEntity }
  | { action: 'OVERRIDE_GRANTED'; principal: Principal; person: PersonEntity; override: LegalBasisOverrideEntity };

/**
 * The consent ledger: grants, withdrawals and ra_head overrides. Each change runs in one transaction that also carries
 * its outbox event and (see `ledgerChanged`) its audit entry. Permissions are read by PersonAccessService on every
 * request, so a change here is honoured on the very next read.
 */
@Injectable()
export class ConsentService {
  private readonly overrideDurations: OverrideDurations;

  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly access: PersonAccessService,
    private readonly audit: AuditWriter,
    @Inject(SERVICE_RUNTIME) runtime: ServiceRuntime,
  ) {
    const config = runtime.config as IdentificationConfig;
    this.overrideDurations = { defaultHours: config.OVERRIDE_DEFAULT_HOURS, maxHours: config.OVERRIDE_MAX_HOURS };
  }

  /** Records a consent for the grantee; only staff of an agency already linked to the person may. */
  grant(input: GrantConsentInput, principal: Principal): Promise<ConsentGrantEntity> {
    const now = new Date();
    return this.dataSource.transaction(async (manager) => {
      const person = await this.linkedPerson(manager, input.personId, principal);
      assertGiver(input.givenBy, person, principal.roles);
      assertGrantExpiry(input.expiresAt, now);
      const grant = manager.create(ConsentGrantEntity, {
        id: randomUUID(),
        personId: person.id,
        granteeAgencyId: input.granteeAgencyId,
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
      });
      await manager.insert(ConsentGrantEntity, grant);
      await this.ledgerChanged(manager, { action: 'CONSENT_GRANTED', principal, person, grant });
      return grant;
    });
  }

  /**
   * Withdraws a grant, effective on the next read everywhere, and tells the referral and notification services through
   * the outbox. Idempotent: withdrawing a withdrawn grant returns it unchanged, keeping the first time and reason, and
   * emits nothing.
   */
  withdraw(grantId: string, reason: string | null | undefined, principal: Principal): Promise<ConsentGrantEntity> {
    const cleanReason = withdrawalReason(reason);
    return this.dataSource.transaction(async (manager) => {
      // The row lock orders concurrent withdrawals: exactly one of them withdraws and emits the event.
      const grant = await manager.findOne(ConsentGrantEntity, { where: { id: grantId }, lock: { mode: 'pessimistic_write' } });
      if (!grant) throw new ConsentException(ConsentExceptionCode.GRANT_NOT_FOUND, 'Consent grant not found');
      const person = await this.linkedPerson(manager, grant.personId, principal);
      if (grant.withdrawnAt) return grant;

      // Under the row lock nothing else can withdraw it first; the ledger's trigger refuses any other change.
      Object.assign(grant, { withdrawnAt: new Date(), withdrawnBy: principal.subject, withdrawnByAgencyId: principal.agencyId, withdrawalReason: cleanReason });
      await manager.update(
        ConsentGrantEntity,
        { id: grant.id },
        { withdrawnAt: grant.withdrawnAt, withdrawnBy: grant.withdrawnBy, withdrawnByAgencyId: grant.withdrawnByAgencyId, withdrawalReason: grant.withdrawalReason },
      );

      await this.outbox.append(
        manager,
        'consent.withdrawn',
        grant.id,
        {
          grantId: grant.id,
          personId: person.id,
          reference: person.reference,
          granteeAgencyId: grant.granteeAgencyId,
        },
        principal.correlationId,
      );
      await this.ledgerChanged(manager, { action: 'CONSENT_WITHDRAWN', principal, person, grant });
      return grant;
    });
  }

  /**
   * The person's grants, withdrawn and expired ones included. Agencies holding the record or a mandate see them all;
   * a provider sees only grants naming it or recorded by it, since which agencies hold consent can reveal a placement.
   */
  async list(personId: string, principal: Principal): Promise<ConsentGrantEntity[]> {
    const person = await this.personOrFail(this.dataSource.manager, personId);
    const relationships = await this.access.relationshipsOf(principal, person);
    assertRelationship(relationships, person.reference);
    const query = this.dataSource
      .getRepository(ConsentGrantEntity)
      .createQueryBuilder('cg')
      .where('cg.person_id = :personId', { personId: person.id })
      .orderBy('cg.recorded_at', 'DESC')
      .addOrderBy('cg.id', 'DESC');
    if (!seesWholeLedger(relationships)) {
      query.andWhere('(cg.grantee_agency_id = :agency OR cg.recorded_by_agency_id = :agency)', { agency: principal.agencyId });
    }
    return query.getMany();
  }

  /** An ra_head's time-limited override with a written reason; the role is enforced by the resolver's guard. */
  grantOverride(input: GrantLegalBasisOverrideInput, principal: Principal): Promise<LegalBasisOverrideEntity> {
    const now = new Date();
    const expiresAt = overrideExpiry(input.expiresAt, now, this.overrideDurations);
    return this.dataSource.transaction(async (manager) => {
      const person = await this.linkedPerson(manager, input.personId, principal);
      const override = manager.create(LegalBasisOverrideEntity, {
        id: randomUUID(),
        personId: person.id,
        granteeAgencyId: input.granteeAgencyId,
        categories: input.categories,
        reason: input.reason,
        grantedBy: principal.subject,
        grantedByAgencyId: principal.agencyId,
        grantedAt: now,
        expiresAt,
        flaggedForReview: true,
      });
      await manager.insert(LegalBasisOverrideEntity, override);
      await this.ledgerChanged(manager, { action: 'OVERRIDE_GRANTED', principal, person, override });
      return override;
    });
  }

  /**
   * The one place every ledger change passes through, inside its transaction (`manager`): the audit trail appends its
   * entry here so the change and its audit entry commit or roll back together.
   */
  private async ledgerChanged(manager: EntityManager, change: ConsentLedgerChange): Promise<void> {
    const override = change.action === 'OVERRIDE_GRANTED';
    const record = override ? change.override : change.grant;
    // Last statement of the transaction: the audit chain's lock is held until commit.
    await this.audit.append(manager, {
      actor: auditActor(change.principal),
      correlationId: change.principal.correlationId,
      personId: change.person.id,
      categories: record.categories,
      action: AuditAction[change.action],
      basis: override ? LegalBasis.OVERRIDE : LegalBasis.CONSENT,
      decision: AccessDecision.ALLOWED,
      permissionId: record.id,
      purpose: override ? null : change.grant.purpose,
    });
  }

  private async linkedPerson(manager: EntityManager, personId: string, principal: Principal): Promise<PersonEntity> {
    const person = await this.personOrFail(manager, personId);
    assertRelationship(await this.access.relationshipsOf(principal, person, manager), person.reference);
    return person;
  }

  private async personOrFail(manager: EntityManager, personId: string): Promise<PersonEntity> {
    const person = await manager.findOne(PersonEntity, { where: { id: personId } });
    if (!person) throw new ConsentException(ConsentExceptionCode.PERSON_NOT_FOUND, 'Person not found');
    return person;
  }
}
