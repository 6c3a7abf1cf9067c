import { Controller, Get, Inject, Injectable, Param, Query, Req, UseFilters } from '@nestjs/common';
import { IsOptional, IsString } from 'class-validator';
import {
  type AuthenticatedRequest,
  CurrentPrincipal,
  getFromPeer,
  type InternalCall,
  type InternalPeer,
  InternalRestErrorFilter,
  malformedAnswer,
  personIdParam,
  type Principal,
  Roles,
} from '@nrm/auth';
import { ApiError, ApiErrorCode, isUuid } from '@nrm/graphql';
import {
  NRM_REFERENCE,
  PERSON_EXPORT_ROUTE,
  type PersonExportPart,
  type PersonExportPartClaim,
  type PersonExportPartRelease,
  SUBJECT_ACCESS_EXPORTS_ROUTE,
  SUBJECT_ACCESS_ROLES,
} from './person-export';
import { SERVICE_RUNTIME, type ServiceConfig, type ServiceRuntime } from './runtime';

/** What a service is asked for its part of a subject access export, once identification released it. */
export interface PersonExportRequest {
  personId: string;
  /** The person's NRM reference, from identification's release: the only link some services (notifications) keep. */
  reference: string;
  /** The person's recorded subject access request the part is disclosed under (for the service's own audit entry). */
  subjectAccessRequestId: string;
  principal: Principal;
}

/** A service's part of the export; provided under PERSON_EXPORT_SOURCE next to PersonExportController. */
export interface PersonExportSource {
  export(request: PersonExportRequest): Promise<PersonExportPart>;
}

export const PERSON_EXPORT_SOURCE = Symbol('PERSON_EXPORT_SOURCE');

class PersonExportQuery {
  @IsOptional()
  @IsString()
  exportRequest?: string;
}

/** The refusal of a part asked for without a valid export request of identification: says nothing about the person. */
function notReleased(): ApiError {
  return new ApiError(ApiErrorCode.FORBIDDEN, 'A person export part is answered only to the export request of identification');
}

/** What a service that serves an export part, or asks identification anything, has in its configuration. */
export interface IdentificationPeerConfig {
  IDENTIFICATION_INTERNAL_URL: string;
  IDENTIFICATION_TIMEOUT_MS: number;
}

/**
 * Claims the release of this service's part from identification, with the caller's own token: identification answers
 * only for an export it is making right now for that caller and person, once per service (a replayed or expired id
 * is refused). Needs `IDENTIFICATION_INTERNAL_URL` and `IDENTIFICATION_TIMEOUT_MS` in the service's config.
 */
@Injectable()
export class PersonExportReleaseClient {
  private readonly identification: InternalPeer;
  private readonly timeoutMs: number;
  private readonly service: string;

  constructor(@Inject(SERVICE_RUNTIME) runtime: ServiceRuntime<ServiceConfig & Partial<IdentificationPeerConfig>>) {
    const config = runtime.config;
    const baseUrl = config.IDENTIFICATION_INTERNAL_URL;
    const timeoutMs = config.IDENTIFICATION_TIMEOUT_MS;
    if (typeof baseUrl !== 'string' || typeof timeoutMs !== 'number') {
      throw new Error('IDENTIFICATION_INTERNAL_URL and IDENTIFICATION_TIMEOUT_MS are needed to serve a person export part');
    }
    this.identification = { service: 'identification', baseUrl };
    this.timeoutMs = timeoutMs;
    this.service = runtime.name;
  }

  async claim(request: AuthenticatedRequest, exportRequestId: string | undefined, personId: string): Promise<PersonExportPartRelease> {
    if (exportRequestId === undefined || !isUuid(exportRequestId)) throw notReleased();
    const claim: PersonExportPartClaim = { service: this.service, personId };
    const call: InternalCall = {
      peer: this.identification,
      path: `/${SUBJECT_ACCESS_EXPORTS_ROUTE}/${encodeURIComponent(exportRequestId.toLowerCase())}/parts`,
      request,
      timeoutMs: this.timeoutMs,
      purpose: 'Subject access export',
      body: { ...claim },
    };
    const body = (await getFromPeer(call)) as Partial<PersonExportPartRelease> | null;
    if (body?.personId !== personId || !isUuid(body.requestId) || typeof body.reference !== 'string' || !NRM_REFERENCE.test(body.reference)) {
      throw malformedAnswer(call);
    }
    return { requestId: body.requestId, personId, reference: body.reference };
  }
}

/**
 * `GET /internal/person-export/:personId?exportRequest=…`: this service's part of identification's `exportPersonData`.
 * Internal REST behind the global AuthGuard (ra_head, with the caller's own token), never exposed by the gateway, and
 * answered only after identification released the part for this export (PersonExportReleaseClient): a direct call
 * with an RA token and no live export request is FORBIDDEN. A person the service knows nothing of gets empty lists,
 * not NOT_FOUND (identification owns the person).
 */
@Controller(PERSON_EXPORT_ROUTE)
@UseFilters(InternalRestErrorFilter)
export class PersonExportController {
  constructor(
    @Inject(PERSON_EXPORT_SOURCE) private readonly source: PersonExportSource,
    private readonly releases: PersonExportReleaseClient,
  ) {}

  @Get(':personId')
  @Roles(...SUBJECT_ACCESS_ROLES)
  async export(
    @Param('personId') personId: string,
    @Query() query: PersonExportQuery,
    @Req() request: AuthenticatedRequest,
    @CurrentPrincipal() principal: Principal,
  ): Promise<PersonExportPart> {
    const id = personIdParam(personId);
    const release = await this.releases.claim(request, query.exportRequest, id);
    return this.source.export({ personId: id, reference: release.reference, subjectAccessRequestId: release.requestId, principal });
  }
}
