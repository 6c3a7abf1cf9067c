import { Body, Controller, HttpCode, Param, Post, UseFilters } from '@nestjs/common';
import { IsUUID, Matches } from 'class-validator';
import { AuditAction, auditActor, AuditWriter } from '@nrm/audit';
import { CurrentPrincipal, type Principal, Roles } from '@nrm/auth';
import { AccessDecision, DataCategory } from '@nrm/domain';
import { isUuid } from '@nrm/graphql';
import {
  InternalRestErrorFilter,
  type PersonExportPartClaim,
  type PersonExportPartRelease,
  SUBJECT_ACCESS_EXPORTS_ROUTE,
  SUBJECT_ACCESS_PURPOSE,
  SUBJECT_ACCESS_ROLES,
} from '@nrm/service-kit';
import { PersonRightsException, PersonRightsExceptionCode } from './person-rights.exception';
import { SubjectAccessRequestService } from './subject-access-request.service';

class PersonExportPartClaimBody implements PersonExportPartClaim {
  @Matches(/^[a-z][a-z-]{0,63}$/)
  service: string;

  @IsUUID('all')
  personId: string;
}

/**
 * `POST /internal/subject-access/exports/:exportRequest/parts`: another service, asked for its part of a subject access
 * export, checks here (with the caller's own token) that identification is making that export right now, for that
 * caller and person, and that its part was not handed out already. Internal REST, never exposed by the gateway. A
 * refused claim is a DENIED disclosure in the trail: someone asked a service for a person's data past the export.
 */
@Controller(SUBJECT_ACCESS_EXPORTS_ROUTE)
@UseFilters(InternalRestErrorFilter)
export class SubjectAccessPartsController {
  constructor(
    private readonly requests: SubjectAccessRequestService,
    private readonly audit: AuditWriter,
  ) {}

  @Post(':exportRequest/parts')
  @HttpCode(200)
  @Roles(...SUBJECT_ACCESS_ROLES)
  async release(
    @Param('exportRequest') exportRequest: string,
    @Body() claim: PersonExportPartClaimBody,
    @CurrentPrincipal() principal: Principal,
  ): Promise<PersonExportPartRelease> {
    const personId = claim.personId.toLowerCase();
    try {
      if (!isUuid(exportRequest)) throw new PersonRightsException(PersonRightsExceptionCode.EXPORT_PART_NOT_RELEASED, 'No export under way releases this part');
      return await this.requests.releasePart(exportRequest.toLowerCase(), claim.service, personId, principal);
    } catch (error) {
      if (error instanceof PersonRightsException && error.code === PersonRightsExceptionCode.EXPORT_PART_NOT_RELEASED) {
        await this.audit.appendNow([
          {
            actor: auditActor(principal),
            correlationId: principal.correlationId,
            personId,
            categories: Object.values(DataCategory),
            action: AuditAction.SUBJECT_ACCESS_DISCLOSURE,
            basis: null,
            decision: AccessDecision.DENIED,
            reason: error.code,
            purpose: SUBJECT_ACCESS_PURPOSE,
          },
        ]);
      }
      throw error;
    }
  }
}
