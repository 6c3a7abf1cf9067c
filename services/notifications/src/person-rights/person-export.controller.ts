import { Controller, Get, Param, Query, UseFilters } from '@nestjs/common';
import { Matches } from 'class-validator';
import { Roles } from '@nrm/auth';
import { InternalRestErrorFilter, NRM_REFERENCE, PERSON_EXPORT_ROUTE, type PersonExportPart, personIdParam, SUBJECT_ACCESS_ROLES } from '@nrm/service-kit';
import { PersonExportService } from './person-export.service';

export class PersonExportQuery {
  /** The person's NRM reference (never personal data): the only link a notification keeps to the person. */
  @Matches(NRM_REFERENCE)
  reference: string;
}

/**
 * `GET /internal/person-export/:personId?reference=NRM-…`: this service's part of identification's `exportPersonData`,
 * for the same roles. Internal REST behind the global AuthGuard, called with the caller's own token; never exposed by
 * the gateway.
 */
@Controller(PERSON_EXPORT_ROUTE)
@UseFilters(InternalRestErrorFilter)
export class PersonExportController {
  constructor(private readonly exports: PersonExportService) {}

  @Get(':personId')
  @Roles(...SUBJECT_ACCESS_ROLES)
  export(@Param('personId') personId: string, @Query() query: PersonExportQuery): Promise<PersonExportPart> {
    return this.exports.export(personIdParam(personId), query.reference);
  }
}
