import { Controller, Get, NotFoundException, Param, Req, UseFilters } from '@nestjs/common';
import { type AuthenticatedRequest, Authenticator, Roles } from '@nrm/auth';
import { Role } from '@nrm/domain';
import { isUuid } from '@nrm/graphql';
import { InternalRestErrorFilter } from '@nrm/service-kit';
import { ReferralService } from './referral.service';

/** What another service may learn of a placement: ids and states, never personal data. */
export interface PlacementBody {
  referralId: string;
  personId: string;
  reference: string;
  providerAgencyId: string;
  status: string;
  caseId: string | null;
}

/** Staff of a provider: the only callers whose relationships and cases follow from referrals. */
const PROVIDER_ROLES = [Role.CASE_MANAGER, Role.SHELTER_STAFF, Role.SHELTER_HEAD];

/**
 * Internal REST (docs/architecture.md, "Read your own writes across services"): identification and shelters project
 * relationships and cases from referral events, and ask here when a provider's staff act before the event has
 * arrived. Answers only about the CALLER's own agency (from the verified token); anything else is 404, like an
 * unknown id.
 */
@Controller('internal/placements')
@UseFilters(InternalRestErrorFilter)
export class PlacementsController {
  constructor(
    private readonly referrals: ReferralService,
    private readonly authenticator: Authenticator,
  ) {}

  /** The caller agency's pending and accepted referrals of the person (an empty list when there are none). */
  @Get('person/:personId')
  @Roles(...PROVIDER_ROLES)
  async ofPerson(@Param('personId') personId: string, @Req() request: AuthenticatedRequest): Promise<{ placements: PlacementBody[] }> {
    if (!isUuid(personId)) throw new NotFoundException();
    const principal = await this.authenticator.authenticate(request);
    const live = await this.referrals.livePlacementsOf(personId.toLowerCase(), principal);
    return { placements: live.map(placementBody) };
  }

  /** The placement that fixed the case id, when the caller's agency is its provider. */
  @Get('case/:caseId')
  @Roles(...PROVIDER_ROLES)
  async ofCase(@Param('caseId') caseId: string, @Req() request: AuthenticatedRequest): Promise<PlacementBody> {
    if (!isUuid(caseId)) throw new NotFoundException();
    const principal = await this.authenticator.authenticate(request);
    const referral = await this.referrals.placementOfCase(caseId.toLowerCase(), principal);
    if (!referral) throw new NotFoundException();
    return placementBody(referral);
  }
}

function placementBody(referral: { id: string; personId: string; reference: string; providerAgencyId: string; status: string; caseId: string | null }): PlacementBody {
  return {
    referralId: referral.id,
    personId: referral.personId,
    reference: referral.reference,
    providerAgencyId: referral.providerAgencyId,
    status: referral.status,
    caseId: referral.caseId,
  };
}
