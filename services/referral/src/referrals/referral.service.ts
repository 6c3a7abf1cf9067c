import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { hasAnyRole, type Principal } from '@nrm/auth';
import { isUniqueViolation, keysetPage } from '@nrm/database';
import { ReferralDecision, ReferralStatus, RESPONSIBLE_AUTHORITY_ROLES } from '@nrm/domain';
import { OutboxWriter } from '@nrm/events';
import type { Connection } from '@nrm/graphql';
import { PersonRefEntity } from '../persons/person-ref.entity';
import { ServiceProviderEntity } from '../service-providers/service-provider.entity';
import type { CreateReferralInput } from './dto/create-referral.input';
import type { ReferralsArgs } from './dto/referrals.args';
import type { RespondToReferralInput } from './dto/respond-to-referral.input';
import { referralRefusal } from './referral-eligibility';
import { ReferralEntity } from './referral.entity';
import { ReferralException, ReferralExceptionCode } from './referral.exception';

/** At most one open referral of a person to the same provider (partial unique index of the first migration). */
const ONE_PENDING_CONSTRAINT = 'referral_one_pending_per_provider';

/** What a provider's staff still see of its referrals: a declined one is no longer theirs. */
const PROVIDER_VISIBLE_STATUSES: readonly ReferralStatus[] = [ReferralStatus.PENDING, ReferralStatus.ACCEPTED];

@Injectable()
export class ReferralService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
  ) {}

  /**
   * Refers a person to a provider from the directory. The referral and its `referral.created` event commit together;
   * the provider then sees only the person's non-identifying summary until the person consents to more.
   */
  async create(input: CreateReferralInput, principal: Principal): Promise<ReferralEntity> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const person = await manager.findOne(PersonRefEntity, { where: { personId: input.personId } });
        if (!person) throw new ReferralException(ReferralExceptionCode.PERSON_NOT_FOUND, 'Person not found', ['input.personId']);
        // Shared lock: the provider's authorisation and capacity cannot change under this check before commit.
        const provider = await manager.findOne(ServiceProviderEntity, { where: { id: input.providerId }, lock: { mode: 'pessimistic_read' } });
        if (!provider) throw new ReferralException(ReferralExceptionCode.PROVIDER_NOT_FOUND, 'Service provider not found', ['input.providerId']);

        const refusal = referralRefusal({ person, provider });
        if (refusal) throw new ReferralException(refusal.code, refusal.message);
        const pending = await manager.exists(ReferralEntity, {
          where: { personId: person.personId, providerId: provider.id, status: ReferralStatus.PENDING },
        });
        if (pending) throw alreadyPending();

        const referral = manager.create(ReferralEntity, {
          id: randomUUID(),
          personId: person.personId,
          reference: person.reference,
          providerId: provider.id,
          providerAgencyId: provider.agencyId,
          status: ReferralStatus.PENDING,
          urgent: input.urgent ?? false,
          createdBy: principal.subject,
          createdByAgencyId: principal.agencyId,
          createdAt: new Date(),
          respondedAt: null,
          respondedBy: null,
          declineReason: null,
          caseId: null,
        });
        await manager.insert(ReferralEntity, referral);
        const created = {
          referralId: referral.id,
          personId: referral.personId,
          reference: referral.reference,
          providerAgencyId: referral.providerAgencyId,
          urgent: referral.urgent,
        };
        await this.outbox.append(manager, 'referral.created', referral.id, created, principal.correlationId);
        referral.provider = provider;
        return referral;
      });
    } catch (error) {
      // A concurrent duplicate passed the check above; the partial unique index stopped it.
      if (isUniqueViolation(error, ONE_PENDING_CONSTRAINT)) throw alreadyPending();
      throw error;
    }
  }

  /**
   * The provider's answer. The referral row is locked, so of two concurrent answers exactly one wins and the other
   * gets CONFLICT; an accept takes a place in the same transaction, or fails if none is left.
   */
  respond(input: RespondToReferralInput, principal: Principal): Promise<ReferralEntity> {
    const reason = input.reason?.trim() ?? '';
    if (input.decision === ReferralDecision.DECLINE && reason.length === 0) {
      throw new ReferralException(ReferralExceptionCode.DECLINE_REASON_REQUIRED, 'A decline needs a reason', ['input.reason']);
    }
    return this.dataSource.transaction(async (manager) => {
      const referral = await manager.findOne(ReferralEntity, { where: { id: input.referralId }, lock: { mode: 'pessimistic_write' } });
      // An unknown id is answered as another provider's referral: a case manager must not learn that one exists.
      if (!referral) throw new ReferralException(ReferralExceptionCode.NOT_PROVIDER_AGENCY, 'Only the provider the person was referred to may answer');
      if (referral.providerAgencyId !== principal.agencyId) {
        throw new ReferralException(ReferralExceptionCode.NOT_PROVIDER_AGENCY, 'Only the provider the person was referred to may answer').about(referral.personId);
      }
      if (referral.status !== ReferralStatus.PENDING) {
        throw new ReferralException(ReferralExceptionCode.ALREADY_ANSWERED, `Referral is ${referral.status}, not PENDING`);
      }

      referral.respondedAt = new Date();
      referral.respondedBy = principal.subject;
      if (input.decision === ReferralDecision.ACCEPT) {
        await this.takePlace(manager, referral.providerId);
        referral.status = ReferralStatus.ACCEPTED;
      } else {
        referral.status = ReferralStatus.DECLINED;
        referral.declineReason = reason;
      }
      await manager.update(
        ReferralEntity,
        { id: referral.id },
        { status: referral.status, respondedAt: referral.respondedAt, respondedBy: referral.respondedBy, declineReason: referral.declineReason },
      );
      const payload = { referralId: referral.id, personId: referral.personId, reference: referral.reference, providerAgencyId: referral.providerAgencyId };
      const accepted = referral.status === ReferralStatus.ACCEPTED;
      await this.outbox.append(manager, accepted ? 'referral.accepted' : 'referral.declined', referral.id, payload, principal.correlationId);

      referral.provider = await manager.findOneOrFail(ServiceProviderEntity, { where: { id: referral.providerId } });
      return referral;
    });
  }

  /**
   * A referral the caller may see. The RA sees every referral, so NOT_FOUND tells it nothing; a provider gets the same
   * FORBIDDEN for an unknown id as for another provider's referral, which would otherwise show the person is referred.
   */
  async findVisible(id: string, principal: Principal): Promise<ReferralEntity> {
    const referral = await this.visibleQuery(principal).andWhere('r.id = :id', { id }).getOne();
    if (referral) return referral;
    const hidden = await this.dataSource.getRepository(ReferralEntity).findOne({ where: { id }, select: { id: true, personId: true } });
    if (hidden) throw new ReferralException(ReferralExceptionCode.NOT_VISIBLE, 'Not allowed to see this referral').about(hidden.personId);
    // An unknown id looks like a hidden one to anyone but the RA, which sees every referral anyway.
    throw hasAnyRole(principal, RESPONSIBLE_AUTHORITY_ROLES)
      ? new ReferralException(ReferralExceptionCode.REFERRAL_NOT_FOUND, 'Referral not found')
      : new ReferralException(ReferralExceptionCode.NOT_VISIBLE, 'Not allowed to see this referral');
  }

  async list(args: ReferralsArgs, principal: Principal): Promise<Connection<ReferralEntity>> {
    const query = this.visibleQuery(principal);
    if (args.filter?.status) query.andWhere('r.status = :status', { status: args.filter.status });
    if (args.filter?.personId) query.andWhere('r.person_id = :personId', { personId: args.filter.personId });
    return keysetPage(query, { first: args.first, after: args.after, atColumn: 'r.created_at', idColumn: 'r.id', atOf: (row) => row.createdAt, idOf: (row) => row.id });
  }

  /** Whether the caller may read why a referral was declined: the Responsible Authority and the provider only. */
  mayReadDeclineReason(referral: ReferralEntity, principal: Principal): boolean {
    return hasAnyRole(principal, RESPONSIBLE_AUTHORITY_ROLES) || principal.agencyId === referral.providerAgencyId;
  }

  /** Takes one place atomically; refuses when none is left or the provider lost its authorisation meanwhile. */
  private async takePlace(manager: EntityManager, providerId: string): Promise<void> {
    // TypeORM answers an UPDATE with [rows, affected count].
    const [, taken]: [unknown[], number] = await manager.query(
      `UPDATE referral.service_provider SET places_free = places_free - 1, updated_at = now()
       WHERE id = $1 AND authorised AND places_free > 0`,
      [providerId],
    );
    if (taken === 1) return;
    const provider = await manager.findOneOrFail(ServiceProviderEntity, { where: { id: providerId } });
    throw provider.authorised
      ? new ReferralException(ReferralExceptionCode.NO_PLACES_FREE, 'The provider has no place free')
      : new ReferralException(ReferralExceptionCode.PROVIDER_NOT_AUTHORISED, 'The provider is no longer authorised');
  }

  /** The Responsible Authority sees every referral; a provider's staff see their own pending and accepted ones. */
  private visibleQuery(principal: Principal): SelectQueryBuilder<ReferralEntity> {
    const query = this.dataSource.getRepository(ReferralEntity).createQueryBuilder('r').innerJoinAndSelect('r.provider', 'provider');
    if (hasAnyRole(principal, RESPONSIBLE_AUTHORITY_ROLES)) return query;
    return query
      .where('r.provider_agency_id = :agency', { agency: principal.agencyId })
      .andWhere('r.status IN (:...statuses)', { statuses: PROVIDER_VISIBLE_STATUSES });
  }
}

function alreadyPending(): ReferralException {
  return new ReferralException(ReferralExceptionCode.ALREADY_PENDING, 'The person already has a pending referral to this provider');
}
