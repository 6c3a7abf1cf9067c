import { type ArgumentsHost, Catch } from '@nestjs/common';
import { type GqlExceptionFilter, GqlArgumentsHost } from '@nestjs/graphql';
import type { AuthenticatedRequest } from '@nrm/auth';
import { AccessDecision } from '@nrm/domain';
import { ApiError, ApiErrorCode, isUuid } from '@nrm/graphql';
import { auditActor } from './access-audit';
import { AuditAction } from './audit-entry';
import { AuditRecorder } from './audit-recorder';


/**
 * Put on an operation that reads one person by an `id` argument (`@UseFilters(RoleDenialAuditFilter)`): when the
 * caller is refused with FORBIDDEN — by the role guard, before any person is loaded, e.g. the national coordinator
 * asking for a person — the attempt still becomes a DENIED entry. A FORBIDDEN from the access policy is recorded by the
 * policy's caller too; both land in the request's batch under the same key and make one entry.
 *
 * Catches ApiError only, and hands every error on unchanged, so the service's global filter still sees the rest.
 */
@Catch(ApiError)
export class RoleDenialAuditFilter implements GqlExceptionFilter {
  constructor(private readonly recorder: AuditRecorder) {}

  async catch(exception: ApiError, host: ArgumentsHost): Promise<ApiError> {
    if (exception.code !== ApiErrorCode.FORBIDDEN || host.getType<string>() !== 'graphql') return exception;
    const gqlHost = GqlArgumentsHost.create(host);
    const request = gqlHost.getContext<{ req?: AuthenticatedRequest }>().req;
    const personId = gqlHost.getArgs<{ id?: unknown }>().id;
    if (!request?.principal || !isUuid(personId)) return exception;
    await this.recorder.record(request, {
      actor: auditActor(request.principal),
      correlationId: request.principal.correlationId,
      // Lower case, as the policy's own entry for the same person is keyed.
      personId: personId.toLowerCase(),
      categories: [],
      action: AuditAction.READ,
      basis: null,
      decision: AccessDecision.DENIED,
      reason: ApiErrorCode.FORBIDDEN,
    });
    return exception;
  }
}
