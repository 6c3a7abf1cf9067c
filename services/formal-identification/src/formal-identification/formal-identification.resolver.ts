import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuditAction, DenialAuditor } from '@nrm/audit';
import { CurrentPrincipal, type GraphQLRequestContext, type Principal, Roles } from '@nrm/auth';
import { Role } from '@nrm/domain';
import { ApiErrorCode, assertUuid } from '@nrm/graphql';
import {
  ConveneFormalIdentificationGroupInput,
  RecordCriminalReportInput,
  RecordFormalIdentificationConclusionInput,
  RecordFormalInterviewInput,
  RequestFormalIdentificationInput,
} from './dto/formal-identification.inputs';
import type { FormalIdentificationEntity } from './formal-identification.entity';
import { FormalIdentificationException } from './formal-identification.exception';
import { CriminalReport, FormalIdentification } from './formal-identification.model';
import type { CriminalReportRow } from './formal-identification.repository';
import { FormalIdentificationService } from './formal-identification.service';

const RA = [Role.RA_OFFICER, Role.RA_HEAD];
/** The group's members: the police member, the social-service member, the child protection worker for a child. */
const MEMBERS = [Role.FORMAL_ID_POLICE, Role.FORMAL_ID_SOCIAL, Role.CHILD_PROTECTION_WORKER];

@Resolver(() => FormalIdentification)
export class FormalIdentificationResolver {
  constructor(
    private readonly formalIdentificationService: FormalIdentificationService,
    private readonly denials: DenialAuditor,
  ) {}

  /**
   * Who sees which is FormalIdentificationService's rule. Reading the formal identifications one takes part in writes
   * no audit entry (docs/audit.md); the person's own data is read through identification, audited there.
   */
  @Query(() => [FormalIdentification], { description: 'Newest first' })
  @Roles(...RA, ...MEMBERS)
  formalIdentifications(
    @Args('personId', { type: () => ID }) personId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<FormalIdentificationEntity[]> {
    return this.formalIdentificationService.listOfPerson(assertUuid(personId, 'personId'), principal);
  }

  @Query(() => [FormalIdentification], { description: "The groups the caller sits in as a member, newest first (at most 200)" })
  @Roles(...MEMBERS)
  myFormalIdentifications(@CurrentPrincipal() principal: Principal): Promise<FormalIdentificationEntity[]> {
    return this.formalIdentificationService.listOfMember(principal);
  }

  @Query(() => FormalIdentification, {
    description: "One formal identification: the RA any; a member only one whose group they sit in (FORBIDDEN otherwise, as for an unknown id)",
  })
  @Roles(...RA, ...MEMBERS)
  formalIdentification(@Args('id', { type: () => ID }) id: string, @CurrentPrincipal() principal: Principal): Promise<FormalIdentificationEntity> {
    return this.formalIdentificationService.findVisible(assertUuid(id, 'id'), principal);
  }

  @Mutation(() => FormalIdentification, { description: 'The RA requests it; a repeated request while one is open answers the open one' })
  @Roles(...RA)
  requestFormalIdentification(
    @Args('input') input: RequestFormalIdentificationInput,
    @CurrentPrincipal() principal: Principal,
    @Context() context: GraphQLRequestContext,
  ): Promise<FormalIdentificationEntity> {
    return this.formalIdentificationService.request(input, principal, context.req);
  }

  @Mutation(() => FormalIdentification)
  @Roles(...RA)
  conveneFormalIdentificationGroup(
    @Args('input') input: ConveneFormalIdentificationGroupInput,
    @CurrentPrincipal() principal: Principal,
    @Context() context: GraphQLRequestContext,
  ): Promise<FormalIdentificationEntity> {
    return this.formalIdentificationService.convene(input, principal, context.req);
  }

  @Mutation(() => FormalIdentification, { description: 'A member of the group records the formal interview (start, then end)' })
  @Roles(...MEMBERS)
  recordFormalInterview(
    @Args('input') input: RecordFormalInterviewInput,
    @CurrentPrincipal() principal: Principal,
    @Context() context: GraphQLRequestContext,
  ): Promise<FormalIdentificationEntity> {
    return this.auditingRefusal(this.formalIdentificationService.recordInterview(input, principal), context, principal);
  }

  @Mutation(() => FormalIdentification, { description: 'VICTIM or NOT_VICTIM with reasons, by a member of the group' })
  @Roles(...MEMBERS)
  recordFormalIdentificationConclusion(
    @Args('input') input: RecordFormalIdentificationConclusionInput,
    @CurrentPrincipal() principal: Principal,
    @Context() context: GraphQLRequestContext,
  ): Promise<FormalIdentificationEntity> {
    return this.auditingRefusal(this.formalIdentificationService.conclude(input, principal, context.req), context, principal);
  }

  @Mutation(() => CriminalReport, { description: 'The police member records a criminal report: never inside the formal interview' })
  @Roles(Role.FORMAL_ID_POLICE)
  recordCriminalReport(
    @Args('input') input: RecordCriminalReportInput,
    @CurrentPrincipal() principal: Principal,
    @Context() context: GraphQLRequestContext,
  ): Promise<CriminalReportRow> {
    return this.auditingRefusal(this.formalIdentificationService.recordCriminalReport(input, principal), context, principal);
  }

  @ResolveField(() => [CriminalReport])
  @Roles(...RA, ...MEMBERS)
  criminalReports(@Parent() formalIdentification: FormalIdentificationEntity): Promise<CriminalReportRow[]> {
    return this.formalIdentificationService.criminalReportsOf(formalIdentification.id);
  }

  /** A member's attempt on another group is a denied attempt about that group's person (the filter cannot see it). */
  private async auditingRefusal<T>(work: Promise<T>, context: GraphQLRequestContext, principal: Principal): Promise<T> {
    try {
      return await work;
    } catch (error) {
      if (error instanceof FormalIdentificationException && error.apiCode === ApiErrorCode.FORBIDDEN && error.personId) {
        await this.denials.record(context.req, principal, { personId: error.personId, action: AuditAction.WRITE, categories: [], reason: ApiErrorCode.FORBIDDEN });
      }
      throw error;
    }
  }
}
