import { Controller, Get, Param, UseFilters } from '@nestjs/common';
import { Roles } from '@nrm/auth';
import { InternalRestErrorFilter, PERSON_EXPORT_ROUTE, type PersonExportPart, personIdParam, SUBJECT_ACCESS_ROLES } from '@nrm/service-kit';
import { PersonExportService } from './person-export.service';

/**
 * `GET /internal/person-export/:personId`: this service's part of identification's `exportPersonData`, for the same
 * roles. Internal REST behind the global AuthGuard, called with the caller's own token; never exposed by the gateway.
 * A person this service knows nothing of gets an empty list, not NOT_FOUND (identification owns the person).
 */
@Controller(PERSON_EXPORT_ROUTE)
@UseFilters(InternalRestErrorFilter)
export class PersonExportController {
  constructor(private readonly exports: PersonExportService) {}

  @Get(':personId')
  @Roles(...SUBJECT_ACCESS_ROLES)
  export(@Param('personId') personId: string): Promise<PersonExportPart> {
    return this.exports.export(personIdParam(personId));
  }
}
