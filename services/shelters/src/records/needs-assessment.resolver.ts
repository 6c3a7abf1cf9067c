import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, type GraphQLRequestContext, type Principal, Roles } from '@nrm/auth';
import { Role } from '@nrm/domain';
import { assertUuid } from '@nrm/graphql';
import { NeedsAssessmentEntry } from '../persons/person-records.model';
import { RecordNeedsAssessmentInput } from './dto/record-needs-assessment.input';
import { NeedsAssessmentService } from './needs-assessment.service';

/**
 * The multidisciplinary team of the case's own shelter records the needs assessment (docs/domain.md §2 step 4). The
 * urgent alert on suicide risk or self-harm is planned with case management's reminders and alerts (docs/domain.md §2,
 * "built today"); here the flag is stored with the entry.
 */
@Resolver(() => NeedsAssessmentEntry)
export class NeedsAssessmentResolver {
  constructor(private readonly assessments: NeedsAssessmentService) {}

  @Mutation(() => NeedsAssessmentEntry)
  @Roles(Role.CASE_MANAGER, Role.SHELTER_STAFF)
  recordNeedsAssessment(
    @Args('input') input: RecordNeedsAssessmentInput,
    @CurrentPrincipal() principal: Principal,
    @Context() context: GraphQLRequestContext,
  ): Promise<NeedsAssessmentEntry> {
    return this.assessments.record(context.req, input, assertUuid(input.caseId, 'input.caseId').toLowerCase(), principal);
  }
}
