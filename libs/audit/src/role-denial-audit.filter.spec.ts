import type { ArgumentsHost } from '@nestjs/common';
import { GraphQLObjectType, GraphQLString, GraphQLList, type GraphQLResolveInfo } from 'graphql';
import type { AuthenticatedRequest } from '@nrm/auth';
import { ApiError, ApiErrorCode, forbidden } from '@nrm/graphql';
import { AuditAction } from './audit-entry';
import type { AuditRecorder } from './audit-recorder';
import type { DenialAuditor } from './denial-auditor';
import { RoleDenialAuditFilter } from './role-denial-audit.filter';

const PERSON_ID = '6f1c2d3e-4b5a-4c6d-8e7f-8091a2b3c4d5';
const person = new GraphQLObjectType({ name: 'Person', fields: { id: { type: GraphQLString } } });
const other = new GraphQLObjectType({ name: 'Case', fields: { id: { type: GraphQLString } } });
const query = new GraphQLObjectType({ name: 'Query', fields: { x: { type: GraphQLString } } });
const mutation = new GraphQLObjectType({ name: 'Mutation', fields: { x: { type: GraphQLString } } });

function info(parentType: GraphQLObjectType, fieldName: string, returnType: GraphQLResolveInfo['returnType']): GraphQLResolveInfo {
  return { parentType, fieldName, returnType } as GraphQLResolveInfo;
}

function graphQLHost(args: unknown[]): ArgumentsHost {
  return { getType: () => 'graphql', getArgs: () => args } as unknown as ArgumentsHost;
}

describe('RoleDenialAuditFilter: finds the person of a refused resolver call of any shape', () => {
  const request = { principal: { subject: 's', username: 'coordinator', agencyId: 'national-coordinator', roles: ['national_coordinator'], correlationId: null } } as unknown as AuthenticatedRequest;
  let recorded: Array<{ personId: string; action: AuditAction }>;
  let alreadyDenied: boolean;
  let filter: RoleDenialAuditFilter;

  beforeEach(() => {
    recorded = [];
    alreadyDenied = false;
    const recorder = { hasDenial: () => alreadyDenied } as unknown as AuditRecorder;
    const denials = {
      record: async (_request: unknown, _principal: unknown, attempt: { personId: string; action: AuditAction }) => {
        recorded.push({ personId: attempt.personId, action: attempt.action });
      },
    } as unknown as DenialAuditor;
    filter = new RoleDenialAuditFilter(recorder, denials);
  });

  it('an entity (reference) resolver, called with (representation, context, info)', async () => {
    const error = forbidden();
    await expect(filter.catch(error, graphQLHost([{ __typename: 'Person', id: PERSON_ID }, { req: request }, info(query, '_entities', new GraphQLList(person))]))).resolves.toBe(error);
    expect(recorded).toEqual([{ personId: PERSON_ID, action: AuditAction.READ }]);
  });

  it('a field of Person, a query returning a Person, and a mutation naming input.personId', async () => {
    await filter.catch(forbidden(), graphQLHost([{ id: PERSON_ID }, {}, { req: request }, info(person, 'health', GraphQLString)]));
    await filter.catch(forbidden(), graphQLHost([undefined, { id: PERSON_ID }, { req: request }, info(query, 'person', person)]));
    await filter.catch(forbidden(), graphQLHost([undefined, { input: { personId: PERSON_ID } }, { req: request }, info(mutation, 'grantLegalBasisOverride', GraphQLString)]));
    await filter.catch(forbidden(), graphQLHost([undefined, { input: { personId: PERSON_ID } }, { req: request }, info(mutation, 'createReferral', GraphQLString)]));
    expect(recorded).toEqual([
      { personId: PERSON_ID, action: AuditAction.READ },
      { personId: PERSON_ID, action: AuditAction.READ },
      { personId: PERSON_ID, action: AuditAction.OVERRIDE_GRANTED },
      { personId: PERSON_ID, action: AuditAction.WRITE },
    ]);
  });

  it('records nothing for an id of something else, a denial already recorded, another code, or no principal', async () => {
    await filter.catch(forbidden(), graphQLHost([undefined, { id: PERSON_ID }, { req: request }, info(query, 'case', other)]));
    await filter.catch(new ApiError(ApiErrorCode.NOT_FOUND, 'x'), graphQLHost([undefined, { id: PERSON_ID }, { req: request }, info(query, 'person', person)]));
    await filter.catch(forbidden(), graphQLHost([undefined, { id: PERSON_ID }, { req: {} }, info(query, 'person', person)]));
    alreadyDenied = true;
    await filter.catch(forbidden(), graphQLHost([undefined, { id: PERSON_ID }, { req: request }, info(query, 'person', person)]));
    expect(recorded).toEqual([]);
  });

  it('answers a REST caller as the internal endpoints do', async () => {
    const sent: unknown[] = [];
    const response = { status: (code: number) => ({ json: (body: unknown) => sent.push([code, body]) }) };
    const host = { getType: () => 'http', switchToHttp: () => ({ getResponse: () => response }) } as unknown as ArgumentsHost;
    await filter.catch(forbidden(), host);
    expect(sent).toEqual([[403, { code: 'FORBIDDEN' }]]);
    expect(recorded).toEqual([]);
  });
});
