import { type ArgumentsHost, Catch } from '@nestjs/common';
import { type GqlExceptionFilter, GqlArgumentsHost } from '@nestjs/graphql';
import { AuditAction, DenialAuditor } from '@nrm/audit';
import type { AuthenticatedRequest } from '@nrm/auth';
import { ApiError, ApiErrorCode, isUuid } from '@nrm/graphql';

/** The audit action a refused call of each person-rights operation is recorded under. */
const ACTION_BY_OPERATION: Readonly<Record<string, AuditAction>> = {
  exportPersonData: AuditAction.SUBJECT_ACCESS_DISCLOSURE,
  recordSubjectAccessRequest: AuditAction.WRITE,
  erasePersonData: AuditAction.ERASURE,
  setLegalHold: AuditAction.WRITE,
  releaseLegalHold: AuditAction.WRITE,
};

/**
 * Like RoleDenialAuditFilter (which reads an `id` argument and records a READ), for the operations on a person's rights,
 * which take `personId`: a caller the role guard refuses (a shelter asking for an export, an ra_officer asking for an
 * erasure) becomes a DENIED entry under the operation's own action, through DenialAuditor: an id that names no person
 * is written without one and rate-limited, like every other denial. Hands every error on unchanged.
 */
@Catch(ApiError)
export class PersonRightsDenialAuditFilter implements GqlExceptionFilter {
  constructor(private readonly denials: DenialAuditor) {}

  async catch(exception: ApiError, host: ArgumentsHost): Promise<ApiError> {
    if (exception.code !== ApiErrorCode.FORBIDDEN || host.getType<string>() !== 'graphql') return exception;
    const gqlHost = GqlArgumentsHost.create(host);
    const action = ACTION_BY_OPERATION[gqlHost.getInfo<{ fieldName: string }>().fieldName];
    const request = gqlHost.getContext<{ req?: AuthenticatedRequest }>().req;
    const args = gqlHost.getArgs<{ personId?: unknown; input?: { personId?: unknown } }>();
    const personId = args.personId ?? args.input?.personId;
    if (!action || !request?.principal || !isUuid(personId)) return exception;
    await this.denials.record(request, request.principal, { personId: personId.toLowerCase(), action, categories: [], reason: ApiErrorCode.FORBIDDEN });
    return exception;
  }
}
