import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, type GraphQLRequestContext, type Principal, Roles } from '@nrm/auth';
import { Role } from '@nrm/domain';
import { assertUuid, type Connection } from '@nrm/graphql';
import { Person } from '../persons/person.model';
import type { CaseManagerChangeEntity } from './case-manager-change.entity';
import { Case, CaseConnection, CaseManagerChangeRequest } from './case.model';
import { CaseService } from './case.service';
import { CaseTrackService } from './case-track.service';
import { CasesArgs } from './dto/cases.args';
import {
  AdmitToCaseInput,
  AssignCaseManagerInput,
  CloseCaseInput,
  DecideCaseManagerChangeInput,
  MoveCasePhaseInput,
  RequestCaseManagerChangeInput,
  SetCaseTeamInput,
} from './dto/case-track.inputs';
import { ShelterCaseEntity } from './shelter-case.entity';

/** The shelter's head, case managers and multidisciplinary team (shelter_staff: their team's cases only) read cases. */
const CASE_READER_ROLES = [Role.CASE_MANAGER, Role.SHELTER_STAFF, Role.SHELTER_HEAD];
/** The case manager of the case, or the shelter head (checked on the case by CaseTrackService). */
const CASE_DECIDER_ROLES = [Role.CASE_MANAGER, Role.SHELTER_HEAD];

@Resolver(() => Case)
export class CaseResolver {
  constructor(
    private readonly caseFiles: CaseService,
    private readonly track: CaseTrackService,
  ) {}

  @Query(() => Case, { name: 'case' })
  @Roles(...CASE_READER_ROLES)
  shelterCase(
    @Args('id', { type: () => ID }) id: string,
    @CurrentPrincipal() principal: Principal,
    @Context() context: GraphQLRequestContext,
  ): Promise<ShelterCaseEntity> {
    return this.caseFiles.findVisible(assertUuid(id, 'id').toLowerCase(), principal, context.req);
  }

  @Query(() => CaseConnection)
  @Roles(...CASE_READER_ROLES)
  cases(@Args() args: CasesArgs, @CurrentPrincipal() principal: Principal): Promise<Connection<ShelterCaseEntity>> {
    return this.caseFiles.list(args, principal);
  }

  @Mutation(() => Case, { description: 'ACCEPTED → ACTIVE, phase I; the needs assessment falls due 14 days after admission' })
  @Roles(...CASE_DECIDER_ROLES)
  async admitToCase(
    @Args('input') input: AdmitToCaseInput,
    @CurrentPrincipal() principal: Principal,
    @Context() context: GraphQLRequestContext,
  ): Promise<ShelterCaseEntity> {
    const caseId = caseIdOf(input.caseId);
    await this.caseFiles.openIfJustAccepted(caseId, principal, context.req);
    return this.track.admit({ ...input, caseId }, principal);
  }

  @Mutation(() => Case, { description: 'The shelter head assigns a case manager; a case manager may take an unassigned case' })
  @Roles(...CASE_DECIDER_ROLES)
  async assignCaseManager(
    @Args('input') input: AssignCaseManagerInput,
    @CurrentPrincipal() principal: Principal,
    @Context() context: GraphQLRequestContext,
  ): Promise<ShelterCaseEntity> {
    const caseId = caseIdOf(input.caseId);
    await this.caseFiles.openIfJustAccepted(caseId, principal, context.req);
    return this.track.assignCaseManager(context.req, { ...input, caseId }, principal);
  }

  @Mutation(() => CaseManagerChangeRequest, { description: 'Records that the person asked for another case manager' })
  @Roles(...CASE_READER_ROLES)
  requestCaseManagerChange(@Args('input') input: RequestCaseManagerChangeInput, @CurrentPrincipal() principal: Principal): Promise<CaseManagerChangeEntity> {
    return this.track.requestCaseManagerChange(caseIdOf(input.caseId), principal);
  }

  @Mutation(() => CaseManagerChangeRequest, { description: "The shelter head's decision on a request for another case manager" })
  @Roles(Role.SHELTER_HEAD)
  decideCaseManagerChange(
    @Args('input') input: DecideCaseManagerChangeInput,
    @CurrentPrincipal() principal: Principal,
    @Context() context: GraphQLRequestContext,
  ): Promise<CaseManagerChangeEntity> {
    return this.track.decideCaseManagerChange(context.req, { ...input, requestId: assertUuid(input.requestId, 'input.requestId').toLowerCase() }, principal);
  }

  @Mutation(() => Case, { description: 'Names the multidisciplinary team (replaces it)' })
  @Roles(...CASE_DECIDER_ROLES)
  setCaseTeam(
    @Args('input') input: SetCaseTeamInput,
    @CurrentPrincipal() principal: Principal,
    @Context() context: GraphQLRequestContext,
  ): Promise<ShelterCaseEntity> {
    return this.track.setTeam(context.req, { ...input, caseId: caseIdOf(input.caseId) }, principal);
  }

  @Mutation(() => Case, { description: 'Phase I → II → III, one step forward' })
  @Roles(...CASE_DECIDER_ROLES)
  moveCasePhase(@Args('input') input: MoveCasePhaseInput, @CurrentPrincipal() principal: Principal): Promise<ShelterCaseEntity> {
    return this.track.movePhase({ ...input, caseId: caseIdOf(input.caseId) }, principal);
  }

  @Mutation(() => Case, { description: 'ACTIVE → FOLLOW_UP' })
  @Roles(...CASE_DECIDER_ROLES)
  startFollowUp(@Args('caseId', { type: () => ID }) caseId: string, @CurrentPrincipal() principal: Principal): Promise<ShelterCaseEntity> {
    return this.track.startFollowUp(assertUuid(caseId, 'caseId').toLowerCase(), principal);
  }

  @Mutation(() => Case, { description: 'Closes the case after its review; FOLLOW_UP → CLOSED, or UNPLANNED from any open status' })
  @Roles(...CASE_DECIDER_ROLES)
  closeCase(@Args('input') input: CloseCaseInput, @CurrentPrincipal() principal: Principal): Promise<ShelterCaseEntity> {
    return this.track.close({ ...input, caseId: caseIdOf(input.caseId) }, principal);
  }

  /**
   * Only the id: the identification subgraph resolves the rest, category by category, through the access policy.
   * Nullable, so a person the shelter no longer sees (a case closed as referred on) nulls this field only, never the
   * case or the list it is in.
   */
  @ResolveField(() => Person, { nullable: true })
  @Roles(...CASE_READER_ROLES)
  person(@Parent() shelterCase: ShelterCaseEntity): Person {
    return { id: shelterCase.personId };
  }

  @ResolveField(() => [CaseManagerChangeRequest], { description: 'The requests for another case manager, oldest first' })
  @Roles(...CASE_READER_ROLES)
  caseManagerChangeRequests(@Parent() shelterCase: ShelterCaseEntity): Promise<CaseManagerChangeEntity[]> {
    return this.track.changeRequestsOf(shelterCase.id);
  }
}

function caseIdOf(caseId: string): string {
  return assertUuid(caseId, 'input.caseId').toLowerCase();
}
