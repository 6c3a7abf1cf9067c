import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type AuthenticatedRequest, hasAnyRole, type Principal } from '@nrm/auth';
import { isUniqueViolation } from '@nrm/database';
import { ReferralDecision, ReferralStatus, RESPONSIBLE_AUTHORITY_ROLES } from '@nrm/domain';
import { type EventEnvelope, OutboxWriter } from '@nrm/events';
import type { Connection } from '@nrm/graphql';
import { Clock } from '@nrm/service-kit';
import { type FreshRoutingFacts, IdentificationFactsClient } from '../persons/identification-facts.client';
import type { PersonRefEntity } from '../persons/person-ref.entity';
import { PersonRefService } from '../persons/person-ref.service';
import type { ServiceProviderEntity } from '../service-providers/service-provider.entity';
import { ServiceProviderService } from '../service-providers/service-provider.service';
import { type CaseClosure, CaseClosureClient } from './case-closure.client';
import type { CreateReferralInput } from './dto/create-referral.input';
import type { ReferralsArgs } from './dto/referrals.args';
import type { RespondToReferralInput } from './dto/respond-to-referral.input';
import type { WithdrawReferralInput } from './dto/withdraw-referral.input';
import { referralRefusal } from './referral-eligibility';
import type { ReferralEntity } from './referral.entity';
import { ReferralException, ReferralExceptionCode } from './referral.exception';
import { ReferralRepository, type ReferralScope } from './referral.repository';

/** Refusals that rest on facts identification may have changed since the projection was written. */
const STALE_IF_REFUSED: ReadonlySet<ReferralExceptionCode> = new Set([
  ReferralExceptionCode.INTERVIEW_CONSENT_REQUIRED,
  ReferralExceptionCode.PROVIDER_DOES_NOT_SERVE_CHILDREN,
  ReferralExceptionCode.PROVIDER_DOES_NOT_SERVE_ADULTS,
]);

/** A refusal resting on projected facts that identification may since have changed: asked again outside the transaction. */
class StaleRefusal extends Error {
  /** `notProjected`: the person's `identification.submitted` has not reached this service yet. */
  constructor(
    readonly refusal: ReferralException,
    readonly notProjected = false,
  ) {
    super('refusal on projected facts');
  }
}

/**
 * A refusal because the person is placed, where the placement's case may have been closed a moment ago: shelters is
 * asked outside the transaction before refusing.
 */
class PlacementMayHaveEnded extends Error {
  constructor(
    readonly refusal: ReferralException,
    readonly placement: ReferralEntity & { caseId: string },
  ) {
    super('refusal on a placement whose case may have closed');
  }
}

/** At most one pending referral per person (partial unique index; the person's row lock orders the checks). */
const ONE_PENDING_CONSTRAINT = 'referral_one_pending_per_person';
const ONE_ACCEPTED_CONSTRAINT = 'referral_one_accepted_per_person';

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
    private readonly identification: IdentificationFactsClient,
    private readonly caseClosures: CaseClosureClient,
  ) {}

  /**
   * Refers a person to a provider from the directory. The referral and its `referral.created` event commit together;
   * the provider then sees only the person's non-identifying summary until the person consents to more. A person has
   * one live placement at a time (docs/domain.md §2 step 2): no second referral while one is pending, none while the
   * person is placed unless it is a transfer naming the accepted referral it replaces.
   */
  async create(input: CreateReferralInput, principal: Principal, request: AuthenticatedRequest): Promise<ReferralEntity> {
    let fresh: FreshRoutingFacts | null = null;
    let closureAsked = false;
    // At most four attempts: each catch-up below is made once, and only an answer lifts its refusal.
    for (;;) {
      try {
        return await this.createOnce(input, principal, fresh, closureAsked);
      } catch (error) {
        if (error instanceof StaleRefusal && error.notProjected) {
          // The RA refers the moment the submission answers, before its event arrives: identification's answer is
          // projected now (the event still applies on top), and the referral decided on it.
          const projection = await this.persons.catchUpFromIdentification(request, input.personId);
          if (!projection) throw error.refusal;
          fresh = { isChild: projection.isChild, interviewConsent: projection.interviewConsent };
          continue;
        }
        if (error instanceof StaleRefusal) {
          // The projection may lag an age verification or an interview the RA has just recorded: ask identification
          // for its facts now, outside the transaction, before refusing (read-your-writes; the event brings the
          // projection up later). Identification unreachable, the refusal stands (fail closed).
          fresh = await this.identification.routingFacts(request, input.personId).catch(() => null);
          if (!fresh) throw error.refusal;
          continue;
        }
        if (error instanceof PlacementMayHaveEnded) {
          // The shelter may have closed the case a moment ago, before `case.closed` ended the placement here: ask
          // shelters (the truth of the case) and end the placement as the event will. No answer, the refusal stands.
          closureAsked = true;
          const { placement } = error;
          const closure = await this.caseClosures.closureOf(request, { caseId: placement.caseId, referralId: placement.id, personId: placement.personId, providerAgencyId: placement.providerAgencyId });
          if (!closure) throw error.refusal;
          await this.referrals.inTransaction((manager) => this.endPlacement(manager, closure, principal.correlationId));
          continue;
        }
        throw error;
      }
    }
  }

  /**
   * One attempt; `fresh`: identification's current facts over the projection's, once asked; `closureAsked`: shelters
   * was asked already whether the person's placement ended.
   */
  private async createOnce(input: CreateReferralInput, principal: Principal, fresh: FreshRoutingFacts | null, closureAsked: boolean): Promise<ReferralEntity> {
    try {
      return await this.referrals.inTransaction(async (manager) => {
        // The person's lock first: two referrals of one person are decided one after the other. A linked record's id
        // stands for its canonical person (docs/domain.md, "Linked records").
        const projected = await this.persons.findForPlacement(manager, await this.persons.canonicalId(manager, input.personId));
        if (!projected) {
          const notFound = new ReferralException(ReferralExceptionCode.PERSON_NOT_FOUND, 'Person not found: personId must be a person the Responsible Authority was notified of (identification submitted)', ['input.personId']);
          throw fresh ? notFound : new StaleRefusal(notFound, true);
        }
        // Shared lock: the provider's authorisation and capacity cannot change under this check before commit.
        const provider = await this.providers.findForReferral(manager, input.providerId);
        if (!provider) throw new ReferralException(ReferralExceptionCode.PROVIDER_NOT_FOUND, 'Service provider not found: providerId must be a provider of serviceProviders (providerMatches lists those that may take the person)', ['input.providerId']);

        const optionsOffered = await this.offeredOptions(manager, input, provider);
        const agreement = overCapacityAgreementOf(input, provider);

        const person: PersonRefEntity = fresh ? { ...projected, ...fresh } : projected;
        const placement = await this.referrals.liveOfPerson(manager, person.personId);
        try {
          assertMayRefer(placement, input, provider.id);
        } catch (refusal) {
          const placed = placement.find((live) => live.status === ReferralStatus.ACCEPTED);
          if (!closureAsked && refusal instanceof ReferralException && refusal.code === ReferralExceptionCode.ALREADY_PLACED && placed?.caseId) {
            throw new PlacementMayHaveEnded(refusal, { ...placed, caseId: placed.caseId });
          }
          throw refusal;
        }
        const refusal = referralRefusal({ person, provider, overCapacityAgreed: agreement !== null });
        if (refusal) {
          const refused = new ReferralException(refusal.code, refusal.message, refusal.fields);
          throw !fresh && STALE_IF_REFUSED.has(refusal.code) ? new StaleRefusal(refused) : refused;
        }

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
          transferFromReferralId: input.transferFromReferralId?.toLowerCase() ?? null,
          optionsOffered,
          overCapacityReference: agreement?.reference ?? null,
          overCapacityAgreedWith: agreement?.agreedWith ?? null,
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
      // A concurrent duplicate passed the check above; a partial unique index stopped it.
      if (isUniqueViolation(error, ONE_PENDING_CONSTRAINT)) throw alreadyPending();
      throw error;
    }
  }

  /**
   * The provider's answer. The person's placement and the referral row are locked, so of two concurrent answers
   * exactly one wins and the other gets CONFLICT; an accept takes a place in the same transaction, or fails if none is
   * left, and is refused when the person was placed meanwhile. Accepting a transfer closes the placement it replaces
   * and gives back that provider's place.
   */
  async respond(input: RespondToReferralInput, principal: Principal): Promise<ReferralEntity> {
    const reason = input.reason?.trim() ?? '';
    if (input.decision === ReferralDecision.DECLINE && reason.length === 0) {
      throw new ReferralException(ReferralExceptionCode.DECLINE_REASON_REQUIRED, 'A decline needs a reason: give a non-empty reason', ['input.reason']);
    }
    try {
      return await this.answer(input, reason, principal);
    } catch (error) {
      // The person's lock orders acceptances; the partial unique index is the backstop behind it.
      if (isUniqueViolation(error, ONE_ACCEPTED_CONSTRAINT)) {
        throw new ReferralException(ReferralExceptionCode.ALREADY_PLACED, 'The person was placed with another provider meanwhile');
      }
      throw error;
    }
  }

  private answer(input: RespondToReferralInput, reason: string, principal: Principal): Promise<ReferralEntity> {
    return this.referrals.inTransaction(async (manager) => {
      const referral = await this.lockForDecision(manager, input.referralId);
      // An unknown id is answered as another provider's referral: a case manager must not learn that one exists.
      if (!referral) throw new ReferralException(ReferralExceptionCode.NOT_PROVIDER_AGENCY, 'Only the provider the person was referred to may answer');
      if (referral.providerAgencyId !== principal.agencyId) {
        throw new ReferralException(ReferralExceptionCode.NOT_PROVIDER_AGENCY, 'Only the provider the person was referred to may answer').about(referral.personId);
      }
      if (referral.status !== ReferralStatus.PENDING) {
        throw new ReferralException(ReferralExceptionCode.ALREADY_ANSWERED, `Referral is ${referral.status}, not PENDING`);
      }

      const now = this.clock.now();
      referral.respondedAt = now;
      referral.respondedBy = principal.subject;
      if (input.decision === ReferralDecision.ACCEPT) {
        await this.endPlacementReplacedBy(manager, referral, now, principal);
        referral.placedOverCapacity = await this.takePlace(manager, referral);
        referral.status = ReferralStatus.ACCEPTED;
        // The case's id is fixed here, so the answer leads the provider to its case before shelters has heard of it.
        referral.caseId = randomUUID();
      } else {
        referral.status = ReferralStatus.DECLINED;
        referral.declineReason = reason;
      }
      await this.referrals.saveAnswer(manager, referral.id, {
        status: referral.status,
        respondedAt: referral.respondedAt,
        respondedBy: referral.respondedBy,
        declineReason: referral.declineReason,
        caseId: referral.caseId,
        placedOverCapacity: referral.placedOverCapacity,
      });
      const payload = { referralId: referral.id, personId: referral.personId, reference: referral.reference, providerAgencyId: referral.providerAgencyId };
      if (referral.status === ReferralStatus.ACCEPTED) {
        await this.outbox.append(manager, 'referral.accepted', referral.id, { ...payload, caseId: referral.caseId! }, principal.correlationId);
      } else {
        await this.outbox.append(manager, 'referral.declined', referral.id, payload, principal.correlationId);
      }

      referral.provider = await this.providers.findInTransaction(manager, referral.providerId);
      return referral;
    });
  }

  /**
   * The Responsible Authority withdraws a pending referral (the person changed their mind, chose another provider, …)
   * with a coded reason; the provider is told and loses the summary it could read. An accepted referral ends with its
   * case's closure or a transfer instead.
   */
  async withdraw(input: WithdrawReferralInput, principal: Principal): Promise<ReferralEntity> {
    return this.referrals.inTransaction(async (manager) => {
      const referral = await this.lockForDecision(manager, input.referralId);
      if (!referral) throw new ReferralException(ReferralExceptionCode.REFERRAL_NOT_FOUND, 'Referral not found: referralId must be a referral of referrals', ['input.referralId']);
      if (referral.status !== ReferralStatus.PENDING) {
        throw new ReferralException(
          ReferralExceptionCode.NOT_PENDING,
          `Referral is ${referral.status}, not PENDING: only a pending referral can be withdrawn; an accepted one ends with its case's closure or a transfer`,
        );
      }
      const withdrawal = { withdrawnAt: this.clock.now(), withdrawnBy: principal.subject, withdrawalReason: input.reason };
      await this.referrals.saveWithdrawal(manager, referral.id, withdrawal);
      const payload = {
        referralId: referral.id,
        personId: referral.personId,
        reference: referral.reference,
        providerAgencyId: referral.providerAgencyId,
        reason: input.reason,
      };
      await this.outbox.append(manager, 'referral.withdrawn', referral.id, payload, principal.correlationId);
      Object.assign(referral, withdrawal, { status: ReferralStatus.WITHDRAWN });
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

  /**
   * The caller agency's live referrals of the person, for the services that project relationships and cases from
   * referral events and must not wait for them (docs/architecture.md, "Read your own writes across services").
   */
  livePlacementsOf(personId: string, principal: Principal): Promise<ReferralEntity[]> {
    return this.referrals.liveOfPersonAtAgency(personId, principal.agencyId);
  }

  /** The accepted (or since transferred) referral that fixed this case id, when the caller's agency is its provider. */
  async placementOfCase(caseId: string, principal: Principal): Promise<ReferralEntity | null> {
    const referral = await this.referrals.findByCaseId(caseId);
    if (!referral || referral.providerAgencyId !== principal.agencyId) return null;
    return referral.status === ReferralStatus.ACCEPTED || referral.status === ReferralStatus.CLOSED ? referral : null;
  }

  /** Whether the caller may read why a referral was declined: the Responsible Authority and the provider only. */
  mayReadDeclineReason(referral: ReferralEntity, principal: Principal): boolean {
    return hasAnyRole(principal, RESPONSIBLE_AUTHORITY_ROLES) || principal.agencyId === referral.providerAgencyId;
  }

  /**
   * The referral, locked for a decision about the person's placement: the person's row first (the order every
   * placement decision takes, so two cannot deadlock), then the referral's.
   */
  private async lockForDecision(manager: EntityManager, referralId: string): Promise<ReferralEntity | null> {
    const unlocked = await this.referrals.findById(manager, referralId);
    if (!unlocked) return null;
    await this.persons.findForPlacement(manager, unlocked.personId);
    return this.referrals.findForUpdate(manager, referralId);
  }

  /**
   * Before an acceptance: the person must not be placed elsewhere, unless this referral is the transfer of that
   * placement, which then ends (CLOSED, its place given back, `referral.closed` for the old provider).
   */
  private async endPlacementReplacedBy(manager: EntityManager, referral: ReferralEntity, at: Date, principal: Principal): Promise<void> {
    const placed = (await this.referrals.liveOfPerson(manager, referral.personId)).find(
      (live) => live.status === ReferralStatus.ACCEPTED && live.id !== referral.id,
    );
    if (!placed) return;
    if (placed.id !== referral.transferFromReferralId) {
      throw new ReferralException(ReferralExceptionCode.ALREADY_PLACED, 'The person was placed with another provider meanwhile');
    }
    if (!(await this.referrals.close(manager, placed.id, at))) return;
    await this.providers.releasePlace(manager, placed.providerId);
    const closed = {
      referralId: placed.id,
      personId: placed.personId,
      reference: placed.reference,
      providerAgencyId: placed.providerAgencyId,
      reason: 'TRANSFERRED' as const,
      transferredToReferralId: referral.id,
    };
    await this.outbox.append(manager, 'referral.closed', placed.id, closed, principal.correlationId);
  }

  /**
   * Takes one place atomically; refuses when none is left or the provider lost its authorisation meanwhile. A referral
   * made under an over-capacity agreement takes a place beyond the total when none is free: true then (recorded on the
   * referral and counted in the provider's placesOverCapacity).
   */
  private async takePlace(manager: EntityManager, referral: ReferralEntity): Promise<boolean> {
    if (await this.providers.takePlace(manager, referral.providerId)) return false;
    if (referral.overCapacityReference && (await this.providers.takeOverCapacityPlace(manager, referral.providerId))) return true;
    const provider = await this.providers.findInTransaction(manager, referral.providerId);
    throw provider.authorised
      ? new ReferralException(
          ReferralExceptionCode.NO_PLACES_FREE,
          'The provider has no place free: decline, or ask the Responsible Authority to refer again with an over-capacity agreement',
        )
      : new ReferralException(ReferralExceptionCode.PROVIDER_NOT_AUTHORISED, 'The provider is no longer authorised: decline the referral');
  }

  /**
   * The options the RA offered the person (docs/domain.md §2 step 2): providers of the directory, the chosen one among
   * them; none given, the chosen one alone.
   */
  private async offeredOptions(manager: EntityManager, input: CreateReferralInput, provider: ServiceProviderEntity): Promise<string[]> {
    if (!input.optionsOffered || input.optionsOffered.length === 0) return [provider.id];
    const options = input.optionsOffered.map((id) => id.toLowerCase());
    if (!options.includes(provider.id)) {
      throw new ReferralException(
        ReferralExceptionCode.OPTIONS_MUST_INCLUDE_CHOICE,
        'optionsOffered must include providerId: the person chooses among the options offered',
        ['input.optionsOffered'],
      );
    }
    for (const [index, id] of options.entries()) {
      if (id !== provider.id && !(await this.providers.findInTransaction(manager, id).catch(() => null))) {
        throw new ReferralException(
          ReferralExceptionCode.PROVIDER_NOT_FOUND,
          'optionsOffered must list providers of serviceProviders (providerMatches lists those that may take the person)',
          [`input.optionsOffered.${index}`],
        );
      }
    }
    return options;
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

  /**
   * The shelter closed the case (`case.closed`, status CLOSED; docs/domain.md §2 step 8): the placement it ran under
   * ends. A CLOSED_REFERRED case's placement was already ended by the transfer that closed it, so that changes nothing.
   */
  async endPlacementOfClosedCase(event: EventEnvelope<'case.closed'>, manager: EntityManager): Promise<void> {
    const { caseId, referralId, personId, providerAgencyId, status } = event.payload;
    if (status !== 'CLOSED') return;
    await this.endPlacement(manager, { caseId, referralId, personId, providerAgencyId, closedAt: new Date(event.occurredAt) }, event.correlationId);
  }

  /**
   * Ends the accepted referral a closed case ran under: CLOSED, its place given back to the provider, and
   * `referral.closed` (CASE_CLOSED) for the relationships and the statistics. The person's lock orders it with every
   * other decision about their placement; a referral no longer ACCEPTED (already ended by this closure, by the event
   * after the catch-up, or by a transfer) changes nothing, so a redelivery or the second of the two paths is a no-op.
   * A closure that does not match the referral (another case, person or provider) changes nothing either.
   */
  private async endPlacement(manager: EntityManager, closure: CaseClosure, correlationId: string | null): Promise<void> {
    const referral = await this.referrals.findById(manager, closure.referralId);
    if (!referral || referral.caseId !== closure.caseId || referral.personId !== closure.personId || referral.providerAgencyId !== closure.providerAgencyId) return;
    await this.persons.findForPlacement(manager, referral.personId);
    if (!(await this.referrals.close(manager, referral.id, closure.closedAt))) return;
    await this.providers.releasePlace(manager, referral.providerId);
    const closed = {
      referralId: referral.id,
      personId: referral.personId,
      reference: referral.reference,
      providerAgencyId: referral.providerAgencyId,
      reason: 'CASE_CLOSED' as const,
      transferredToReferralId: null,
    };
    await this.outbox.append(manager, 'referral.closed', referral.id, closed, correlationId);
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
  return new ReferralException(
    ReferralExceptionCode.ALREADY_PENDING,
    'The person already has a pending referral: withdraw it or wait for the answer before referring again',
  );
}

/**
 * One live placement per person (docs/domain.md §2 step 2): no new referral while one is pending; while the person is
 * placed, only a transfer naming that accepted referral, to another provider.
 */
function assertMayRefer(live: readonly ReferralEntity[], input: CreateReferralInput, providerId: string): void {
  if (live.some((referral) => referral.status === ReferralStatus.PENDING)) throw alreadyPending();
  const placed = live.find((referral) => referral.status === ReferralStatus.ACCEPTED);
  if (input.transferFromReferralId) {
    if (!placed || placed.id !== input.transferFromReferralId.toLowerCase()) {
      throw new ReferralException(
        ReferralExceptionCode.TRANSFER_SOURCE_INVALID,
        "transferFromReferralId must name the person's accepted referral",
        ['input.transferFromReferralId'],
      );
    }
    if (placed.providerId === providerId) {
      throw new ReferralException(ReferralExceptionCode.TRANSFER_TO_SAME_PROVIDER, 'A transfer goes to another provider than the current one', [
        'input.providerId',
      ]);
    }
    return;
  }
  if (placed) {
    throw new ReferralException(
      ReferralExceptionCode.ALREADY_PLACED,
      'The person is already placed with a provider: refer with transferFromReferralId to transfer them',
    );
  }
}

/**
 * The over-capacity agreement of a referral, or null: it must be made with the referred provider's agency (the only
 * one that can take a place beyond its total).
 */
function overCapacityAgreementOf(input: CreateReferralInput, provider: ServiceProviderEntity): { reference: string; agreedWith: string } | null {
  const agreement = input.overCapacityAgreement;
  if (!agreement) return null;
  if (agreement.agreedWith !== provider.agencyId) {
    throw new ReferralException(
      ReferralExceptionCode.OVER_CAPACITY_AGREEMENT_INVALID,
      `overCapacityAgreement.agreedWith must be the referred provider's agency, ${provider.agencyId}`,
      ['input.overCapacityAgreement.agreedWith'],
    );
  }
  return { reference: agreement.reference, agreedWith: agreement.agreedWith };
}
