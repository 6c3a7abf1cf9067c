import { type ArgumentsHost, Catch } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import { getNamedType, type GraphQLResolveInfo } from 'graphql';
import { type AuthenticatedRequest, InternalRestErrorFilter } from '@nrm/auth';
import { ApiError, ApiErrorCode } from '@nrm/graphql';
import { AuditAction } from './audit-entry';
import { AuditRecorder } from './audit-recorder';
import { DenialAuditor } from './denial-auditor';
import { deniedPersonId, type ResolverCall } from './denial-subject';

/** The action a refused mutation is recorded under, when it is more than a WRITE; a refused query is a READ. */
const ACTION_BY_OPERATION: Readonly<Record<string, AuditAction>> = {
  grantConsent: AuditAction.CONSENT_GRANTED,
  withdrawConsent: AuditAction.CONSENT_WITHDRAWN,
  grantLegalBasisOverride: AuditAction.OVERRIDE_GRANTED,
  exportPersonData: AuditAction.EXPORT,
  erasePersonData: AuditAction.ERASURE,
};

interface GraphQLCall {
  call: ResolverCall;
  request: AuthenticatedRequest | undefined;
  returnsPerson: boolean;
}

/**
 * The resolver call behind a GraphQL exception. A root or field resolver is called with (parent, args, context, info),
 * an entity (reference) resolver with (representation, context, info): the argument list tells them apart, where
 * GqlArgumentsHost would read the reference resolver's context as its arguments.
 */
function graphQLCall(host: ArgumentsHost): GraphQLCall | null {
  const raw = host.getArgs<unknown[]>();
  const [root, args, context, info] = raw.length === 3 ? [raw[0], {}, raw[1], raw[2]] : raw;
  const resolveInfo = info as GraphQLResolveInfo | undefined;
  if (!resolveInfo?.parentType || typeof resolveInfo.fieldName !== 'string') return null;
  return {
    call: { parentType: resolveInfo.parentType.name, fieldName: resolveInfo.fieldName, args: (args ?? {}) as Record<string, unknown>, root },
    request: (context as { req?: AuthenticatedRequest } | undefined)?.req,
    returnsPerson: getNamedType(resolveInfo.returnType).name === 'Person',
  };
}

/**
 * Global (AuditModule): every FORBIDDEN of a GraphQL operation or field about a person becomes a DENIED entry, whoever
 * threw it — the role guard on a query, a mutation, a field or an entity resolver (before any person was loaded, e.g.
 * the national coordinator asking for a person's health through `_entities`), or a use case. A denial the access
 * policy or the use case has already recorded for the same person in this request is not written twice. The person
 * is found wherever the operation carries it (deniedPersonId); an id this service does not know is written without a
 * person, rate-limited (DenialAuditor).
 *
 * Catches ApiError only and hands every error on unchanged, so the service's catch-all filter still sees the rest;
 * outside GraphQL it answers as the internal REST endpoints do (InternalRestErrorFilter).
 */
@Catch(ApiError)
export class RoleDenialAuditFilter implements GqlExceptionFilter {
  private readonly rest = new InternalRestErrorFilter();

  constructor(
    private readonly recorder: AuditRecorder,
    private readonly denials: DenialAuditor,
  ) {}

  async catch(exception: ApiError, host: ArgumentsHost): Promise<ApiError | undefined> {
    if (host.getType<string>() !== 'graphql') {
      this.rest.catch(exception, host);
      return undefined;
    }
    if (exception.code !== ApiErrorCode.FORBIDDEN) return exception;
    const graphQL = graphQLCall(host);
    const principal = graphQL?.request?.principal;
    if (!graphQL?.request || !principal) return exception;
    const personId = deniedPersonId(graphQL.call, graphQL.returnsPerson);
    if (personId === null || this.recorder.hasDenial(graphQL.request, personId)) return exception;
    const action = graphQL.call.parentType === 'Mutation' ? (ACTION_BY_OPERATION[graphQL.call.fieldName] ?? AuditAction.WRITE) : (ACTION_BY_OPERATION[graphQL.call.fieldName] ?? AuditAction.READ);
    await this.denials.record(graphQL.request, principal, { personId, action, categories: [], reason: ApiErrorCode.FORBIDDEN });
    return exception;
  }
}
