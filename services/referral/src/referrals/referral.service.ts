import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { hasAnyRole, type Principal } from '@nrm/auth';
import { isUniqueViolation } from '@nrm/database';
import { ReferralDecision, ReferralStatus, RESPONSIBLE_AUTHORITY_ROLES } from '@nrm/domain';
import { type EventEnvelope, OutboxWriter } from '@nrm/events';
import type { Connection } from '@nrm/graphql';
import { Clock } from '@nrm/service-kit';
import { PersonRefService } from '../persons/person-ref.service';
import { ServiceProviderService } from '../service-providers/service-provider.service';
import type { CreateReferralInput } from './dto/create-referral.input';
import type { ReferralsArgs } from './dto/referrals.args';
import type { RespondToReferralInput } from './dto/respond-to-referral.input';
import { referralRefusal } from './referral-eligibility';
import type { ReferralEntity } from './referral.entity';
import { ReferralException, ReferralExceptionCode } from './referral.exception';
import { ReferralRepository, type ReferralScope } from './referral.repository';

/** At most one open referral of a person to the same provider (partial unique index of the first migration). */
const ONE_PENDING_CONSTRAINT = 'referral_one_pending_per_provider';

/** What a provider's staff still see of its referrals: a declined one is no longer theirs. */
const PROVIDER_VISIBLE_STATUSES: readonly ReferralStatus[] = [ReferralStatus.PENDING, ReferralStatus.ACCEPTED];

/** What a declined referral's free-text reason reads once the person is erased (the column must stay non-null). */
export const ERASED_DECLINE_REASON = '[erased on request]';

@Injectable()
export class ReferralService {
  constructor(
    private readonly referrals: ReferralRepository,
    private readonly persons: PersonRefService,
    private readonly providers: ServiceProviderService,
    private readonly outbox: OutboxWriter,
    private readonly clock: Clock,
  ) {}

  /**
   * Refers a person to a provider from the directory. The referral and its `referral.created` event commit together;
   * the provider then sees only the person's non-identifying summary until the person consents to more.
   */
  async create(input: CreateReferralInput, principal: Principal): Promise<ReferralEntity> {
    try {
      return await this.referrals.inTransaction(async (manager) => {
        // A linked record's id stands for its canonical person (docs/domain.md, "Linked records").
        const person = await this.persons.find(manager, await this.persons.canonicalId(manager, input.personId));
        if (!person) throw new ReferralException(ReferralExceptionCode.PERSON_NOT_FOUND, 'Person not found', ['input.personId']);
        // Shared lock: the provider's authorisation and capacity cannot change under this check before commit.
        const provider = await this.providers.findForReferral(manager, input.providerId);
        if (!provider) throw new ReferralException(ReferralExceptionCode.PROVIDER_NOT_FOUND, 'Service provider not found', ['input.providerId']);

        const refusal = referralRefusal({ person, provider });
        if (refusal) throw new ReferralException(refusal.code, refusal.message);
        if (await this.referrals.existsPending(manager, person.personId, provider.id)) throw alreadyPending();

        const referral = await this.referrals.add(manager, {
          id: randomUUID(),
          personId: person.personId,
          reference: person.reference,
          providerId: provider.id,
          providerAgencyId: provider.agencyId,
          status: ReferralStatus.PENDING,
          urgent: input.urgent ?? false,
          createdBy: principal.subject,
          createdByAgencyId: principal.agencyId,
          createdAt: this.clock.now(),
          respondedAt: null,
          respondedBy: null,
          declineReason: null,
          caseId: null,
        });
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
    return this.referrals.inTransaction(async (manager) => {
      const referral = await this.referrals.findForUpdate(manager, input.referralId);
      // An unknown id is answered as another provider's referral: a case manager must not learn that one exists.
      if (!referral) throw new ReferralException(ReferralExceptionCode.NOT_PROVIDER_AGENCY, 'Only the provider the person was referred to may answer');
      if (referral.providerAgencyId !== principal.agencyId) {
        throw new ReferralException(ReferralExceptionCode.NOT_PROVIDER_AGENCY, 'Only the provider the person was referred to may answer').about(referral.personId);
      }
      if (referral.status !== ReferralStatus.PENDING) {
        throw new ReferralException(ReferralExceptionCode.ALREADY_ANSWERED, `Referral is ${referral.status}, not PENDING`);
      }

      referral.respondedAt = this.clock.now();
      referral.respondedBy = principal.subject;
      if (input.decision === ReferralDecision.ACCEPT) {
        await this.takePlace(manager, referral.providerId);
        referral.status = ReferralStatus.ACCEPTED;
      } else {
        referral.status = ReferralStatus.DECLINED;
        referral.declineReason = reason;
      }
      await this.referrals.saveAnswer(manager, referral.id, {
        status: referral.status,
        respondedAt: referral.respondedAt,
        respondedBy: referral.respondedBy,
        declineReason: referral.declineReason,
      });
      const payload = { referralId: referral.id, personId: referral.personId, reference: referral.reference, providerAgencyId: referral.providerAgencyId };
      const accepted = referral.status === ReferralStatus.ACCEPTED;
      await this.outbox.append(manager, accepted ? 'referral.accepted' : 'referral.declined', referral.id, payload, principal.correlationId);

      referral.provider = await this.providers.findInTransaction(manager, referral.providerId);
      return referral;
    });
  }

  /**
   * A referral the caller may see. The RA sees every referral, so NOT_FOUND tells it nothing; a provider gets the same
   * FORBIDDEN for an unknown id as for another provider's referral, which would otherwise show the person is referred.
   */
  async findVisible(id: string, principal: Principal): Promise<ReferralEntity> {
    const referral = await this.referrals.findInScope(visibleTo(principal), id);
    if (referral) return referral;
    const hidden = await this.referrals.findPersonOf(id);
    if (hidden) throw new ReferralException(ReferralExceptionCode.NOT_VISIBLE, 'Not allowed to see this referral').about(hidden.personId);
    // An unknown id looks like a hidden one to anyone but the RA, which sees every referral anyway.
    throw hasAnyRole(principal, RESPONSIBLE_AUTHORITY_ROLES)
      ? new ReferralException(ReferralExceptionCode.REFERRAL_NOT_FOUND, 'Referral not found')
      : new ReferralException(ReferralExceptionCode.NOT_VISIBLE, 'Not allowed to see this referral');
  }

  list(args: ReferralsArgs, principal: Principal): Promise<Connection<ReferralEntity>> {
    return this.referrals.pageInScope(visibleTo(principal), {
      first: args.first,
      after: args.after,
      status: args.filter?.status,
      personId: args.filter?.personId,
    });
  }

  /** Whether the caller may read why a referral was declined: the Responsible Authority and the provider only. */
  mayReadDeclineReason(referral: ReferralEntity, principal: Principal): boolean {
    return hasAnyRole(principal, RESPONSIBLE_AUTHORITY_ROLES) || principal.agencyId === referral.providerAgencyId;
  }

  /** Takes one place atomically; refuses when none is left or the provider lost its authorisation meanwhile. */
  private async takePlace(manager: EntityManager, providerId: string): Promise<void> {
    if (await this.providers.takePlace(manager, providerId)) return;
    const provider = await this.providers.findInTransaction(manager, providerId);
    throw provider.authorised
      ? new ReferralException(ReferralExceptionCode.NO_PLACES_FREE, 'The provider has no place free')
      : new ReferralException(ReferralExceptionCode.PROVIDER_NOT_AUTHORISED, 'The provider is no longer authorised');
  }

  /**
   * Live referrals of the person to the grantee lose what the consent opened; the first withdrawal's time is kept. A
   * grant to an agency type reached every provider of that type, so each such provider's live referral is marked.
   */
  async markConsentWithdrawn(event: EventEnvelope<'consent.withdrawn'>, manager: EntityManager): Promise<void> {
    const { personId, granteeAgencyId, granteeAgencyType } = event.payload;
    if (granteeAgencyId) {
      await this.referrals.markConsentWithdrawnForAgency(manager, personId, granteeAgencyId, event.occurredAt);
      return;
    }
    if (!granteeAgencyType) return;
    await this.referrals.markConsentWithdrawnForAgencyType(manager, personId, granteeAgencyType, event.occurredAt);
  }

  /** The case a shelter opened for an accepted referral; the first one stays. */
  linkCase(event: EventEnvelope<'case.opened'>, manager: EntityManager): Promise<void> {
    return this.referrals.linkCase(manager, event.payload.referralId, event.payload.caseId);
  }

  /**
   * The person's data was erased on request (docs/person-rights.md, "Legal holds and erasure"). Pending referrals are
   * withdrawn: nobody can be placed on the strength of data that no longer exists. Answered referrals stay as they
   * are, so the funnel counts (referred, accepted, declined) are unchanged; their only free text, a decline reason,
   * is redacted since it can describe the person. Idempotent: a redelivery finds nothing pending and nothing left to
   * redact.
   */
  async erasePerson(event: EventEnvelope<'person.erased'>, manager: EntityManager): Promise<void> {
    const { personId } = event.payload;
    await this.referrals.setStatusOfPerson(manager, personId, ReferralStatus.PENDING, ReferralStatus.WITHDRAWN);
    await this.referrals.redactDeclineReasons(manager, personId, ERASED_DECLINE_REASON);
  }

  /** The person's referrals for a subject access export, in the export's transaction. */
  exportOfPerson(manager: EntityManager, personId: string): Promise<Array<Record<string, unknown>>> {
    return this.referrals.rowsForExport(manager, personId);
  }
}

/** The Responsible Authority sees every referral; a provider's staff see their own pending and accepted ones. */
function visibleTo(principal: Principal): ReferralScope {
  if (hasAnyRole(principal, RESPONSIBLE_AUTHORITY_ROLES)) return { all: true };
  return { all: false, providerAgencyId: principal.agencyId, statuses: PROVIDER_VISIBLE_STATUSES };
}

function alreadyPending(): ReferralException {
  return new ReferralException(ReferralExceptionCode.ALREADY_PENDING, 'The person already has a pending referral to this provider');
}
