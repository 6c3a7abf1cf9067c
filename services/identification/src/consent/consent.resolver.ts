import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { isPermissionActive } from '@nrm/access-policy';
import { CurrentPrincipal, type GraphQLRequestContext, hasAnyRole, type Principal, Roles } from '@nrm/auth';
import { Role } from '@nrm/domain';
import { assertUuid } from '@nrm/graphql';
import { Clock } from '@nrm/service-kit';
import { CONSENT_RECORDER_ROLES, CONSENT_REVIEWER_ROLES } from './consent-rules';
import { ConsentGrant, LegalBasisOverride } from './consent.model';
import { REVIEW_LIST_LIMIT } from './consent.repository';
import { ConsentService, type ConsentGrantView } from './consent.service';
import { GrantConsentInput } from './dto/grant-consent.input';
import { GrantLegalBasisOverrideInput } from './dto/grant-legal-basis-override.input';
import { LedgerReviewListArgs, ReviewArgs } from './dto/ledger-review.args';
import type { LegalBasisOverrideEntity } from './legal-basis-override.entity';

@Resolver(() => ConsentGrant)
export class ConsentResolver {
  constructor(
    private readonly consent: ConsentService,
    private readonly clock: Clock,
  ) {}

  @Mutation(() => ConsentGrant)
  @Roles(...CONSENT_RECORDER_ROLES)
  async grantConsent(
    @Args('input') input: GrantConsentInput,
    @CurrentPrincipal() principal: Principal,
    @Context() context: GraphQLRequestContext,
  ): Promise<ConsentGrant> {
    return toConsentGrant(await this.consent.grant(input, principal, context.req), this.clock.now());
  }

  @Mutation(() => ConsentGrant, { description: 'Idempotent: a second withdrawal returns the grant as first withdrawn' })
  @Roles(...CONSENT_RECORDER_ROLES)
  async withdrawConsent(
    @Args('id', { type: () => ID }) id: string,
    @Args('reason', { type: () => String, nullable: true }) reason: string | null,
    @CurrentPrincipal() principal: Principal,
    @Context() context: GraphQLRequestContext,
  ): Promise<ConsentGrant> {
    return toConsentGrant(await this.consent.withdraw(assertUuid(id, 'id'), reason, principal, context.req), this.clock.now());
  }

  @Query(() => [ConsentGrant])
  @Roles(...CONSENT_RECORDER_ROLES)
  async consentGrants(
    @Args('personId', { type: () => ID }) personId: string,
    @CurrentPrincipal() principal: Principal,
    @Context() context: GraphQLRequestContext,
  ): Promise<ConsentGrant[]> {
    const now = this.clock.now();
    return (await this.consent.list(assertUuid(personId, 'personId'), principal, context.req)).map((grant) => toConsentGrant(grant, now));
  }

  @Query(() => [ConsentGrant], { description: `Grants flagged for the RA's review (law-enforcement cooperation), newest first, at most ${REVIEW_LIST_LIMIT}` })
  @Roles(...CONSENT_REVIEWER_ROLES)
  async consentGrantsForReview(
    @Args() { filter }: LedgerReviewListArgs,
    @CurrentPrincipal() principal: Principal,
    @Context() context: GraphQLRequestContext,
  ): Promise<ConsentGrant[]> {
    const now = this.clock.now();
    return (await this.consent.listGrantsForReview(filter ?? { pendingReviewOnly: false }, principal, context.req)).map((grant) => toConsentGrant(grant, now));
  }

  @Mutation(() => ConsentGrant, { description: 'By the RA, never by the user who recorded the grant; REVOKED withdraws it. CONFLICT once reviewed' })
  @Roles(...CONSENT_REVIEWER_ROLES)
  async reviewConsentGrant(@Args() args: ReviewArgs, @CurrentPrincipal() principal: Principal): Promise<ConsentGrant> {
    return toConsentGrant(await this.consent.reviewGrant(args.id.toLowerCase(), args.outcome, args.note, principal), this.clock.now());
  }

  @Mutation(() => LegalBasisOverride)
  @Roles(Role.RA_HEAD)
  async grantLegalBasisOverride(
    @Args('input') input: GrantLegalBasisOverrideInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<LegalBasisOverride> {
    return toLegalBasisOverride(await this.consent.grantOverride(input, principal));
  }

  @Query(() => [LegalBasisOverride], { description: `Overrides, newest first, at most ${REVIEW_LIST_LIMIT}; pendingReviewOnly for the review queue` })
  @Roles(Role.RA_HEAD, Role.AUDITOR)
  async legalBasisOverrides(
    @Args() { filter }: LedgerReviewListArgs,
    @CurrentPrincipal() principal: Principal,
    @Context() context: GraphQLRequestContext,
  ): Promise<LegalBasisOverride[]> {
    const overrides = (await this.consent.listOverrides(filter ?? { pendingReviewOnly: false }, principal, context.req)).map(toLegalBasisOverride);
    // Free text about the person's situation is case data, which the auditor role never sees.
    return hasAnyRole(principal, [Role.RA_HEAD]) ? overrides : overrides.map((override) => ({ ...override, reason: null, reviewNote: null }));
  }

  @Mutation(() => LegalBasisOverride, { description: 'By a second ra_head, never the one who granted it; REVOKED ends it at once. CONFLICT once reviewed' })
  @Roles(Role.RA_HEAD)
  async reviewLegalBasisOverride(@Args() args: ReviewArgs, @CurrentPrincipal() principal: Principal): Promise<LegalBasisOverride> {
    return toLegalBasisOverride(await this.consent.reviewOverride(args.id.toLowerCase(), args.outcome, args.note, principal));
  }
}

/** `active` is computed at read time by the same rule the access policy applies. */
function toConsentGrant(grant: ConsentGrantView, now: Date): ConsentGrant {
  return {
    id: grant.id,
    personId: grant.personId,
    granteeAgencyId: grant.granteeAgencyId,
    granteeAgencyType: grant.granteeAgencyType,
    purpose: grant.purpose,
    categories: grant.categories,
    givenBy: grant.givenBy,
    recordedAt: grant.recordedAt,
    recordedByAgencyId: grant.recordedByAgencyId,
    expiresAt: grant.expiresAt,
    withdrawnAt: grant.withdrawnAt,
    withdrawalReason: grant.withdrawalReason,
    active: isPermissionActive(grant, now),
    evidenceReference: grant.evidenceReference,
    flaggedForReview: grant.flaggedForReview,
    reviewedAt: grant.reviewedAt,
    reviewOutcome: grant.reviewOutcome,
  };
}

function toLegalBasisOverride(override: LegalBasisOverrideEntity): LegalBasisOverride {
  return {
    id: override.id,
    personId: override.personId,
    granteeAgencyId: override.granteeAgencyId,
    categories: override.categories,
    reason: override.reason,
    grantedAt: override.grantedAt,
    expiresAt: override.expiresAt,
    flaggedForReview: override.flaggedForReview,
    grantedByAgencyId: override.grantedByAgencyId,
    reviewedAt: override.reviewedAt,
    reviewOutcome: override.reviewOutcome,
    reviewNote: override.reviewNote,
  };
}
