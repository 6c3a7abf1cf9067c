import { Args, Context, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, type GraphQLRequestContext, type Principal, Roles } from '@nrm/auth';
import { Role } from '@nrm/domain';
import { assertUuid } from '@nrm/graphql';
import { Complaint, ComplaintReceipt, LodgeComplaintInput, RecordComplaintOutcomeInput } from './complaint.model';
import { ComplaintService } from './complaint.service';

/** Shelter staff lodge complaints; each addressee reads and answers its own (docs/domain.md §2 step 6; docs/api.md, "Complaints"). */
@Resolver(() => Complaint)
export class ComplaintResolver {
  constructor(private readonly service: ComplaintService) {}

  @Mutation(() => ComplaintReceipt, { description: 'Records a complaint, also on the person’s behalf; the receipt carries no content' })
  @Roles(Role.CASE_MANAGER, Role.SHELTER_STAFF, Role.SHELTER_HEAD)
  lodgeComplaint(
    @Args('input') input: LodgeComplaintInput,
    @CurrentPrincipal() principal: Principal,
    @Context() context: GraphQLRequestContext,
  ): Promise<ComplaintReceipt> {
    const caseId = input.caseId ? assertUuid(input.caseId, 'input.caseId').toLowerCase() : null;
    return this.service.lodge(context.req, { ...input, caseId }, principal);
  }

  @Query(() => [Complaint], { description: 'The complaints addressed to the caller (by agency and role), newest first' })
  @Roles(Role.CASE_MANAGER, Role.SHELTER_STAFF, Role.SHELTER_HEAD, Role.FORMAL_ID_SOCIAL)
  complaints(
    @Args('first', { type: () => Int, nullable: true }) first: number | null,
    @CurrentPrincipal() principal: Principal,
    @Context() context: GraphQLRequestContext,
  ): Promise<Complaint[]> {
    return this.service.list(context.req, principal, first);
  }

  @Mutation(() => Complaint, { description: 'The addressee records the outcome, once' })
  @Roles(Role.CASE_MANAGER, Role.SHELTER_HEAD, Role.FORMAL_ID_SOCIAL)
  recordComplaintOutcome(
    @Args('input') input: RecordComplaintOutcomeInput,
    @CurrentPrincipal() principal: Principal,
    @Context() context: GraphQLRequestContext,
  ): Promise<Complaint> {
    return this.service.recordOutcome(context.req, { ...input, complaintId: assertUuid(input.complaintId, 'input.complaintId').toLowerCase() }, principal);
  }
}
