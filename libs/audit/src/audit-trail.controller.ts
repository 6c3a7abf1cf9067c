import { Controller, Get, Param, Query, Req, UseFilters } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsDate, IsEnum, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { type AuthenticatedRequest, CurrentPrincipal, InternalRestErrorFilter, personIdParam, type Principal, Roles } from '@nrm/auth';
import { LegalBasis } from '@nrm/domain';
import { oversightAuditEntry } from './access-audit';
import { AuditAction } from './audit-entry';
import { AuditRecorder } from './audit-recorder';
import { AUDIT_INTERNAL_ROUTE, type AuditTrailResponse } from './audit-peers.client';
import { AUDIT_TRAIL_DEFAULT_SIZE, AUDIT_TRAIL_MAX_SIZE, AUDIT_TRAIL_READER_ROLES, AUDIT_VERIFIER_ROLES, AuditTrailReader } from './audit-trail.reader';
import type { ChainVerification } from './hash-chain';

/** The filters of `auditTrail(personId, first, filter)`, as query parameters. */
class AuditTrailQueryParams {
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(AUDIT_TRAIL_MAX_SIZE)
  first?: number;

  @IsOptional()
  @Matches(/^[a-z0-9][a-z0-9-]{0,63}$/)
  agencyId?: string;

  @IsOptional()
  @IsEnum(LegalBasis)
  basis?: LegalBasis;

  /** Inclusive. */
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  from?: Date;

  /** Inclusive. */
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  to?: Date;

  /** Paging (AuditKeyset): only entries at or before this time… */
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  beforeAt?: Date;

  /** …and, at that very time, with a smaller seq. */
  @IsOptional()
  @Matches(/^[0-9]{1,19}$/)
  beforeSeq?: string;
}

/**
 * This service's own chain for the service that federates the trail (FederatedAuditTrail in identification): a
 * person's entries and the verification of the whole chain. Internal REST, not a GraphQL resolver, so the gateway
 * never exposes it; the global AuthGuard and the same roles as the GraphQL operations apply, with the caller's own
 * token. Each read is itself an entry of this chain (AUDIT_READ, AUDIT_VERIFY), written before the answer leaves.
 */
@Controller(AUDIT_INTERNAL_ROUTE)
@UseFilters(InternalRestErrorFilter)
export class AuditTrailController {
  constructor(
    private readonly reader: AuditTrailReader,
    private readonly recorder: AuditRecorder,
  ) {}

  @Get('trail/:personId')
  @Roles(...AUDIT_TRAIL_READER_ROLES)
  async trail(
    @Param('personId') personIdValue: string,
    @Query() query: AuditTrailQueryParams,
    @CurrentPrincipal() principal: Principal,
    @Req() request: AuthenticatedRequest,
  ): Promise<AuditTrailResponse> {
    const personId = personIdParam(personIdValue);
    const entries = await this.reader.find({
      personId,
      first: query.first ?? AUDIT_TRAIL_DEFAULT_SIZE,
      agencyId: query.agencyId,
      basis: query.basis,
      from: query.from,
      to: query.to,
      before: query.beforeAt === undefined ? undefined : { at: query.beforeAt, seq: query.beforeSeq ?? null },
    });
    // Outside a GraphQL request the recorder writes at once: the answer leaves only once its entry is committed.
    await this.recorder.record(request, oversightAuditEntry(principal, { action: AuditAction.AUDIT_READ, personId }));
    return { entries };
  }

  @Get('verify')
  @Roles(...AUDIT_VERIFIER_ROLES)
  async verify(@CurrentPrincipal() principal: Principal, @Req() request: AuthenticatedRequest): Promise<ChainVerification> {
    const result = await this.reader.verify();
    await this.recorder.record(request, oversightAuditEntry(principal, { action: AuditAction.AUDIT_VERIFY }));
    return result;
  }
}
