import { Controller, Get, NotFoundException, Param, UseFilters } from '@nestjs/common';
import { Roles } from '@nrm/auth';
import { Role } from '@nrm/domain';
import { InternalRestErrorFilter } from '@nrm/service-kit';
import { DirectoryService } from './directory.service';

export interface DirectoryAgencyResponse {
  id: string;
  type: string;
  region: string | null;
}

/** An agency id as the directory spells it (`shelter-a`); anything else is unknown without a lookup. */
const AGENCY_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

/**
 * Internal REST for the other services (docs/architecture.md, "Internal REST between services"): one agency of the
 * directory (id, type, region: no one's personal data), so the referral service refuses a provider whose agency the
 * directory does not hold. Those who maintain or route through the provider directory may ask.
 */
@Controller('internal/directory/agencies')
@UseFilters(InternalRestErrorFilter)
export class AgencyDirectoryController {
  constructor(private readonly directory: DirectoryService) {}

  @Get(':agencyId')
  @Roles(Role.PLATFORM_ADMIN, Role.RA_OFFICER, Role.RA_HEAD)
  async agency(@Param('agencyId') agencyId: string): Promise<DirectoryAgencyResponse> {
    if (!AGENCY_ID.test(agencyId)) throw new NotFoundException();
    const agency = await this.directory.findAgency(agencyId);
    if (!agency) throw new NotFoundException();
    return { id: agency.id, type: agency.type, region: agency.region };
  }
}
