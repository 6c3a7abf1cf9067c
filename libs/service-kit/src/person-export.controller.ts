import { Controller, Get, Inject, Param, Query, UseFilters } from '@nestjs/common';
import { IsOptional, Matches } from 'class-validator';
import { CurrentPrincipal, type Principal, Roles } from '@nrm/auth';
import { InternalRestErrorFilter } from './internal-rest';
import { NRM_REFERENCE, PERSON_EXPORT_ROUTE, type PersonExportPart, personIdParam, SUBJECT_ACCESS_ROLES } from './person-export';

/** What a service is asked for its part of a subject access export. */
export interface PersonExportRequest {
  personId: string;
  /** The person's NRM reference, sent by identification: the only link some services (notifications) keep. */
  reference: string | undefined;
  principal: Principal;
}

/** A service's part of the export; provided under PERSON_EXPORT_SOURCE next to PersonExportController. */
export interface PersonExportSource {
  export(request: PersonExportRequest): Promise<PersonExportPart>;
}

export const PERSON_EXPORT_SOURCE = Symbol('PERSON_EXPORT_SOURCE');

export class PersonExportQuery {
  @IsOptional()
  @Matches(NRM_REFERENCE)
  reference?: string;
}

/**
 * `GET /internal/person-export/:personId[?reference=NRM-…]`: this service's part of identification's
 * `exportPersonData`, for the same roles. Internal REST behind the global AuthGuard, called with the caller's own
 * token; never exposed by the gateway. A person the service knows nothing of gets empty lists, not NOT_FOUND
 * (identification owns the person).
 */
@Controller(PERSON_EXPORT_ROUTE)
@UseFilters(InternalRestErrorFilter)
export class PersonExportController {
  constructor(@Inject(PERSON_EXPORT_SOURCE) private readonly source: PersonExportSource) {}

  @Get(':personId')
  @Roles(...SUBJECT_ACCESS_ROLES)
  export(@Param('personId') personId: string, @Query() query: PersonExportQuery, @CurrentPrincipal() principal: Principal): Promise<PersonExportPart> {
    return this.source.export({ personId: personIdParam(personId), reference: query.reference, principal });
  }
}
