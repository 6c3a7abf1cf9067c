import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { isPermissionActive } from '@nrm/access-policy';
import { CurrentPrincipal, type Principal, Roles } from '@nrm/auth';
import { LegalBasis, Role } from '@nrm/domain';
import { assertUuid } from '@nrm/graphql';
import type { ConsentGrantEntity } from './consent-grant.entity';
import { CONSENT_RECORDER_ROLES } from './consent-rules';
import { ConsentGrant, LegalBasisOverride } from './consent.model';
import { ConsentService } from './consent.service';
import { GrantConsentInput } from './dto/grant-consent.input';
import { GrantLegalBasisOverrideInput } from './dto/grant-legal-basis-override.input';
import type { LegalBasisOverrideEntity } from './legal-basis-override.entity';

@Resolver(() => ConsentGrant)
export class ConsentResolver {
  constructor(private readonly consent: ConsentService) {}

  @Mutation(() => ConsentGrant)
  @Roles(...CONSENT_RECORDER_ROLES)
  async grantConsent(@Args('input') input: GrantConsentInput, @CurrentPrincipal() principal: Principal): Promise<ConsentGrant> {
    return toConsentGrant(await this.consent.grant(input, principal), new Date());
  }

  @Mutation(() => ConsentGrant, { description: 'Idempotent: a second withdrawal returns the grant as first withdrawn' })
  @Roles(...CONSENT_RECORDER_ROLES)
  async withdrawConsent(
    @Args('id', { type: () => ID }) id: string,
    @Args('reason', { type: () => String, nullable: true }) reason: string | null,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ConsentGrant> {
    return toConsentGrant(await this.consent.withdraw(assertUuid(id, 'id'), reason, principal), new Date());
  }

  @Query(() => [ConsentGrant])
  @Roles(...CONSENT_RECORDER_ROLES)
  async consentGrants(@Args('personId', { type: () => ID }) personId: string, @CurrentPrincipal() principal: Principal): Promise<ConsentGrant[]> {
    const now = new Date();
    return (await this.consent.list(assertUuid(personId, 'personId'), principal)).map((grant) => toConsentGrant(grant, now));
  }

  @Mutation(() => LegalBasisOverride)
  @Roles(Role.RA_HEAD)
  async grantLegalBasisOverride(
    @Args('input') input: GrantLegalBasisOverrideInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<LegalBasisOverride> {
    return toLegalBasisOverride(await this.consent.grantOverride(input, principal));
  }
}

/** `active` is computed at read time by the same rule the access policy applies. */
function toConsentGrant(grant: ConsentGrantEntity, now: Date): ConsentGrant {
  return {
    id: grant.id,
    personId: grant.personId,
    granteeAgencyId: grant.granteeAgencyId,
    purpose: grant.purpose,
    categories: grant.categories,
    givenBy: grant.givenBy,
    recordedAt: grant.recordedAt,
    recordedByAgencyId: grant.recordedByAgencyId,
    expiresAt: grant.expiresAt,
    withdrawnAt: grant.withdrawnAt,
    withdrawalReason: grant.withdrawalReason,
    active: isPermissionActive({ ...grant, kind: LegalBasis.CONSENT }, now),
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
  };
}
