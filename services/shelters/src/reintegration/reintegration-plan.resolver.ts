import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { PERSON_READER_ROLES } from '@nrm/access-policy';
import { Authenticator, CurrentPrincipal, type GraphQLRequestContext, type Principal, Roles } from '@nrm/auth';
import { Role } from '@nrm/domain';
import { assertUuid } from '@nrm/graphql';
import { Person } from '../persons/person.model';
import {
  PlanPdfLocale,
  ReintegrationPlanPdf,
  ReintegrationPlanVersion,
  SaveReintegrationPlanInput,
  SignReintegrationPlanInput,
} from './reintegration-plan.model';
import { ReintegrationPlanService } from './reintegration-plan.service';

/** The reintegration plan (docs/domain.md §2 step 5; docs/api.md, "Reintegration plan"). */
@Resolver(() => Person)
export class ReintegrationPlanResolver {
  constructor(
    private readonly plans: ReintegrationPlanService,
    private readonly authenticator: Authenticator,
  ) {}

  @Mutation(() => ReintegrationPlanVersion, { description: 'Saves the draft, or makes the next version when the latest is signed' })
  @Roles(Role.CASE_MANAGER, Role.SHELTER_STAFF)
  saveReintegrationPlan(
    @Args('input') input: SaveReintegrationPlanInput,
    @CurrentPrincipal() principal: Principal,
    @Context() context: GraphQLRequestContext,
  ): Promise<ReintegrationPlanVersion> {
    return this.plans.save(context.req, { ...input, caseId: assertUuid(input.caseId, 'input.caseId').toLowerCase() }, principal);
  }

  @Mutation(() => ReintegrationPlanVersion, { description: "Records one signature on the case's latest plan version" })
  @Roles(Role.CASE_MANAGER)
  signReintegrationPlan(
    @Args('input') input: SignReintegrationPlanInput,
    @CurrentPrincipal() principal: Principal,
    @Context() context: GraphQLRequestContext,
  ): Promise<ReintegrationPlanVersion> {
    return this.plans.sign(context.req, { ...input, caseId: assertUuid(input.caseId, 'input.caseId').toLowerCase() }, principal);
  }

  @Query(() => ReintegrationPlanPdf, {
    description:
      'One version of a reintegration plan as a PDF to print, labelled in English or Albanian: for those who may read the plan (PSYCHOSOCIAL, through the access policy, audited as a read of it)',
  })
  @Roles(...PERSON_READER_ROLES)
  reintegrationPlanPdf(
    @Args('planId', { type: () => ID }) planId: string,
    @Args('locale', { type: () => PlanPdfLocale, defaultValue: PlanPdfLocale.EN }) locale: PlanPdfLocale,
    @CurrentPrincipal() principal: Principal,
    @Context() context: GraphQLRequestContext,
  ): Promise<ReintegrationPlanPdf> {
    return this.plans.pdf(context.req, principal, assertUuid(planId, 'planId').toLowerCase(), locale);
  }

  @ResolveField(() => [ReintegrationPlanVersion], {
    nullable: true,
    description: 'Every version of the reintegration plans (PSYCHOSOCIAL, through the access policy), per case oldest first',
  })
  @Roles(...PERSON_READER_ROLES)
  async reintegrationPlans(@Parent() person: Person, @Context() context: GraphQLRequestContext): Promise<ReintegrationPlanVersion[]> {
    const principal = await this.authenticator.authenticate(context.req);
    return this.plans.ofPerson(context.req, principal, assertUuid(person.id, 'id'));
  }
}
